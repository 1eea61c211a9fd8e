#include "sync/fork_search.h"

namespace aitbc::sync {

ForkSearch::ForkSearch(qint64 low, qint64 high)
    : m_low(low)
    , m_high(high) {
    if (high < low) {
        m_done = true;
        return;
    }
    m_probe = high; // §7.3: compare at min(heights) first
}

void ForkSearch::feed(bool hashesEqual) {
    if (m_done)
        return;
    ++m_probes;
    if (!m_topChecked) {
        m_topChecked = true;
        if (hashesEqual) {
            m_done = true;
            return;
        }
        // m_high is now known different; search [m_low, m_high).
    } else if (hashesEqual) {
        m_low = m_probe + 1;
    } else {
        m_high = m_probe;
    }
    plan();
}

void ForkSearch::plan() {
    if (m_low >= m_high) {
        m_done = true;
        m_firstDifferent = m_high;
        return;
    }
    m_probe = m_low + (m_high - m_low) / 2;
}

} // namespace aitbc::sync
