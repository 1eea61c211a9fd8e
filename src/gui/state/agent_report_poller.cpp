#include "state/agent_report_poller.h"

#include "messaging/message_sender.h"
#include "messaging/status_report_finder.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "sync/reported_node.h"
#include "util/when_finished.h"

#include <QPointer>

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
    for (int row = 0; row < nodes->count(); ++row) {
        if (!nodes->reportedNode(row))
            continue;
        read(row);
        ask(row);
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
    chain::Node* reader = m_context->messaging()->submitNode();
    if (!reader)
        return;
    const QString agent = node->agentAddress();
    QPointer<sync::ReportedNode> target(node);
    for (const WalletEntry& w : m_context->wallets()->wallets()) {
        const QString asker = w.address();
        if (asker.isEmpty() || asker == agent)
            continue;
        util::whenFinished(this, reader->messages(asker),
                           [this, target, asker, agent, chainId = reader->chainId()](
                               std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                               if (!target || !r || !r->ok())
                                   return;
                               const messaging::StatusReportSearch found =
                                   messaging::findStatusReports(r->value(), chainId, asker, agent);
                               const QString key = asker + QLatin1Char(' ') + agent;
                               m_ignored += std::max(0, found.ignored - m_ignoredBy.value(key));
                               m_ignoredBy[key] = std::max(found.ignored, m_ignoredBy.value(key));
                               if (found.newest)
                                   target->setView(nodeViewOf(found.newest->report),
                                                   found.newest->report.reportedAt);
                               emit reportsChanged();
                           });
    }
}

} // namespace aitbc::gui
