#pragma once

#include "chain/node.h"
#include "sync/node_view.h"

#include <QDateTime>

#include <optional>

namespace aitbc::sync {

/// A node known only from what its agent reports (NodeView, from a signed status report): read-only, it
/// answers the head, the health and the head block's header, and refuses everything else with
/// NodeError::Unsupported. The dashboard shows nodes it cannot reach over RPC through one of these, and
/// compareAnyNodes() compares it with a node reached directly. Without a report its head() fails with
/// the reason set by setWaiting() ("no wallet unlocked to ask the agent", "no report yet").
class ReportedNode : public chain::Node {
    Q_OBJECT
public:
    ReportedNode(QString agentAddress, QString chainId, QObject* parent = nullptr);

    /// Takes a new report (the agent's clock says when it was made; an older one than the last is
    /// ignored). Emits headChanged (or unreachable when the agent could not read its node) per report.
    void setView(const NodeView& view, const QDateTime& reportedAt);
    /// Why there is no (fresh) report; shown as the head's error until a report arrives.
    void setWaiting(const QString& reason);
    const std::optional<NodeView>& view() const { return m_view; }
    QDateTime reportedAt() const { return m_reportedAt; }
    QString waiting() const { return m_waiting; }
    QString agentAddress() const { return m_agent; }

    QString describe() const override;
    QString chainId() const override;
    QFuture<chain::NodeResult<chain::NodeHealth>> health() override;
    QFuture<chain::NodeResult<chain::BlockHeader>> head() override;
    QFuture<chain::NodeResult<chain::Block>> block(qint64 height) override;
    QFuture<chain::NodeResult<QList<chain::Block>>> blocks(qint64 from, qint64 to,
                                                           bool withTransactions) override;
    QFuture<chain::NodeResult<QList<chain::MempoolEntry>>> mempool() override;
    QFuture<chain::NodeResult<chain::Account>> account(const QString& address) override;
    QFuture<chain::NodeResult<chain::SubmitResult>> submit(const json::Value& body) override;
    QFuture<chain::NodeResult<QList<chain::ChainMessage>>> messages(const QString& address) override;
    /// Reports arrive when the agent answers, not by polling: a watch only gives the current head once.
    void watchHead(int intervalMs) override;

private:
    chain::NodeError unsupported(const QString& what) const;
    chain::NodeError noReport() const;
    void emitCurrent();

    QString m_agent;
    QString m_chainId;
    std::optional<NodeView> m_view;
    QDateTime m_reportedAt;
    QString m_waiting;
};

} // namespace aitbc::sync
