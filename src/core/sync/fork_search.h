#pragma once

#include <QtGlobal>

#include <optional>

namespace aitbc::sync {

/// Finds the first height at which two chains hold different block hashes, as a step machine that the
/// caller feeds: ask nextProbe(), compare both nodes' hashes there, report it with feed(). Pure logic,
/// so the async comparator, the benchmark and the tests drive the same code.
///
/// It relies on the chain property that once two chains diverge they never agree again (every block
/// hash covers its parent's hash, protocol.md §7.4), which makes "hashes differ at h" monotonic in h.
/// Following §7.3 the first probe is the highest common height: if the hashes agree there, the nodes
/// agree everywhere below and one probe suffices. Otherwise a binary search over [low, high) needs
/// about log2(high - low) further probes.
class ForkSearch {
public:
    /// Searches [low, high]; an empty range (high < low) is done at once with no fork.
    ForkSearch(qint64 low, qint64 high);

    bool done() const { return m_done; }
    /// Height to compare next; only valid while !done().
    qint64 nextProbe() const { return m_probe; }
    /// Reports whether the two hashes at nextProbe() are equal.
    void feed(bool hashesEqual);

    /// First height whose hashes differ, or nullopt when every height in the range agrees.
    std::optional<qint64> firstDifferent() const { return m_firstDifferent; }
    /// Number of heights compared so far (each costs one block request per node).
    int probes() const { return m_probes; }

private:
    void plan();

    qint64 m_low;  ///< every height below m_low is known equal
    qint64 m_high; ///< m_high is known different (or one past the range)
    qint64 m_probe = -1;
    bool m_topChecked = false;
    bool m_done = false;
    int m_probes = 0;
    std::optional<qint64> m_firstDifferent;
};

} // namespace aitbc::sync
