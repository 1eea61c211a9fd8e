#include "messaging/acknowledgments.h"

#include "messaging/envelope.h"

namespace aitbc::messaging {

namespace {
const QString kAckV = QStringLiteral("ack_v");

bool isHashText(QStringView h) {
    if (h.isEmpty() || h.size() > kMaxAckHashLength)
        return false;
    for (QChar c : h)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u'x'))
            return false;
    return true;
}

QString key(const QString& hash, const QString& by) {
    return hash + QLatin1Char('\n') + by;
}
} // namespace

QString ackText(const QStringList& hashes) {
    return QString::fromLatin1(kAckPrefix) + QLatin1Char(' ') + hashes.join(QLatin1Char(' '));
}

json::Value ackMembers() {
    json::Value o = json::Value::object();
    o.insert(kAckV, 1);
    return o;
}

bool isAckPayload(const json::Value& storedPayload) {
    const json::Value* p = messagePayloadObject(storedPayload);
    return p && p->contains(kAckV);
}

std::optional<QStringList> parseAckText(const QString& text) {
    const QString prefix = QString::fromLatin1(kAckPrefix) + QLatin1Char(' ');
    // Bounded before splitting: a hostile text costs what the longest legitimate one does.
    if (!text.startsWith(prefix) || text.size() > prefix.size() + kMaxAckHashes * (kMaxAckHashLength + 1))
        return std::nullopt;
    QStringList hashes;
    for (QStringView h : QStringView(text).sliced(prefix.size()).split(QLatin1Char(' '))) {
        if (!isHashText(h) || hashes.size() >= kMaxAckHashes)
            return std::nullopt;
        hashes.append(h.toString());
    }
    return hashes;
}

void AckIndex::record(const QString& hash, const QString& by, const chain::ChainMessage& ack) {
    auto it = m_acks.find(key(hash, by));
    if (it != m_acks.end() && it->height >= 0 && it->height <= ack.blockHeight)
        return; // the earliest acknowledgment stands
    m_acks.insert(key(hash, by), AckRecord{ack.blockHeight, ack.timestamp, ack.txHash});
}

int AckIndex::addVerified(const chain::ChainMessage& m, const QString& inReplyTo) {
    if (isAckPayload(m.payload)) {
        const auto hashes = parseAckText(m.text);
        if (!hashes)
            return 0;
        for (const QString& h : *hashes)
            record(h, m.sender, m);
        return int(hashes->size());
    }
    if (!inReplyTo.isEmpty()) {
        record(inReplyTo, m.sender, m);
        return 1;
    }
    return 0;
}

std::optional<AckRecord> AckIndex::acknowledged(const QString& messageHash, const QString& recipient) const {
    auto it = m_acks.find(key(messageHash, recipient));
    if (it == m_acks.end())
        return std::nullopt;
    return *it;
}

} // namespace aitbc::messaging
