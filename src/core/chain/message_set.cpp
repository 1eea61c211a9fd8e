#include "chain/message_set.h"

#include "chain/payload_text.h"

#include <algorithm>

namespace aitbc::chain {

std::optional<ChainMessage> messageFromTransaction(const Transaction& tx, const QString& address) {
    if (tx.blockHeight < 0)
        return std::nullopt;
    if (!tx.type.isEmpty() && tx.type.compare(QLatin1String("TRANSFER"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto text = extractPayloadText(tx.payload, tx.txMetadata);
    if (!text)
        return std::nullopt;
    ChainMessage m;
    m.txHash = tx.txHash;
    m.blockHeight = tx.blockHeight;
    m.sender = tx.sender;
    m.recipient = tx.recipient;
    m.text = text->text;
    m.direction =
        tx.sender == address ? ChainMessage::Direction::Outgoing : ChainMessage::Direction::Incoming;
    m.timestamp = tx.timestamp;
    m.payload = tx.payload;
    if (!tx.sender.isEmpty()) // a full row; /rpc/blocks/{h} items carry neither sender nor nonce
        m.storedNonce = tx.nonce;
    return m;
}

void AddressMessages::add(ChainMessage message, qint64 order) {
    const std::pair<qint64, qint64> key{message.blockHeight, order};
    if (m_keys.empty() || m_keys.back() < key) { // the common case: a new block
        m_keys.push_back(key);
        m_list.append(std::move(message));
        return;
    }
    for (const ChainMessage& m : std::as_const(m_list))
        if (m.txHash == message.txHash)
            return;
    const auto it = std::upper_bound(m_keys.begin(), m_keys.end(), key);
    const auto index = static_cast<qsizetype>(it - m_keys.begin());
    m_keys.insert(it, key);
    m_list.insert(index, std::move(message));
}

void AddressMessages::reserve(qsizetype count) {
    m_list.reserve(count);
    m_keys.reserve(size_t(count));
}

void AddressMessages::clear() {
    m_list.clear();
    m_keys.clear();
}

} // namespace aitbc::chain
