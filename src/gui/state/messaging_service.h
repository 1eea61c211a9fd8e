#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace aitbc::chain {
class Node;
}
namespace aitbc::messaging {
class MessageSender;
}

namespace aitbc::gui {

class NodeRegistry;
class ResponderController;
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

signals:
    /// The node messages go to changed (row in the registry, or -1).
    void submitNodeChanged(int row);

private:
    NodeRegistry* m_nodes;
    WalletManager* m_wallets;
    messaging::MessageSender* m_sender;
    ResponderController* m_responders;
    int m_submitRow = -1;
    QPointer<chain::Node> m_submitNode;
};

} // namespace aitbc::gui
