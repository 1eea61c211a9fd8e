#pragma once

#include "chain/node.h"
#include "sync/catch_up.h"
#include "sync/reported_compare.h"
#include "sync/sync_advice.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace aitbc::gui {

/// Head heights over time per node name, in a ring buffer per node (the chart's data). Series are kept
/// by name, so choosing another pair and back shows a node's whole history, not just what was polled
/// since the last choice; `setNodes` only says which series are shown and in which order.
class HeightHistory {
public:
    struct Sample {
        qint64 msecs = 0;
        qint64 height = -1;
    };
    explicit HeightHistory(int capacity = 7200)
        : m_capacity(capacity) {}
    /// Shows the series of `names` (index = node), keeping every series recorded so far.
    void setNodes(const QStringList& names);
    void add(int node, qint64 msecs, qint64 height);
    int nodeCount() const { return int(m_names.size()); }
    QStringList names() const { return m_names; }
    /// Samples of `node`, oldest first.
    const QList<Sample>& samples(int node) const;
    /// Time and height bounds over the shown nodes; false when there is no sample.
    bool bounds(qint64& t0, qint64& t1, qint64& hMin, qint64& hMax) const;

private:
    /// Series of names no longer shown are dropped beyond this many (a long session of renamed
    /// profiles must not grow without bound).
    static constexpr int kMaxSeries = 256;
    int m_capacity;
    QStringList m_names;
    QHash<QString, QList<Sample>> m_series;
};

/// One node's side of a block shown in the side-by-side view.
struct BlockSide {
    bool present = false;
    chain::Block block; ///< with transactions, when present
    QString error;      ///< why it could not be read (empty when simply absent)
};

/// The sync pane's model (no widgets, no dialogs): polls the heads of the compared nodes, keeps their
/// height history and a catch-up estimate per pair, runs sync::compareNodes when heads move, and fetches
/// block pairs for tooltips and the side-by-side view. Every node call is asynchronous; results arrive
/// on the GUI thread as signals.
///
/// Rescans are full comparisons, throttled so that a long chain is not rescanned more often than every
/// ten times the duration of the last scan (and never more than every `minRescanMs`).
class SyncModel : public QObject {
    Q_OBJECT
public:
    explicit SyncModel(QObject* parent = nullptr);
    ~SyncModel() override;

    /// Compares node 0 with each other node. Nodes are not owned; a node that is destroyed ends the
    /// comparison with an error. Resets estimates and report; the height history is kept per name.
    void setNodes(const QList<chain::Node*>& nodes, const QStringList& names);
    QStringList names() const { return m_names; }
    int pairCount() const { return std::max(0, int(m_nodes.size()) - 1); }

    /// Polls heads every `ms` (<= 0 stops). Each poll adds a history sample and may start a rescan.
    void setPollInterval(int ms);
    /// Takes heads from the nodes' own subscriptions (Node::headChanged, started by NodeRegistry)
    /// instead of a timer of its own: one head poll per node however many panes watch it. Heads are
    /// asked once when the nodes are set, then only changes arrive.
    void setFollowHeads(bool follow) { m_followHeads = follow; }
    void setMinRescanMs(int ms) { m_minRescanMs = ms; }
    void setCompareOptions(const sync::CompareOptions& options) { m_options = options; }
    /// Polls every head once now.
    void pollHeads();
    /// Records heads seen at `msecs` (what a poll does; public so views can be shown with known data).
    void recordHeads(qint64 msecs, const QList<qint64>& heights);

    /// Starts a comparison now unless one is running.
    void rescan();
    void cancel();
    bool isScanning() const { return m_scanning; }

    const sync::SyncReport* report() const { return m_report ? &*m_report : nullptr; }
    /// The report in the comparator's technical words (also what the CLI prints).
    QString summary() const;
    /// The findings for an operator, with the live heads of the last poll and lag hysteresis applied:
    /// a lag within `AdviceOptions::transientLagBlocks` is normal propagation, not a finding.
    QList<sync::Advice> advice() const;
    /// One line: the most severe finding or that the nodes are in step. Stable across polls while the
    /// findings are (a one-block lag coming and going does not change it).
    QString headline() const;
    void setAdviceOptions(const sync::AdviceOptions& options);
    const HeightHistory& history() const { return m_history; }
    const sync::CatchUpEstimator& catchUp(int pair) const { return *m_catchUp.at(pair); }

    /// Fetches both nodes' block at `height` (with transactions); answers with blockPairReady.
    void requestBlockPair(int pair, qint64 height);

signals:
    void headsSampled();
    void scanStarted();
    void scanProgress(int value, int maximum);
    void reportChanged();
    /// The comparison failed (a node unreachable or gone): the report of the last successful one stays.
    void scanFailed(const QString& message);
    void blockPairReady(int pair, qint64 height, const aitbc::gui::BlockSide& a,
                        const aitbc::gui::BlockSide& b);

private:
    void maybeRescan();

    QList<QPointer<chain::Node>> m_nodes;
    QStringList m_names;
    HeightHistory m_history;
    std::vector<std::unique_ptr<sync::CatchUpEstimator>> m_catchUp;
    std::vector<sync::LagHysteresis> m_lagging; ///< per pair
    sync::AdviceOptions m_adviceOptions;
    QList<qint64> m_lastHeads;
    QList<qint64> m_headsAtScan;
    std::optional<sync::SyncReport> m_report;
    sync::CompareOptions m_options;
    QTimer m_pollTimer;
    QFutureWatcher<sync::SyncResult> m_scanWatcher;
    bool m_scanning = false;
    QElapsedTimer m_sinceScan;
    qint64 m_lastScanMs = 0;
    int m_minRescanMs = 5000;
    int m_pollsInFlight = 0;
    bool m_followHeads = false;
    quint64 m_generation = 0; ///< bumped by setNodes so late answers for old nodes are dropped
};

} // namespace aitbc::gui

Q_DECLARE_METATYPE(aitbc::gui::BlockSide)
