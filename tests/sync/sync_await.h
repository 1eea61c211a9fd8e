#pragma once
// Waits for a comparison while the event loop runs (the comparator is driven by the nodes' futures).

#include "sync/sync_comparator.h"
#include "test_future.h"

namespace aitbc::test {

inline sync::SyncResult compareAndWait(const QList<chain::Node*>& nodes,
                                       const sync::CompareOptions& options = {}) {
    return waitFor(sync::compareNodes(nodes, options));
}

} // namespace aitbc::test
