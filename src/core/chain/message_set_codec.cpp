#include "chain/message_set_codec.h"

#include "chain/binary_io.h"
#include "json/canonical.h"

#include <QDateTime>

#include <limits>

namespace aitbc::chain {

namespace {
constexpr quint32 kSetVersion = 1;
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
// The smallest encoding of one message (fixed fields and empty strings): a count the bytes cannot hold
// is refused before anything is reserved.
constexpr qint64 kMinMessageBytes = 8 + 8 + 1 + 8 + 1 + 8 + 6 * 4;
} // namespace

QByteArray encodeMessageSet(const AddressMessages& messages) {
    binary::Writer w;
    const QList<ChainMessage>& list = messages.list();
    w.u32(kSetVersion);
    w.u32(quint32(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ChainMessage& m = list.at(i);
        w.i64(messages.keys()[size_t(i)].second);
        w.i64(m.blockHeight);
        w.u8(m.direction == ChainMessage::Direction::Outgoing ? 1 : 0);
        w.i64(m.timestamp.isValid() ? m.timestamp.toMSecsSinceEpoch() : kNoTime);
        w.u8(m.storedNonce ? 1 : 0);
        w.i64(m.storedNonce.value_or(0));
        w.str(m.txHash);
        w.str(m.sender);
        w.str(m.recipient);
        w.str(m.text);
        // A payload still in its stored form goes back as it came (it was written by this function).
        if (const auto stored = m.payload.unparsedJson())
            w.bytes(*stored);
        else
            w.bytes(json::dump(m.payload, {json::Separators::Compact, false, false}));
        w.bytes({}); // reserved (a later version's extra field); keeps old readers' layout
    }
    return w.out();
}

std::optional<AddressMessages> decodeMessageSet(const QByteArray& bytes, const QString& address,
                                                QString* why) {
    const auto fail = [why](const QString& reason) -> std::optional<AddressMessages> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    binary::Reader r(bytes);
    if (r.u32() != kSetVersion)
        return fail(QStringLiteral("unknown message set version"));
    const quint32 count = r.u32();
    if (!r.ok() || qint64(count) * kMinMessageBytes > r.left())
        return fail(QStringLiteral("bad message count"));
    AddressMessages out;
    out.reserve(qsizetype(count));
    // Payloads stay in `bytes` until read (LazyPayload); the address and the few counterparts are one
    // shared string each instead of one per message.
    LazyPayload::Batch payloads(bytes, qsizetype(count));
    const QByteArray addressUtf8 = address.toUtf8();
    QString lastOther;
    QByteArray lastOtherUtf8;
    const auto party = [&](QByteArrayView utf8) {
        if (utf8 == addressUtf8)
            return address;
        if (utf8 != lastOtherUtf8) {
            lastOtherUtf8 = utf8.toByteArray();
            lastOther = QString::fromUtf8(utf8);
        }
        return lastOther;
    };
    std::pair<qint64, qint64> previous{std::numeric_limits<qint64>::min(), 0};
    for (quint32 i = 0; i < count; ++i) {
        ChainMessage m;
        const qint64 order = r.i64();
        m.blockHeight = r.i64();
        const quint8 outgoing = r.u8();
        const qint64 ms = r.i64();
        const quint8 hasNonce = r.u8();
        const qint64 nonce = r.i64();
        m.txHash = r.str();
        const QByteArrayView sender = r.bytes();
        const QByteArrayView recipient = r.bytes();
        m.text = r.str();
        const QByteArrayView payload = r.bytes();
        r.bytes();
        if (!r.ok())
            return fail(QStringLiteral("truncated message set"));
        if (sender != addressUtf8 && recipient != addressUtf8)
            return fail(QStringLiteral("a message of another address"));
        m.sender = party(sender);
        m.recipient = party(recipient);
        const std::pair<qint64, qint64> key{m.blockHeight, order};
        if (m.blockHeight < 0 || !(previous < key))
            return fail(QStringLiteral("messages out of order"));
        previous = key;
        // Direction is derived, as for a row read from the chain.db; the stored flag must agree.
        m.direction =
            sender == addressUtf8 ? ChainMessage::Direction::Outgoing : ChainMessage::Direction::Incoming;
        if ((outgoing != 0) != (m.direction == ChainMessage::Direction::Outgoing))
            return fail(QStringLiteral("inconsistent direction"));
        if (ms != kNoTime)
            m.timestamp = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        if (hasNonce)
            m.storedNonce = nonce;
        m.payload = payloads.take(qsizetype(i), payload.data() - bytes.constData(), payload.size());
        out.add(std::move(m), order);
    }
    if (r.left() != 0)
        return fail(QStringLiteral("message set length mismatch"));
    return out;
}

} // namespace aitbc::chain
