#pragma once

#include "chain/node.h"

#include <QList>
#include <QString>

#include <functional>

namespace aitbc::sync {

/// One node's view of itself, as an agent reports it: its head, mempool, protocol, and the heights of
/// its most recent blocks that hold fewer transaction rows than their tx_count (CompletenessScan).
struct NodeView {
    QString chainId;
    chain::BlockHeader head; ///< height -1 when the node has no blocks or could not be read
    QString error;           ///< why the head could not be read; empty when it was
    qint64 mempoolSize = -1; ///< -1: unknown
    chain::Protocol protocol = chain::Protocol::Unknown;
    QList<qint64> missingTxHeights;
    qint64 scannedFrom = -1; ///< -1: nothing scanned
    qint64 scannedTo = -1;
};

/// Blocks fetched per request while scanning.
inline constexpr int kNodeViewPageSize = 100;

/// Reads `node`'s view; the completeness scan covers the last `window` blocks (bounded work whatever the
/// chain's length: at most window / kNodeViewPageSize block requests). Calls `done` exactly once on
/// `context`'s thread, never after `context` is destroyed.
void readNodeView(chain::Node* node, QObject* context, int window, std::function<void(NodeView)> done);

} // namespace aitbc::sync
