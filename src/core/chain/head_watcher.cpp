#include "chain/head_watcher.h"

namespace aitbc::chain {

HeadWatcher::HeadWatcher(Node* node, Fetch fetch)
    : QObject(node)
    , m_node(node)
    , m_fetch(std::move(fetch)) {
    connect(&m_timer, &QTimer::timeout, this, &HeadWatcher::poll);
}

void HeadWatcher::setInterval(int intervalMs) {
    if (intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(intervalMs);
    poll();
}

void HeadWatcher::poll() {
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_fetch().then(this, [this](const NodeResult<BlockHeader>& result) {
        m_inFlight = false;
        if (!result.ok()) {
            m_known = false; // report the next successful head even if unchanged
            emit m_node->unreachable(result.error());
            return;
        }
        const BlockHeader& h = result.value();
        if (!m_known || h.height != m_last.height || h.hash != m_last.hash) {
            m_known = true;
            m_last = h;
            emit m_node->headChanged(h);
        }
    });
}

} // namespace aitbc::chain
