#include "chain/rpc_parse.h"

#include "json/canonical.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <optional>

namespace aitbc::chain::wire {

namespace {

qint64 intOf(const json::Value& v, qint64 fallback = 0) {
    if (auto i = v.toInt64())
        return *i;
    if (v.isFloat()) {
        // A float outside qint64's range (1e300, inf, nan) cannot be converted (undefined behaviour,
        // found by fuzz_rpc_response): treat it like any other unusable value.
        const double d = v.toDouble();
        if (!(d > -9.2e18 && d < 9.2e18))
            return fallback;
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().toLongLong(&ok);
        return ok ? i : fallback;
    }
    return fallback;
}

QString strOf(const json::Value& v) {
    return v.isString() ? v.toString() : QString();
}

} // namespace

namespace {

/// The node's own formats, "YYYY-MM-DD HH:MM:SS[.ffffff]" with a space or a T and no zone, read without
/// the regular expression (a chain.db holds a million of them); std::nullopt: not that exact shape.
std::optional<QDateTime> parsePlainNodeTime(const QString& text) {
    const qsizetype n = text.size();
    if (n < 19)
        return std::nullopt;
    const QChar* c = text.constData();
    const auto digits = [c](int from, int count, int* out) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t d = c[i].unicode();
            if (d < u'0' || d > u'9')
                return false;
            v = v * 10 + int(d - u'0');
        }
        *out = v;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(0, 4, &year) || c[4] != u'-' || !digits(5, 2, &month) || c[7] != u'-' ||
        !digits(8, 2, &day) || (c[10] != u' ' && c[10] != u'T') || !digits(11, 2, &hour) || c[13] != u':' ||
        !digits(14, 2, &minute) || c[16] != u':' || !digits(17, 2, &second))
        return std::nullopt;
    int ms = 0;
    if (n > 19) {
        if (c[19] != u'.' || n == 20)
            return std::nullopt;
        int scale = 100;
        for (qsizetype i = 20; i < n; ++i) {
            const char16_t d = c[i].unicode();
            if (d < u'0' || d > u'9')
                return std::nullopt;
            if (scale > 0) {
                ms += int(d - u'0') * scale;
                scale /= 10;
            }
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseNodeTime(const QString& text) {
    if (auto plain = parsePlainNodeTime(text))
        return *plain;
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (const QString frac = m.captured(7); !frac.isEmpty())
        ms = QString(frac + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime dt(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offset = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60;
        dt = dt.addSecs(zone.startsWith(QLatin1Char('-')) ? offset : -offset);
    }
    return dt;
}

BlockHeader headerFromJson(const json::Value& v) {
    BlockHeader h;
    h.height = intOf(v[QStringLiteral("height")], -1);
    h.hash = strOf(v[QStringLiteral("hash")]);
    h.parentHash = strOf(v[QStringLiteral("parent_hash")]);
    h.proposer = strOf(v[QStringLiteral("proposer")]);
    h.timestampText = strOf(v[QStringLiteral("timestamp")]);
    h.timestamp = parseNodeTime(h.timestampText);
    h.txCount = static_cast<int>(intOf(v[QStringLiteral("tx_count")]));
    h.stateRoot = strOf(v[QStringLiteral("state_root")]);
    return h;
}

Transaction transactionFromJson(const json::Value& v, qint64 blockHeight, const QDateTime& blockTime) {
    Transaction t;
    t.txHash = strOf(v[QStringLiteral("tx_hash")]);
    const json::Value& h = v[QStringLiteral("block_height")];
    t.blockHeight = h.isNull() ? blockHeight : intOf(h, blockHeight);
    if (v.contains(QStringLiteral("payload")) && v.contains(QStringLiteral("sender"))) {
        // A full transaction row (blocks-range, /rpc/transactions).
        t.sender = strOf(v[QStringLiteral("sender")]);
        t.recipient = strOf(v[QStringLiteral("recipient")]);
        t.payload = v[QStringLiteral("payload")];
        t.nonce = intOf(v[QStringLiteral("nonce")]);
        t.value = intOf(v[QStringLiteral("value")]);
        t.fee = intOf(v[QStringLiteral("fee")]);
        t.type = strOf(v[QStringLiteral("type")]);
        t.status = strOf(v[QStringLiteral("status")]);
        t.txMetadata = txMetadataFromJson(v);
    } else {
        // A /rpc/blocks/{h} item: the stored payload object plus tx_hash, no sender (§10.18).
        json::Value payload = v;
        payload.remove(QStringLiteral("tx_hash"));
        t.payload = payload;
        t.recipient = strOf(v[QStringLiteral("recipient")]);
        if (t.recipient.isEmpty())
            t.recipient = strOf(v[QStringLiteral("to")]);
        t.sender = strOf(v[QStringLiteral("from")]);
        t.value = intOf(v[QStringLiteral("value")], intOf(v[QStringLiteral("amount")]));
    }
    t.timestamp = blockTime.isValid() ? blockTime : parseNodeTime(strOf(v[QStringLiteral("timestamp")]));
    return t;
}

QString txMetadataFromJson(const json::Value& v) {
    const json::Value& m = v[QStringLiteral("tx_metadata")];
    if (m.isNull())
        return {};
    if (m.isString())
        return m.toString();
    return QString::fromUtf8(json::dumpCompact(m));
}

Block blockFromJson(const json::Value& v) {
    Block b;
    b.header = headerFromJson(v);
    const json::Value* txs = v.find(QStringLiteral("transactions"));
    if (txs && txs->isArray()) {
        b.transactionsIncluded = true;
        for (const json::Value& item : txs->asArray())
            b.transactions.append(transactionFromJson(item, b.header.height, b.header.timestamp));
    }
    return b;
}

Account accountFromJson(const json::Value& v) {
    Account a;
    a.address = strOf(v[QStringLiteral("address")]);
    a.balance = intOf(v[QStringLiteral("balance")]);
    a.nonce = intOf(v[QStringLiteral("nonce")]);
    a.exists = true;
    return a;
}

QString normalizedTxHash(const json::Value& normalized) {
    return QStringLiteral("0x") +
           QString::fromLatin1(
               QCryptographicHash::hash(json::dumpCompact(normalized), QCryptographicHash::Sha256).toHex());
}

MempoolEntry mempoolEntryFromJson(const json::Value& v) {
    MempoolEntry e;
    e.normalized = v;
    e.sender = strOf(v[QStringLiteral("from")]);
    e.recipient = strOf(v[QStringLiteral("to")]);
    if (e.recipient.isEmpty())
        e.recipient = strOf(v[QStringLiteral("payload")][QStringLiteral("recipient")]);
    e.nonce = intOf(v[QStringLiteral("nonce")]);
    e.fee = intOf(v[QStringLiteral("fee")]);
    e.txHash = strOf(v[QStringLiteral("tx_hash")]);
    if (e.txHash.isEmpty())
        e.txHash = normalizedTxHash(v); // REF mempool items carry no hash (§5.2)
    return e;
}

QString errorDetail(const json::Value& body) {
    const json::Value& d = body[QStringLiteral("detail")];
    if (d.isString())
        return d.toString();
    if (d.isArray()) {
        QStringList parts;
        for (const json::Value& e : d.asArray()) {
            QStringList loc;
            for (const json::Value& l : e[QStringLiteral("loc")].isArray()
                                            ? e[QStringLiteral("loc")].asArray()
                                            : json::Value::Array{})
                loc << (l.isString() ? l.toString() : QString::fromLatin1(l.integerDigits()));
            const QString msg = strOf(e[QStringLiteral("msg")]);
            parts << (loc.isEmpty() ? msg : loc.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (!d.isNull())
        return QString::fromUtf8(json::dumpCompact(d));
    return {};
}

} // namespace aitbc::chain::wire
