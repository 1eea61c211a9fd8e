#pragma once

#include "chain/node.h"
#include "panes/sync/sync_model.h"
#include "sync/reported_compare.h"
#include "sync/sync_advice.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

#include <optional>

namespace aitbc::gui {

/// Every node of a fleet against one reference node (the leader), one row each: height, lag, fork
/// point, blocks without transactions, holes, and the most severe finding in an operator's words.
/// Sort by TroubleRole (descending) to see the worst first.
///
/// Heads come from the nodes' own subscriptions (chain::Node::headChanged / unreachable: one per node,
/// started by NodeRegistry or by `setPollInterval`), never from a timer per row. A node whose head
/// moved is compared with the reference (sync::compareNodes on the pair, a scan of the last
/// `scanWindow` heights) when its previous comparison is at least `minRescanMs` old; at most
/// `maxConcurrentScans` comparisons run at once, the others wait in a queue. An unreachable node is not
/// compared; it shows as such until it answers again.
class FleetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        HeightColumn,
        LagColumn,
        ForkColumn,
        MissingTxColumn,
        HolesColumn,
        FindingColumn,
        ColumnCount
    };
    enum Role {
        TroubleRole = Qt::UserRole + 1, ///< qint64: larger is worse (sort descending)
        KindRole,                       ///< int: sync::Advice::Kind of the worst finding, -1 when in step
    };

    explicit FleetModel(QObject* parent = nullptr);
    ~FleetModel() override;

    /// Node 0 is the reference. Nodes are not owned; rows follow the list. Pair states of nodes whose
    /// name stays are kept (a profile added to the fleet does not rescan the others).
    void setNodes(const QList<chain::Node*>& nodes, const QStringList& names);
    /// Starts each node's own head subscription (Node::watchHead) when nobody else does (tests,
    /// benchmarks without a NodeRegistry); <= 0 stops it.
    void setPollInterval(int ms);
    void setMinRescanMs(int ms) { m_minRescanMs = ms; }
    void setMaxConcurrentScans(int n) { m_maxScans = std::max(1, n); }
    void setScanWindow(qint64 blocks) { m_scanWindow = std::max<qint64>(1, blocks); }
    void setAdviceOptions(const sync::AdviceOptions& options) { m_adviceOptions = options; }

    /// Every node's height over time (the fleet chart's data), kept per name.
    const HeightHistory& history() const { return m_history; }
    QStringList names() const { return m_names; }

    /// Every finding of node `row`, worst first (empty: in step, or not compared yet).
    QList<sync::Advice> findings(int row) const {
        return row >= 0 && row < m_rows.size() ? adviceFor(row) : QList<sync::Advice>{};
    }
    /// The worst finding of node `row` (nullopt: in step, or not compared yet).
    std::optional<sync::Advice> worstFinding(int row) const;
    /// Rows that have a head and (for nodes other than the reference) a finished comparison, or that
    /// are known to be unreachable: what the table can say something about.
    int rowsFilled() const;
    /// Whether node `row` answers and has been compared with the reference.
    bool isCompared(int row) const;
    int scansRunning() const { return m_scansRunning; }
    int peakScansRunning() const { return m_peakScans; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A row changed (head, reachability or comparison); the chart should repaint.
    void fleetChanged();

private:
    struct Row {
        QPointer<chain::Node> node;
        QString name;
        qint64 height = -1;
        bool probed = false;
        bool reachable = true;
        QString error;
        sync::LagHysteresis lagging;
        std::optional<sync::SyncReport> report; ///< the pair (reference, this node)
        QString scanError;
        bool queued = false;
        bool scanning = false;
        QElapsedTimer sinceScan;
        qint64 scannedAtHeight = -2;
        qint64 referenceAtScan = -2;
    };
    void onHead(int row, quint64 generation, const chain::BlockHeader& head);
    void onUnreachable(int row, quint64 generation, const chain::NodeError& error);
    void maybeQueue(int row);
    void pump();
    QList<sync::Advice> adviceFor(int row) const;
    qint64 trouble(int row) const;
    void rowChanged(int row);

    QList<Row> m_rows;
    QStringList m_names;
    QHash<QString, std::optional<sync::SyncReport>> m_keptReports;
    HeightHistory m_history;
    QList<int> m_queue;
    QTimer m_retryTimer; ///< re-checks rows whose rescan was held back by minRescanMs
    sync::AdviceOptions m_adviceOptions;
    int m_minRescanMs = 5000;
    int m_maxScans = 4;
    int m_scansRunning = 0;
    int m_peakScans = 0;
    qint64 m_scanWindow = 2000;
    quint64 m_generation = 0;
};

} // namespace aitbc::gui
