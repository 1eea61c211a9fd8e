#pragma once

#include "util/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace aitbc::chain {
class Node;
}
namespace aitbc::messaging {
class AgentDirectoryFeed;
class MessageSender;
} // namespace aitbc::messaging

namespace aitbc::gui {

class AppSettings;
class MessageFeed;
class NodeRegistry;
class ResponderController;

/// Why the messaging service could not do what it was asked.
struct MessagingError {
    QString message; ///< user-facing, translated
};
class WalletManager;

/// Sending and answering messages for the whole dashboard: one durable outbox with its sender, and the
/// responders of the unlocked wallets. Owned by the AppContext, so messages go out and responders answer
/// whichever pane is shown; panes only observe it and give it commands.
///
/// Messages are submitted to a *leader*: a REF follower never mines what it is sent (protocol.md §1.5),
/// so the node selected in the status bar is used only when its profile is a leader; otherwise the first
/// leader profile with an RPC URL serving the same chain, reachable ones first. Responders read from that
/// node too, because a REF follower's chain.db lacks the transactions they answer.
class MessagingService : public QObject {
    Q_OBJECT
public:
    MessagingService(NodeRegistry* nodes, WalletManager* wallets, const QString& outboxPath,
                     const QString& stateFolder, QObject* parent = nullptr);
    ~MessagingService() override;

    messaging::MessageSender* sender() const { return m_sender; }
    ResponderController* responders() const { return m_responders; }

    /// The registry row of the node messages are submitted to, -1 when there is none.
    int submitRow() const { return m_submitRow; }
    chain::Node* submitNode() const;
    /// Chooses the node again (called on every change of profiles, selection and status).
    void chooseSubmitNode();

    /// Writes a message to the outbox (sent exactly once, like every message). With `encrypt` it is
    /// encrypted end to end for the recipient's agent card key when it is signed, and fails (never sent
    /// in clear) if the recipient has no valid card then. The future yields the outbox id, -1 on failure.
    QFuture<qint64> send(const QString& from, const QString& to, const QString& text, bool encrypt);
    /// Whether `recipient` can be sent encrypted messages: it has a valid agent card in the directory of
    /// the selected node (agents()). Answers at once; agents()'s `updated` says when to ask again.
    bool supportsEncryption(const QString& recipient) const;
    /// The same, asked afresh of the node messages are submitted to (false when there is none).
    QFuture<bool> checkEncryptionSupport(const QString& recipient);

    /// The agents announced on the chain of the node the status bar selects, read incrementally (each
    /// new head reads only the new blocks).
    messaging::AgentDirectoryFeed* agents() const { return m_agents; }
    /// Publishes (or replaces) the agent card of an unlocked wallet through the outbox: the card is
    /// signed now with the wallet's key and carries the encryption key derived from it. An error when
    /// the wallet is locked, no node serves a chain yet, or the card breaks a bound (name, lengths).
    Result<QFuture<qint64>, MessagingError> publishCard(const QString& address, const QString& name,
                                                        const QString& description,
                                                        const QStringList& capabilities);

    /// Where the per-wallet "send acknowledgments" setting is kept (none: always off).
    void setSettings(AppSettings* settings) { m_settings = settings; }
    bool sendsAcknowledgments(const QString& address) const;
    void setSendsAcknowledgments(const QString& address, bool on);
    /// The user has read these messages of `wallet` (node hashes). When the wallet's setting is on and
    /// it is unlocked, each verified incoming one not acknowledged yet (on chain, in the outbox, or by a
    /// reply) is acknowledged through the outbox, one message per sender (acknowledgments.h).
    /// Acknowledgments are never acknowledged; a restart sends nothing twice (the outbox and the chain
    /// remember what was acknowledged).
    void acknowledgeRead(const QString& wallet, const QStringList& readHashes);

    /// The one reader of `address`'s messages on `node`, shared by every `subscriber` (the Messages
    /// pane, the new-message notifications, the agents' status reports): one read per new head, and
    /// each subscriber hears only the new messages (MessageFeed::updated). The feed lives while it has
    /// subscribers: until unsubscribe() or the subscriber's destruction, and never past the node's.
    /// Null without a node or an address.
    MessageFeed* subscribe(chain::Node* node, const QString& address, QObject* subscriber);
    void unsubscribe(MessageFeed* feed, QObject* subscriber);
    /// Every feed `subscriber` holds is given up.
    void unsubscribeAll(QObject* subscriber);
    /// The feeds alive now (tests: several subscribers of one wallet share one).
    QList<MessageFeed*> feeds() const { return m_feeds.keys(); }

signals:
    void sendsAcknowledgmentsChanged(const QString& address, bool on);
    /// Acknowledgments of `count` messages of `sender` were written to the outbox for `wallet`.
    void acknowledgmentsQueued(const QString& wallet, const QString& sender, int count);
    /// The node messages go to changed (row in the registry, or -1).
    void submitNodeChanged(int row);

private:
    NodeRegistry* m_nodes;
    WalletManager* m_wallets;
    messaging::MessageSender* m_sender;
    ResponderController* m_responders;
    void followSelectedNode();

    int m_submitRow = -1;
    QPointer<chain::Node> m_submitNode;
    messaging::AgentDirectoryFeed* m_agents;
    AppSettings* m_settings = nullptr;
    /// Per wallet: hashes whose acknowledgment this run wrote to the outbox (the write is asynchronous).
    QHash<QString, QSet<QString>> m_ackQueued;
    void dropFeed(MessageFeed* feed);
    QHash<MessageFeed*, QSet<QObject*>> m_feeds; ///< feed -> its subscribers
    QSet<QObject*> m_subscribers;                ///< whose destruction is watched
};

} // namespace aitbc::gui
