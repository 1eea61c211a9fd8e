#include "chain/head_watcher.h"

#include "util/when_finished.h"

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
    util::whenFinished(this, m_fetch(), [this](std::optional<NodeResult<BlockHeader>> answer) {
        m_inFlight = false;
        if (!answer) {
            m_known = false; // a fetch that ended without an answer: ask again at the next tick
            return;
        }
        const NodeResult<BlockHeader>& result = *answer;
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
