#pragma once

#include "chain/types.h"
#include "sync/sync_report.h"

namespace aitbc::sync {

/// Rules for what counts as a finding.
struct ScanSettings {
    /// REF proposers make an empty heartbeat block after 60 s idle (observed-node.md "Timing").
    int heartbeatSeconds = 60;
    /// The heartbeat block itself arrives a little after 60 s (60.05 s observed in the real chain.db),
    /// so only gaps beyond heartbeat + tolerance mean the proposer was down.
    int gapToleranceSeconds = 5;
};

/// Accumulates the completeness scan page by page: feed consecutive pages of blocks (one list per node,
/// with transactions) and read the findings at any time. Pure logic over fetched blocks; paging,
/// requests and cancellation are the caller's job (SyncComparator).
class CompletenessScan {
public:
    /// Compares node 0 with every other node over [from, to].
    CompletenessScan(int nodeCount, qint64 from, qint64 to, ScanSettings settings = {});

    /// Adds the blocks of [pageFrom, pageTo] (pages must come in ascending order, without overlap).
    /// Blocks outside the page are ignored; a height absent from a node's list is missing on that node.
    void addPage(qint64 pageFrom, qint64 pageTo, const QList<QList<chain::Block>>& blocksPerNode);

    const QList<NodeFindings>& nodeFindings() const { return m_nodes; }
    /// Pairs (0, i); lag and fork fields are left for the caller to fill.
    const QList<PairFindings>& pairFindings() const { return m_pairs; }
    /// First height where node 0 and node `pairIndex + 1` both have a block and the hashes differ.
    std::optional<qint64> firstHashDifference(int pairIndex) const { return m_firstHashDiff.at(pairIndex); }

private:
    struct Previous {
        qint64 height = -1;
        QString proposer;
        QDateTime timestamp;
    };
    void scanNode(int node, const chain::Block& block);
    void comparePair(int pairIndex, qint64 height, const chain::Block* a, const chain::Block* b);

    qint64 m_from;
    ScanSettings m_settings;
    QList<NodeFindings> m_nodes;
    QList<Previous> m_previous;
    QList<PairFindings> m_pairs;
    QList<std::optional<qint64>> m_firstHashDiff;
};

} // namespace aitbc::sync
