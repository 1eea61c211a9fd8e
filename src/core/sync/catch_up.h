#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace aitbc::sync {

/// Estimates how fast a lagging node closes the gap to another, from a rolling window of head samples
/// (the approach of Bitcoin Core's modaloverlay: progress between the oldest and newest sample of a
/// window, never from the last two samples alone, so one slow poll does not swing the estimate).
///
/// Guarantees: rates are only given when the window spans time (no division by zero); the time to
/// catch up is never negative, 0 when nothing lags, and unknown (nullopt) when the gap is not closing.
class CatchUpEstimator {
public:
    /// Samples older than `windowMs` before the newest are dropped; at most `maxSamples` are kept.
    explicit CatchUpEstimator(qint64 windowMs = 60'000, int maxSamples = 240);

    /// Adds the two heads seen at `msecs` (any monotonic or epoch clock in milliseconds). A sample older
    /// than the newest one is ignored.
    void addSample(qint64 msecs, qint64 heightA, qint64 heightB);
    void clear() { m_samples.clear(); }
    int sampleCount() const { return m_samples.size(); }

    /// heightA - heightB at the newest sample (0 with no samples).
    qint64 lag() const;
    /// Blocks per second gained by the node that is behind at the newest sample, over the window.
    std::optional<double> behindRate() const;
    /// Blocks per second by which the gap shrinks over the window; nullopt if it does not shrink.
    std::optional<double> closingRate() const;
    /// Seconds until the lagging node reaches the other at the current closing rate; 0 when in step,
    /// nullopt ("unknown") when there is no progress.
    std::optional<qint64> etaSeconds() const;

private:
    struct Sample {
        qint64 msecs;
        qint64 a;
        qint64 b;
    };
    qint64 m_windowMs;
    int m_maxSamples;
    QList<Sample> m_samples;
};

} // namespace aitbc::sync
