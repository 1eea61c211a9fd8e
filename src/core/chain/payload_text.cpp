#include "chain/payload_text.h"

#include "json/parse.h"

namespace aitbc::chain {

namespace {

std::optional<PayloadText> fromText(const QString& text, const QString& field) {
    PayloadText out;
    out.text = text.isNull() ? QStringLiteral("") : text; // an empty message is "", never a null string
    out.field = field;
    out.structured = looksStructured(text);
    return out;
}

/// The field order of §4.3: `message`, then a string `payload`, then `content`. Only strings count: a
/// number or object under `message` is not text somebody sent.
std::optional<PayloadText> fromObject(const json::Value& object) {
    const json::Value* inner = &object;
    // A whole normalized transaction dict (REF follower gossip rows, APRIL rows): descend once.
    if (const json::Value* nested = object.find(QStringLiteral("payload"));
        nested && nested->isObject() && object.contains(QStringLiteral("from")))
        inner = nested;
    for (const QString& key :
         {QStringLiteral("message"), QStringLiteral("payload"), QStringLiteral("content")}) {
        const json::Value* v = inner->find(key);
        if (v && v->isString())
            return fromText(v->toString(), key);
    }
    // An APRIL row descended above may still keep its text next to `from` (flat legacy format).
    if (inner != &object) {
        for (const QString& key : {QStringLiteral("message"), QStringLiteral("content")}) {
            const json::Value* v = object.find(key);
            if (v && v->isString())
                return fromText(v->toString(), key);
        }
    }
    return std::nullopt;
}

} // namespace

bool looksStructured(const QString& text) {
    const QString t = text.trimmed();
    if (t.size() < 2)
        return false;
    const QChar first = t.front();
    const QChar last = t.back();
    if (!((first == u'{' && last == u'}') || (first == u'[' && last == u']')))
        return false;
    json::Value v;
    return json::parse(t.toUtf8(), v);
}

std::optional<PayloadText> extractPayloadText(const json::Value& payload, const QString& txMetadata) {
    // §4.2: readers give tx_metadata precedence over payload when it is set (REF never writes it).
    if (!txMetadata.isEmpty()) {
        json::Value meta;
        if (json::parse(txMetadata.toUtf8(), meta)) {
            if (meta.isObject()) {
                if (auto t = fromObject(meta))
                    return t;
            } else if (meta.isString()) {
                return fromText(meta.toString(), QStringLiteral("tx_metadata"));
            }
        }
    }
    if (payload.isString()) // a payload stored as a bare JSON string
        return fromText(payload.toString(), QStringLiteral("payload"));
    if (payload.isObject())
        return fromObject(payload);
    return std::nullopt;
}

std::optional<PayloadText> extractPayloadText(const QByteArray& payloadJson, const QString& txMetadata) {
    json::Value v;
    if (!json::parse(payloadJson, v)) {
        if (!txMetadata.isEmpty())
            return extractPayloadText(json::Value(), txMetadata);
        return std::nullopt;
    }
    return extractPayloadText(v, txMetadata);
}

} // namespace aitbc::chain
