#pragma once

#include "sync/node_view.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace aitbc::messaging {
struct StatusReport;
}

namespace aitbc::gui {

class AppContext;
class MessageFeed;

/// The node of a status report (docs/status-protocol.md), as the sync layer compares nodes.
sync::NodeView nodeViewOf(const messaging::StatusReport& report);

/// Keeps the nodes reached through their agents (NodeRegistry::reportedNode) fed with the agents'
/// status reports. It follows the messages of the dashboard's wallets on the node messages are
/// submitted to (MessagingService::submitNode, a leader) through MessagingService's shared feeds (one
/// read per new head, looked at again only when new messages came; every `readMs` it checks that the
/// head moved) and gives each agent node the newest
/// report that messaging::findStatusReports accepts: verified authorship, from that agent, answering
/// one of the wallet's own verified requests. Forged, unsigned or malformed replies are counted
/// (ignoredReplies), never shown. Every `askMs` it sends the agent a new status request from an
/// unlocked wallet through the outbox, unless one is still on its way; with no wallet unlocked it
/// asks nothing and says so on the node (ReportedNode::setWaiting).
class AgentReportPoller : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultAskMs = 60'000;
    static constexpr int kDefaultReadMs = 5'000;

    explicit AgentReportPoller(AppContext* context, QObject* parent = nullptr);

    void setAskInterval(int ms) { m_askMs = ms; }
    /// Reads (and asks when due) every `ms`; <= 0 stops.
    void setReadInterval(int ms);
    /// Reads now and asks the agents whose last request is older than the ask interval.
    void pollNow();
    /// Replies from agents that were not verified reports, over all reads (never shown).
    int ignoredReplies() const { return m_ignored; }
    /// Status requests written to the outbox by this poller.
    int requestsSent() const { return m_sent; }

signals:
    /// A node's report or notice changed (row in the NodeRegistry).
    void reportsChanged();

private:
    void ask(int row);
    /// Looks for the agent's reports in the wallets' messages not looked at since they last changed.
    void read(int row);
    /// Follows the wallets' feeds on the submit node (none when no node is reached through its agent).
    void follow(bool any);

    AppContext* m_context;
    QTimer m_timer;
    int m_askMs = kDefaultAskMs;
    QHash<QString, QElapsedTimer> m_lastAsk; ///< by agent address
    QHash<QString, int> m_ignoredBy;         ///< "asker agent" -> ignored replies in the last read
    int m_ignored = 0;
    int m_sent = 0;
    QHash<QString, QPointer<MessageFeed>> m_feeds; ///< per wallet address (the asker)
    QHash<QString, QSet<QString>> m_evaluated;     ///< per asker: agents looked for since its last read
};

} // namespace aitbc::gui
