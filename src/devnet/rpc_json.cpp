#include "devnet/rpc_json.h"

#include "protocol/timestamp.h"
#include "json/parse.h"

#include <QRegularExpression>

namespace aitbc::devnet::rpcjson {

namespace {
json::Value nullableText(const QVariant& v) {
    return v.isNull() ? json::Value() : json::Value(v.toString());
}
} // namespace

QString isoFromDb(const QString& dbText) {
    const auto t = protocol::MicroTime::parse(dbText);
    return t ? t->isoNaive() : dbText;
}

json::Value parsedPayload(const QString& text) {
    json::Value v;
    if (json::parse(text.toUtf8(), v))
        return v;
    return text;
}

json::Value blockHeader(const BlockRow& b, bool withChain) {
    json::Value o = json::Value::object();
    if (withChain)
        o.insert(QStringLiteral("chain_id"), b.chainId);
    o.insert(QStringLiteral("height"), b.height);
    o.insert(QStringLiteral("hash"), b.hash);
    o.insert(QStringLiteral("parent_hash"), b.parentHash);
    o.insert(QStringLiteral("proposer"), b.proposer);
    o.insert(QStringLiteral("timestamp"), isoFromDb(b.timestamp));
    o.insert(QStringLiteral("tx_count"), b.txCount);
    o.insert(QStringLiteral("state_root"), nullableText(b.stateRoot));
    return o;
}

json::Value rangeTransaction(const TxRow& t) {
    // Observed order (transcript.md, blocks-range): SQLModel's __dict__ order after a lazy load.
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("chain_id"), t.chainId);
    o.insert(QStringLiteral("tx_hash"), t.txHash);
    o.insert(QStringLiteral("sender"), t.sender);
    o.insert(QStringLiteral("payload"), parsedPayload(t.payload));
    o.insert(QStringLiteral("nonce"), t.nonce);
    o.insert(QStringLiteral("fee"), t.fee);
    o.insert(QStringLiteral("status"), t.status);
    o.insert(QStringLiteral("tx_metadata"), nullableText(t.txMetadata));
    o.insert(QStringLiteral("block_height"),
             t.blockHeight.isNull() ? json::Value() : json::Value(t.blockHeight.toLongLong()));
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("recipient"), t.recipient);
    o.insert(QStringLiteral("created_at"), isoFromDb(t.createdAt));
    o.insert(QStringLiteral("value"), t.value);
    o.insert(QStringLiteral("type"), t.type);
    o.insert(QStringLiteral("timestamp"), nullableText(t.timestamp));
    return o;
}

json::Value blockItem(const TxRow& t) {
    json::Value payload = parsedPayload(t.payload);
    if (!payload.isObject())
        payload = json::Value(json::Value::Object{{QStringLiteral("payload"), payload}});
    payload.insert(QStringLiteral("tx_hash"), t.txHash);
    return payload;
}

json::Value listedTransaction(const TxRow& t) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("transaction_id"), t.id);
    o.insert(QStringLiteral("tx_hash"), t.txHash);
    o.insert(QStringLiteral("sender"), t.sender);
    o.insert(QStringLiteral("recipient"), t.recipient);
    o.insert(QStringLiteral("payload"), parsedPayload(t.payload));
    o.insert(QStringLiteral("status"), t.status);
    o.insert(QStringLiteral("created_at"), isoFromDb(t.createdAt));
    o.insert(QStringLiteral("timestamp"), nullableText(t.timestamp));
    o.insert(QStringLiteral("nonce"), t.nonce);
    o.insert(QStringLiteral("value"), t.value);
    o.insert(QStringLiteral("fee"), t.fee);
    return o;
}

json::Value missingParam(const QString& where, const QString& name) {
    json::Value e = json::Value::object();
    e.insert(QStringLiteral("type"), QStringLiteral("missing"));
    e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{where, name}));
    e.insert(QStringLiteral("msg"), QStringLiteral("Field required"));
    e.insert(QStringLiteral("input"), json::Value());
    return e;
}

std::optional<qint64> intParam(const QString& where, const QString& name, const QString& text,
                               json::Value& errors) {
    // pydantic v2 lax int from str: optional whitespace and sign, digits, an optional ".0…" fraction.
    static const QRegularExpression re(QStringLiteral("^\\s*([+-]?\\d{1,18})(?:\\.0*)?\\s*$"));
    const auto m = re.match(text);
    if (m.hasMatch())
        return m.captured(1).toLongLong();
    json::Value e = json::Value::object();
    e.insert(QStringLiteral("type"), QStringLiteral("int_parsing"));
    e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{where, name}));
    e.insert(QStringLiteral("msg"),
             QStringLiteral("Input should be a valid integer, unable to parse string as an integer"));
    e.insert(QStringLiteral("input"), text);
    errors.append(e);
    return std::nullopt;
}

std::optional<bool> boolParam(const QString& where, const QString& name, const QString& text,
                              json::Value& errors) {
    const QString t = text.trimmed().toLower();
    static const QStringList yes{QStringLiteral("1"),   QStringLiteral("true"), QStringLiteral("t"),
                                 QStringLiteral("yes"), QStringLiteral("y"),    QStringLiteral("on")};
    static const QStringList no{QStringLiteral("0"),  QStringLiteral("false"), QStringLiteral("f"),
                                QStringLiteral("no"), QStringLiteral("n"),     QStringLiteral("off")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    json::Value e = json::Value::object();
    e.insert(QStringLiteral("type"), QStringLiteral("bool_parsing"));
    e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{where, name}));
    e.insert(QStringLiteral("msg"),
             QStringLiteral("Input should be a valid boolean, unable to interpret input"));
    e.insert(QStringLiteral("input"), text);
    errors.append(e);
    return std::nullopt;
}

HttpResponse validationFailed(const json::Value& errors) {
    return HttpResponse::json(422, json::Value(json::Value::Object{{QStringLiteral("detail"), errors}}));
}

} // namespace aitbc::devnet::rpcjson
