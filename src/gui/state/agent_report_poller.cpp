#include "state/agent_report_poller.h"

#include "messaging/message_sender.h"
#include "messaging/status_report_finder.h"
#include "state/app_context.h"
#include "state/message_feed.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "sync/reported_node.h"

namespace aitbc::gui {

sync::NodeView nodeViewOf(const messaging::StatusReport& r) {
    sync::NodeView v;
    v.chainId = r.chainId;
    v.head.height = r.height;
    v.head.hash = r.hash;
    v.head.timestamp = r.headTime;
    v.error = r.error;
    if (r.error.isEmpty() && r.height < 0)
        v.error = QStringLiteral("the agent's node has no blocks");
    v.mempoolSize = r.mempoolSize;
    for (chain::Protocol p : {chain::Protocol::Ref, chain::Protocol::April, chain::Protocol::Head})
        if (r.protocol == chain::protocolName(p))
            v.protocol = p;
    v.missingTxHeights = r.missingTxHeights;
    v.scannedFrom = r.scannedFrom;
    v.scannedTo = r.scannedTo;
    return v;
}

AgentReportPoller::AgentReportPoller(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    connect(&m_timer, &QTimer::timeout, this, &AgentReportPoller::pollNow);
}

void AgentReportPoller::setReadInterval(int ms) {
    if (ms <= 0)
        m_timer.stop();
    else
        m_timer.start(ms);
}

void AgentReportPoller::pollNow() {
    NodeRegistry* nodes = m_context->nodes();
    bool any = false;
    for (int row = 0; row < nodes->count(); ++row)
        any = any || nodes->reportedNode(row);
    follow(any);
    for (int row = 0; row < nodes->count(); ++row) {
        if (!nodes->reportedNode(row))
            continue;
        read(row);
        ask(row);
    }
    for (const QPointer<MessageFeed>& feed : std::as_const(m_feeds))
        if (feed)
            feed->refresh(); // reads only when the head moved since the last read
}

void AgentReportPoller::follow(bool any) {
    // The wallets' messages on the node messages go to, through MessagingService's shared feeds. Without
    // a node reached through its agent nothing is followed (and no outbox opened for it).
    if (!any && m_feeds.isEmpty())
        return;
    MessagingService* messaging = m_context->messaging();
    chain::Node* reader = any ? messaging->submitNode() : nullptr;
    QSet<QString> askers;
    if (reader)
        for (const WalletEntry& w : m_context->wallets()->wallets())
            if (!w.address().isEmpty())
                askers.insert(w.address());
    for (auto it = m_feeds.begin(); it != m_feeds.end();) {
        if (it.value() && askers.contains(it.key()) && it.value()->node() == reader) {
            ++it;
            continue;
        }
        if (it.value()) {
            disconnect(it.value(), nullptr, this, nullptr);
            messaging->unsubscribe(it.value(), this);
        }
        m_evaluated.remove(it.key());
        it = m_feeds.erase(it);
    }
    for (const QString& asker : std::as_const(askers)) {
        QPointer<MessageFeed>& feed = m_feeds[asker];
        if (feed)
            continue;
        feed = messaging->subscribe(reader, asker, this);
        if (!feed)
            continue;
        connect(feed, &MessageFeed::updated, this, [this, asker] {
            // New messages of this wallet: every agent's reports to it are looked for again.
            m_evaluated.remove(asker);
            NodeRegistry* nodes = m_context->nodes();
            for (int row = 0; row < nodes->count(); ++row)
                if (nodes->reportedNode(row))
                    read(row);
        });
    }
}

void AgentReportPoller::ask(int row) {
    sync::ReportedNode* node = m_context->nodes()->reportedNode(row);
    const QString agent = node->agentAddress();
    auto it = m_lastAsk.find(agent);
    if (it != m_lastAsk.end() && it->isValid() && it->elapsed() < m_askMs)
        return;
    WalletManager* wallets = m_context->wallets();
    QString asker;
    for (const WalletEntry& w : wallets->wallets())
        if (w.address() != agent && wallets->isAddressUnlocked(w.address())) {
            asker = w.address();
            break;
        }
    if (asker.isEmpty()) {
        node->setWaiting(tr("No wallet is unlocked: the dashboard cannot ask agent %1 for a status report. "
                            "Unlock a wallet to ask; reports already on chain are still shown.")
                             .arg(agent));
        emit reportsChanged();
        return;
    }
    messaging::MessageSender* sender = m_context->messaging()->sender();
    if (!sender || !m_context->messaging()->submitNode()) {
        node->setWaiting(tr("No leader node to send the status request to agent %1 through.").arg(agent));
        emit reportsChanged();
        return;
    }
    // One request on its way per agent: an agent that is down must not collect a queue of them.
    for (const messaging::OutboxEntry& e : sender->entries())
        if (e.recipient == agent && !e.isFinal() && messaging::isStatusRequest(e.text))
            return;
    m_lastAsk[agent].start();
    node->setWaiting(tr("Asked agent %1 for a status report; waiting for its signed reply.").arg(agent));
    ++m_sent;
    sender->enqueue(asker, agent, messaging::statusRequestText());
    emit reportsChanged();
}

void AgentReportPoller::read(int row) {
    sync::ReportedNode* node = m_context->nodes()->reportedNode(row);
    const QString agent = node->agentAddress();
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
        const QString& asker = it.key();
        const MessageFeed* feed = it.value();
        if (!feed || !feed->hasRead() || asker == agent || !feed->node() ||
            m_evaluated[asker].contains(agent))
            continue;
        m_evaluated[asker].insert(agent);
        const messaging::StatusReportSearch found =
            messaging::findStatusReports(feed->messages(), feed->node()->chainId(), asker, agent);
        const QString key = asker + QLatin1Char(' ') + agent;
        m_ignored += std::max(0, found.ignored - m_ignoredBy.value(key));
        m_ignoredBy[key] = std::max(found.ignored, m_ignoredBy.value(key));
        if (found.newest)
            node->setView(nodeViewOf(found.newest->report), found.newest->report.reportedAt);
        emit reportsChanged();
    }
}

} // namespace aitbc::gui
