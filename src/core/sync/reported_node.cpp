#include "sync/reported_node.h"

namespace aitbc::sync {

using chain::NodeError;
using chain::NodeResult;

namespace {
template <typename T> QFuture<NodeResult<T>> ready(NodeResult<T> r) {
    return QtFuture::makeReadyFuture(std::move(r));
}
} // namespace

ReportedNode::ReportedNode(QString agentAddress, QString chainId, QObject* parent)
    : chain::Node(parent)
    , m_agent(std::move(agentAddress))
    , m_chainId(std::move(chainId))
    , m_waiting(QStringLiteral("no status report from the agent yet")) {}

void ReportedNode::setView(const NodeView& view, const QDateTime& reportedAt) {
    if (m_reportedAt.isValid() && reportedAt.isValid() && reportedAt <= m_reportedAt)
        return; // an older report found later (another asker's thread) does not replace a newer one
    m_view = view;
    m_reportedAt = reportedAt;
    if (m_chainId.isEmpty())
        m_chainId = view.chainId;
    emitCurrent(); // every report, moved or not: its arrival is news (the report's age restarts)
}

void ReportedNode::emitCurrent() {
    if (!m_view)
        return;
    if (m_view->error.isEmpty())
        emit headChanged(m_view->head);
    else
        emit unreachable(noReport());
}

void ReportedNode::setWaiting(const QString& reason) {
    m_waiting = reason;
}

QString ReportedNode::describe() const {
    return QStringLiteral("agent %1").arg(m_agent);
}

QString ReportedNode::chainId() const {
    return m_chainId;
}

NodeError ReportedNode::unsupported(const QString& what) const {
    NodeError e;
    e.kind = NodeError::Kind::Unsupported;
    e.message = QStringLiteral("%1 is not in the status reports of agent %2").arg(what, m_agent);
    return e;
}

NodeError ReportedNode::noReport() const {
    NodeError e;
    e.kind = NodeError::Kind::Unreachable;
    if (!m_view)
        e.message = m_waiting;
    else
        e.message =
            QStringLiteral("agent %1 reports that it cannot read its node: %2").arg(m_agent, m_view->error);
    return e;
}

QFuture<NodeResult<chain::NodeHealth>> ReportedNode::health() {
    if (!m_view || !m_view->error.isEmpty())
        return ready(NodeResult<chain::NodeHealth>(noReport()));
    chain::NodeHealth h;
    h.status = QStringLiteral("reported");
    h.protocol = m_view->protocol;
    if (!m_view->chainId.isEmpty())
        h.supportedChains = {m_view->chainId};
    return ready(NodeResult<chain::NodeHealth>(h));
}

QFuture<NodeResult<chain::BlockHeader>> ReportedNode::head() {
    if (!m_view || !m_view->error.isEmpty())
        return ready(NodeResult<chain::BlockHeader>(noReport()));
    return ready(NodeResult<chain::BlockHeader>(m_view->head));
}

QFuture<NodeResult<chain::Block>> ReportedNode::block(qint64 height) {
    // The report names one block: the head. Any other height would be a guess.
    if (m_view && m_view->error.isEmpty() && height == m_view->head.height && height >= 0) {
        chain::Block b;
        b.header = m_view->head;
        return ready(NodeResult<chain::Block>(b));
    }
    return ready(NodeResult<chain::Block>(unsupported(QStringLiteral("block %1").arg(height))));
}

QFuture<NodeResult<QList<chain::Block>>> ReportedNode::blocks(qint64 from, qint64 to, bool) {
    return ready(
        NodeResult<QList<chain::Block>>(unsupported(QStringLiteral("blocks %1..%2").arg(from).arg(to))));
}

QFuture<NodeResult<QList<chain::MempoolEntry>>> ReportedNode::mempool() {
    return ready(
        NodeResult<QList<chain::MempoolEntry>>(unsupported(QStringLiteral("the mempool's content"))));
}

QFuture<NodeResult<chain::Account>> ReportedNode::account(const QString&) {
    return ready(NodeResult<chain::Account>(unsupported(QStringLiteral("an account"))));
}

QFuture<NodeResult<chain::SubmitResult>> ReportedNode::submit(const json::Value&) {
    return ready(NodeResult<chain::SubmitResult>(unsupported(QStringLiteral("submitting"))));
}

QFuture<NodeResult<QList<chain::ChainMessage>>> ReportedNode::messages(const QString&) {
    return ready(NodeResult<QList<chain::ChainMessage>>(unsupported(QStringLiteral("messages"))));
}

void ReportedNode::watchHead(int intervalMs) {
    // A watch starts with the current head, as a polling node's first poll would give it.
    if (intervalMs > 0)
        QMetaObject::invokeMethod(this, &ReportedNode::emitCurrent, Qt::QueuedConnection);
}

} // namespace aitbc::sync
