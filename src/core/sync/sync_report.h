#pragma once

#include "sync/block_state.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace aitbc::sync {

/// One compared node as the comparison saw it at the start.
struct NodeStatus {
    QString name;       ///< short label chosen by the caller ("leader", the URL, the file name)
    qint64 height = -1; ///< head height; -1 when the node has no blocks
    QString hash;       ///< head hash
    bool reachable = true;
    QString error; ///< why the head could not be read
};

/// An idle stretch: block `height` came `seconds` after block `height - 1`.
struct TimestampGap {
    qint64 height = 0;
    double seconds = 0;
};

/// What the completeness scan found on one node alone, within the scanned range.
struct NodeFindings {
    /// Heights whose block says it holds more transactions than this node has rows for (§7.1, observed:
    /// followers synced through /rpc/importBlock keep tx_count but store no transaction rows).
    QList<qint64> missingTxHeights;
    qint64 missingTxTotal = 0; ///< sum over those heights of (tx_count - rows)
    /// Heights whose proposer differs from the previous block's (the genesis block's "genesis" excluded).
    QList<qint64> proposerChanges;
    /// Gaps longer than the heartbeat interval: the proposer was down (§7.3).
    QList<TimestampGap> timestampGaps;
    qint64 blocksScanned = 0;
};

/// What the comparison found between node `a` (the reference) and node `b`.
struct PairFindings {
    int a = 0;
    int b = 1;
    qint64 lag = 0; ///< height(a) - height(b)
    /// First height whose hashes differ, found by ForkSearch (and lowered if the scan saw an earlier one).
    std::optional<qint64> forkHeight;
    /// False when the fork point failed the parent-linkage check or the scan contradicted the search:
    /// the "once diverged, always diverged" assumption does not hold for this data.
    bool forkVerified = true;
    int forkProbes = 0;
    /// Heights one node has and the other lacks, including everything above the shorter chain's head.
    QList<qint64> missingBlockHeights;
    /// Heights with equal hashes but different state roots. At REF these are expected (§7.3: the root
    /// lags one block and header-only followers cannot reproduce it), so they are reported, not counted.
    QList<qint64> stateRootDiffHeights;
    bool stateRootDiffsExpected = true;
    std::optional<qint64> firstProposerSplit; ///< first common height with different proposers
    /// One BlockState per height from statesFrom; heights beyond it are NotScanned.
    qint64 statesFrom = 0;
    QByteArray states;
    std::array<qint64, 5> stateCounts{}; ///< indexed by BlockState

    BlockState stateAt(qint64 height) const {
        const qint64 i = height - statesFrom;
        return i >= 0 && i < states.size() ? static_cast<BlockState>(states.at(i)) : BlockState::NotScanned;
    }
};

/// The full result of comparing two or more nodes; pairs compare node 0 with each other node.
struct SyncReport {
    QList<NodeStatus> nodes;
    QList<NodeFindings> findings; ///< parallel to nodes
    QList<PairFindings> pairs;
    qint64 scanFrom = 0;
    qint64 scanTo = -1;
    bool scanned = false;  ///< the completeness scan ran over [scanFrom, scanTo]
    int blockRequests = 0; ///< block(h) calls made by the fork searches

    /// Heights at which any node holds fewer transactions than its block counts, ascending, no repeats.
    QList<qint64> missingTxHeights() const;
};

} // namespace aitbc::sync
