#pragma once

#include "sync/sync_comparator.h"

namespace aitbc::sync {

/// compareNodes(), and also for a pair in which a node is a ReportedNode (known from its agent's signed
/// status report). Such a pair is compared with what a report holds: both heads and the lag, whether the
/// two blocks at the lower head's height have the same hash (a fork; its first height is not searched,
/// so `forkVerified` is false and `forkHeight` is that height), and the heights each node holds without
/// their transactions (the report's list for the reported node, a scan of the same number of recent
/// blocks for the node reached directly). Holes below the head are not in a report and are not found.
/// Any other list of nodes goes to compareNodes() unchanged.
QFuture<SyncResult> compareAnyNodes(const QList<chain::Node*>& nodes, const CompareOptions& options = {});

} // namespace aitbc::sync
