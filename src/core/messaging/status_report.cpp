#include "messaging/status_report.h"

#include "json/canonical.h"
#include "json/parse.h"
#include "json/value.h"

namespace aitbc::messaging {

namespace {

const QString kKind = QStringLiteral("aitbc");
const QString kRequestKind = QStringLiteral("status-request");
const QString kReportKind = QStringLiteral("status-report");
constexpr qint64 kVersion = 1;

json::Value timeValue(const QDateTime& t) {
    return t.isValid() ? json::Value(t.toUTC().toString(Qt::ISODate)) : json::Value();
}

json::Value intOrNull(qint64 v) {
    return v >= 0 ? json::Value(v) : json::Value();
}

/// A non-negative integer member, or -1 when null/absent. False when of another type or negative.
bool readCount(const json::Value& o, const QString& key, qint64& out) {
    const json::Value* v = o.find(key);
    if (!v || v->isNull()) {
        out = -1;
        return true;
    }
    const auto i = v->toInt64();
    if (!v->isInteger() || !i || *i < 0)
        return false;
    out = *i;
    return true;
}

/// A string member of at most `max` characters, empty when null/absent.
bool readText(const json::Value& o, const QString& key, int max, QString& out) {
    const json::Value* v = o.find(key);
    if (!v || v->isNull()) {
        out.clear();
        return true;
    }
    if (!v->isString() || v->toString().size() > max)
        return false;
    out = v->toString();
    return true;
}

bool readTime(const json::Value& o, const QString& key, QDateTime& out) {
    QString text;
    if (!readText(o, key, 40, text))
        return false;
    if (text.isEmpty()) {
        out = QDateTime();
        return true;
    }
    out = QDateTime::fromString(text, Qt::ISODate);
    return out.isValid();
}

} // namespace

QString statusRequestText() {
    json::Value o = json::Value::object();
    o.insert(kKind, kRequestKind);
    o.insert(QStringLiteral("v"), kVersion);
    return QString::fromLatin1(json::dumpCompact(o));
}

bool isStatusRequest(const QString& text) {
    return text == statusRequestText();
}

QString encodeStatusReport(const StatusReport& r) {
    json::Value o = json::Value::object();
    o.insert(kKind, kReportKind);
    o.insert(QStringLiteral("v"), kVersion);
    o.insert(QStringLiteral("chain_id"), r.chainId);
    o.insert(QStringLiteral("height"), intOrNull(r.height));
    o.insert(QStringLiteral("hash"), r.hash);
    o.insert(QStringLiteral("head_time"), timeValue(r.headTime));
    o.insert(QStringLiteral("head_age_s"), intOrNull(r.headAgeSeconds));
    o.insert(QStringLiteral("mempool_size"), intOrNull(r.mempoolSize));
    o.insert(QStringLiteral("protocol"), r.protocol);
    json::Value heights = json::Value::array();
    for (qsizetype i = 0; i < r.missingTxHeights.size() && i < kStatusReportMaxHeights; ++i)
        heights.append(r.missingTxHeights[i]);
    o.insert(QStringLiteral("missing_tx_heights"), heights);
    o.insert(QStringLiteral("missing_tx_truncated"),
             r.missingTxTruncated || r.missingTxHeights.size() > kStatusReportMaxHeights);
    o.insert(QStringLiteral("scanned_from"), intOrNull(r.scannedFrom));
    o.insert(QStringLiteral("scanned_to"), intOrNull(r.scannedTo));
    o.insert(QStringLiteral("reported_at"), timeValue(r.reportedAt));
    o.insert(QStringLiteral("error"), r.error.left(240));
    return QString::fromLatin1(json::dumpCompact(o));
}

Result<StatusReport> parseStatusReport(const QString& text) {
    auto fail = [](const QString& why) -> Result<StatusReport> { return Error{why}; };
    if (text.size() > kStatusReportMaxChars)
        return fail(QStringLiteral("longer than %1 characters").arg(kStatusReportMaxChars));
    json::ParseOptions limits;
    limits.maxInputBytes = 4 * kStatusReportMaxChars;
    limits.maxDepth = 4;
    limits.maxObjectMembers = 32;
    limits.maxTotalValues = 2 * kStatusReportMaxHeights + 64;
    limits.maxStringBytes = 512;
    limits.maxIntegerDigits = 20;
    json::Value o;
    json::ParseError parseError;
    if (!json::parse(text.toUtf8(), o, &parseError, limits) || !o.isObject())
        return fail(QStringLiteral("not a JSON object"));
    if (o[kKind].toString() != kReportKind || !o[QStringLiteral("v")].isInteger() ||
        o[QStringLiteral("v")].toInt64() != kVersion)
        return fail(QStringLiteral("not a version-1 status report"));
    StatusReport r;
    if (!readText(o, QStringLiteral("chain_id"), 128, r.chainId) ||
        !readText(o, QStringLiteral("hash"), 130, r.hash) ||
        !readText(o, QStringLiteral("protocol"), 32, r.protocol) ||
        !readText(o, QStringLiteral("error"), 240, r.error) ||
        !readCount(o, QStringLiteral("height"), r.height) ||
        !readCount(o, QStringLiteral("head_age_s"), r.headAgeSeconds) ||
        !readCount(o, QStringLiteral("mempool_size"), r.mempoolSize) ||
        !readCount(o, QStringLiteral("scanned_from"), r.scannedFrom) ||
        !readCount(o, QStringLiteral("scanned_to"), r.scannedTo) ||
        !readTime(o, QStringLiteral("head_time"), r.headTime) ||
        !readTime(o, QStringLiteral("reported_at"), r.reportedAt))
        return fail(QStringLiteral("a member has the wrong type or is out of bounds"));
    const json::Value* heights = o.find(QStringLiteral("missing_tx_heights"));
    if (heights && !heights->isNull()) {
        if (!heights->isArray() || heights->asArray().size() > kStatusReportMaxHeights)
            return fail(QStringLiteral("missing_tx_heights is not a list of at most %1 heights")
                            .arg(kStatusReportMaxHeights));
        for (const json::Value& h : heights->asArray()) {
            const auto i = h.toInt64();
            if (!h.isInteger() || !i || *i < 0)
                return fail(QStringLiteral("missing_tx_heights holds something other than a height"));
            r.missingTxHeights.append(*i);
        }
    }
    const json::Value& truncated = o[QStringLiteral("missing_tx_truncated")];
    if (!truncated.isNull() && !truncated.isBool())
        return fail(QStringLiteral("missing_tx_truncated is not a boolean"));
    r.missingTxTruncated = truncated.toBool();
    return r;
}

} // namespace aitbc::messaging
