#pragma once

#include "chain/node.h"
#include "chain/node_profile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace aitbc::sync {
class ReportedNode;
}

namespace aitbc::gui {

/// What the dashboard last learned about one node. Plain value, refreshed by NodeRegistry.
struct NodeStatus {
    bool probed = false;    ///< at least one refresh finished
    bool reachable = false; ///< the last head query succeeded
    chain::Protocol protocol = chain::Protocol::Unknown;
    QString healthStatus; ///< `status` of /health ("ok")
    QStringList supportedChains;
    QString proposerId;
    qint64 height = -1;
    QString headHash;
    QDateTime headTime; ///< UTC
    int headTxCount = 0;
    int mempoolSize = -1;         ///< -1: unknown or not supported by the backend
    bool mempoolSupported = true; ///< false for chain.db-only profiles
    QString lastError;            ///< the most recent failure, verbatim from the node layer
    QDateTime lastErrorTime;
    QDateTime lastUpdate;
    /// Blocks seen on this node whose tx_count exceeds the transaction rows it holds (a follower synced
    /// through /rpc/importBlock at REF): balances and messages read from it are wrong.
    qint64 blocksWithoutTransactions = 0;
    qint64 firstHeightWithoutTransactions = -1;
    qint64 transactionsCheckedTo = -1; ///< highest height the check above has looked at
    int failures = 0;                  ///< consecutive failed head polls (drives the backoff)
    /// The node is known from its agent's signed status reports only (sync::ReportedNode): the head and
    /// the missing transactions are the report's, `reportedAt` when the agent made it (invalid: none).
    bool viaAgent = false;
    QDateTime reportedAt;
    bool lacksTransactions() const { return blocksWithoutTransactions > 0; }
};

/// The node profiles of this session and one live chain::Node per profile (Bitcoin Core's ClientModel
/// is the model: the registry polls, views only read). Each node is created with chain::createNode().
///
/// Refreshing never blocks: health, head and mempool are asked through the Node's QFuture API and the
/// answers arrive on the GUI thread as continuations; `statusChanged(row)` follows each one.
///
/// Scale (fifty profiles and more): each node has one head subscription (chain::Node::watchHead, the
/// node's `headChanged` / `unreachable` signals) instead of a timer per pane; health and mempool
/// refreshes go through a queue with at most `maxConcurrentRefreshes()` nodes asked at once; an
/// unreachable node is asked again after a backoff that doubles per failure up to `kMaxBackoffMs`, and
/// at the normal pace once it answers. New blocks are checked for missing transaction rows
/// (NodeStatus::lacksTransactions), a cost proportional to the blocks made since the last check.
///
/// Use from other panes (messaging, sync):
///   - `count()`, `profile(row)`, `node(row)`, `indexOf(name)` list the nodes;
///   - `selectedNode()` / `selectedProfile()` and `selectedChanged()` follow the node chosen in the
///     status bar or the nodes pane (the wallets' balances come from it);
///   - `node(row)` stays valid until `aboutToRemove(row)`; do not keep raw pointers past that.
class NodeRegistry : public QObject {
    Q_OBJECT
public:
    explicit NodeRegistry(QObject* parent = nullptr);
    ~NodeRegistry() override;

    int count() const { return int(m_entries.size()); }
    const chain::NodeProfile& profile(int row) const;
    chain::Node* node(int row) const;
    const NodeStatus& status(int row) const;
    /// Whether the profile is kept only for this session (demo, command line): not saved.
    bool isTransient(int row) const;
    int indexOf(const QString& name) const;
    /// The node of a profile reached only through its agent (no RPC URL, no chain.db), else nullptr.
    sync::ReportedNode* reportedNode(int row) const;
    /// Profiles that are saved in settings (transient ones left out).
    QList<chain::NodeProfile> persistentProfiles() const;

    /// Appends a profile and creates its node. Returns the row, or -1 when the name is taken or empty.
    int addProfile(const chain::NodeProfile& profile, bool transient = false);
    /// Replaces the profile at `row` (the node is recreated). False when the new name is taken.
    bool updateProfile(int row, const chain::NodeProfile& profile);
    void removeProfile(int row);

    /// Selects the node by profile name; an unknown name selects nothing.
    void setSelected(const QString& name);
    QString selectedName() const { return m_selected; }
    int selectedRow() const { return indexOf(m_selected); }
    chain::Node* selectedNode() const;

    /// Refreshes every node now (calls still in flight for a node are not duplicated).
    void refreshAll();
    void refresh(int row);
    /// Periodic refresh; <= 0 stops it.
    void setRefreshInterval(int ms);
    /// True when every node has answered at least once (success or failure).
    bool allProbed() const;

    /// At most this many nodes are being refreshed (health, head, mempool) at once; more wait in a queue.
    void setMaxConcurrentRefreshes(int n);
    int maxConcurrentRefreshes() const { return m_maxConcurrent; }
    /// Nodes being refreshed now, and the most there ever were at once (for tests and benchmarks).
    int activeRefreshes() const { return m_active; }
    int peakActiveRefreshes() const { return m_peakActive; }
    /// Milliseconds until an unreachable node at row `row` is asked again (0: not backing off).
    int backoffMs(int row) const;
    static constexpr int kMaxBackoffMs = 60'000;

signals:
    void aboutToInsert(int row);
    void inserted(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void profileChanged(int row);
    void statusChanged(int row);
    void selectedChanged(const QString& name);
    /// The selected node reported a different head (height or hash): balances may have changed.
    void selectedHeadChanged();

private:
    struct Entry;
    Entry* entryById(quint64 id) const;
    int rowOf(const Entry* entry) const;
    void finishCall(Entry* entry);
    void startRefresh(Entry* entry, bool withHead);
    void pump();
    void subscribe(Entry* entry);
    void onHead(quint64 id, const chain::BlockHeader& head);
    void onHeadFailed(quint64 id, const chain::NodeError& error);
    void checkTransactions(Entry* entry);
    static void takeReport(NodeStatus& status, const sync::ReportedNode& node);
    void scheduleRetry(Entry* entry);
    void tick();

    std::vector<std::unique_ptr<Entry>> m_entries;
    QString m_selected;
    QTimer m_timer;
    quint64 m_nextId = 1;
    int m_intervalMs = 0;
    int m_maxConcurrent = 8;
    int m_active = 0;
    int m_peakActive = 0;
    QList<std::pair<quint64, bool>> m_queue; ///< entry id, with head
};

} // namespace aitbc::gui
