#pragma once

#include "chain/types.h"
#include "messaging/agent_card.h"

#include <QHash>
#include <QList>

#include <optional>

namespace aitbc::messaging {

/// One agent as the directory knows it: its newest valid card and where that card was seen.
struct AgentEntry {
    AgentCard card;
    QString publicKeyHex;
    qint64 height = -1; ///< block of the card transaction
    QDateTime timestamp;
    QString txHash;
    bool verified = true; ///< the card transaction's own authorship signature is verified as well
};

/// The agent cards found on chain, fed message by message (incrementally, as the chain-access layer reads
/// messages; any order). A newer card (greater `issued`, then the later block) from the same key replaces
/// the older; cards that fail any check are ignored and counted.
class AgentDirectory {
public:
    explicit AgentDirectory(QString chainId = {}, qint64 nowSeconds = 0)
        : m_chainId(std::move(chainId))
        , m_now(nowSeconds) {}

    /// Feeds one message; returns the check's status (NotACard for ordinary messages).
    CardStatus add(const chain::ChainMessage& message, bool authorshipVerified);
    /// Every agent, by address.
    QList<AgentEntry> agents() const;
    /// The agent with this address, if it announced itself.
    const AgentEntry* find(const QString& address) const;
    /// Cards ignored because a check failed.
    int rejected() const { return m_rejected; }

private:
    QString m_chainId;
    qint64 m_now;
    QHash<QString, AgentEntry> m_byKey; // card_pub hex
    QHash<QString, QString> m_keyByAddress;
    int m_rejected = 0;
};

/// The newest valid card `address` published among `messages` (for example Node::messages(address), which
/// holds the address's messages to itself), checked for `chainId` at `nowSeconds`; nullopt when none.
std::optional<AgentEntry> agentCardOf(const QList<chain::ChainMessage>& messages, const QString& address,
                                      const QString& chainId, qint64 nowSeconds);

} // namespace aitbc::messaging
