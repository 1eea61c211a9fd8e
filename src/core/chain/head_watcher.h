#pragma once

#include "chain/node.h"

#include <QTimer>

#include <functional>

namespace aitbc::chain {

/// Polls a node's head on the thread of `node` and re-emits the result through the node's
/// `headChanged` / `unreachable` signals. At REF WebSockets are silent (protocol.md §10.20): polling is
/// the only reliable subscription. One poll at a time; a slow node never piles up requests.
class HeadWatcher : public QObject {
    Q_OBJECT
public:
    using Fetch = std::function<QFuture<NodeResult<BlockHeader>>()>;
    HeadWatcher(Node* node, Fetch fetch);

    /// Starts (intervalMs > 0, first poll at once) or stops (intervalMs <= 0) polling.
    void setInterval(int intervalMs);

private:
    void poll();

    Node* m_node;
    Fetch m_fetch;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_known = false;
    BlockHeader m_last;
};

} // namespace aitbc::chain
