#pragma once

#include "chain/node.h"
#include "sync/completeness_scan.h"
#include "sync/sync_report.h"
#include "util/result.h"

#include <QFuture>
#include <QList>
#include <QStringList>

namespace aitbc::sync {

/// What to compare and how.
struct CompareOptions {
    qint64 from = 0; ///< lowest height compared
    qint64 to = -1;  ///< highest height compared; -1 means the highest head of all nodes
    /// Blocks per blocks-range request in the completeness scan. Large enough to keep the number of
    /// requests low, small enough that a cancel takes effect quickly and a page never times out.
    int pageSize = 500;
    bool scan = true; ///< false: heads, lag and fork point only (O(log h) requests)
    ScanSettings scanSettings;
    QStringList names; ///< labels for the nodes, parallel to the node list; describe() when missing
};

/// Why a comparison could not be completed.
struct SyncError {
    int node = -1; ///< index of the node that failed, -1 when not node-specific
    chain::NodeError nodeError;
    QString message; ///< shown to the user as is
};

using SyncResult = Result<SyncReport, SyncError>;

/// Compares node 0 with every other node: heads and lag, the fork point by binary search on block hashes
/// (ForkSearch, O(log h) block requests), then, unless options.scan is false, a completeness scan that
/// pages through blocks(from, to, withTransactions = true) on every node (CompletenessScan).
///
/// Must be called on a thread with an event loop; the work is driven by the nodes' futures. The future's
/// progress range is the number of heights to scan and its value the heights scanned so far. Cancel it
/// with QFuture::cancel(): the comparison stops before its next request and the future finishes
/// cancelled, without a result. Nodes must outlive the comparison or it fails with an error.
QFuture<SyncResult> compareNodes(const QList<chain::Node*>& nodes, const CompareOptions& options = {});

} // namespace aitbc::sync
