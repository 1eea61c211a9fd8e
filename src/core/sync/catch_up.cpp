#include "sync/catch_up.h"

#include <cmath>

namespace aitbc::sync {

CatchUpEstimator::CatchUpEstimator(qint64 windowMs, int maxSamples)
    : m_windowMs(std::max<qint64>(1, windowMs))
    , m_maxSamples(std::max(2, maxSamples)) {}

void CatchUpEstimator::addSample(qint64 msecs, qint64 heightA, qint64 heightB) {
    if (!m_samples.isEmpty() && msecs < m_samples.constLast().msecs)
        return;
    m_samples.append({msecs, heightA, heightB});
    while (m_samples.size() > m_maxSamples ||
           (m_samples.size() > 2 && msecs - m_samples.constFirst().msecs > m_windowMs))
        m_samples.removeFirst();
}

qint64 CatchUpEstimator::lag() const {
    return m_samples.isEmpty() ? 0 : m_samples.constLast().a - m_samples.constLast().b;
}

std::optional<double> CatchUpEstimator::behindRate() const {
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample& first = m_samples.constFirst();
    const Sample& last = m_samples.constLast();
    const qint64 ms = last.msecs - first.msecs;
    if (ms <= 0)
        return std::nullopt;
    const bool bBehind = last.a >= last.b;
    const qint64 gained = bBehind ? last.b - first.b : last.a - first.a;
    return std::max(0.0, gained * 1000.0 / ms);
}

std::optional<double> CatchUpEstimator::closingRate() const {
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample& first = m_samples.constFirst();
    const Sample& last = m_samples.constLast();
    const qint64 ms = last.msecs - first.msecs;
    if (ms <= 0)
        return std::nullopt;
    // Measure the absolute gap so the estimate works whichever node is behind.
    const qint64 closed = std::abs(first.a - first.b) - std::abs(last.a - last.b);
    if (closed <= 0)
        return std::nullopt;
    return closed * 1000.0 / ms;
}

std::optional<qint64> CatchUpEstimator::etaSeconds() const {
    if (m_samples.isEmpty())
        return std::nullopt;
    const qint64 gap = std::abs(lag());
    if (gap == 0)
        return 0;
    const std::optional<double> rate = closingRate();
    if (!rate || *rate <= 0)
        return std::nullopt;
    return static_cast<qint64>(std::ceil(gap / *rate));
}

} // namespace aitbc::sync
