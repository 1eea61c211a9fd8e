#include "messaging/agent_directory.h"

#include "messaging/envelope.h"

#include <algorithm>

namespace aitbc::messaging {

CardStatus AgentDirectory::add(const chain::ChainMessage& m, bool authorshipVerified) {
    CardCheck check = checkCard(m.payload, m.sender, m.recipient, m_chainId, m_now);
    if (check.status == CardStatus::NotACard)
        return check.status;
    if (!check.valid()) {
        ++m_rejected;
        return check.status;
    }
    auto it = m_byKey.find(check.publicKeyHex);
    if (it != m_byKey.end()) {
        const bool newer = check.card.issued > it->card.issued ||
                           (check.card.issued == it->card.issued && m.blockHeight > it->height);
        if (!newer)
            return check.status;
    }
    AgentEntry e{check.card, check.publicKeyHex, m.blockHeight, m.timestamp, m.txHash, authorshipVerified};
    m_keyByAddress.insert(e.card.address, e.publicKeyHex);
    m_byKey.insert(e.publicKeyHex, e);
    return check.status;
}

QList<AgentEntry> AgentDirectory::agents() const {
    QList<AgentEntry> out = m_byKey.values();
    std::sort(out.begin(), out.end(),
              [](const AgentEntry& a, const AgentEntry& b) { return a.card.address < b.card.address; });
    return out;
}

const AgentEntry* AgentDirectory::find(const QString& address) const {
    auto k = m_keyByAddress.find(address);
    if (k == m_keyByAddress.end())
        return nullptr;
    auto it = m_byKey.find(*k);
    return it == m_byKey.end() ? nullptr : &*it;
}

std::optional<AgentEntry> agentCardOf(const QList<chain::ChainMessage>& messages, const QString& address,
                                      const QString& chainId, qint64 nowSeconds) {
    AgentDirectory directory(chainId, nowSeconds);
    for (const chain::ChainMessage& m : messages) {
        if (m.sender != address || m.recipient != address)
            continue;
        const json::Value* p = messagePayloadObject(m.payload);
        if (!p || !p->contains(QStringLiteral("card")))
            continue;
        directory.add(m, checkAuthorship(m.payload, m.sender, m.recipient, m.text, chainId).verified());
    }
    const AgentEntry* found = directory.find(address);
    return found ? std::optional<AgentEntry>(*found) : std::nullopt;
}

} // namespace aitbc::messaging
