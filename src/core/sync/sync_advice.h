#pragma once

#include "sync/catch_up.h"
#include "sync/sync_report.h"

#include <QList>
#include <QString>

namespace aitbc::sync {

/// A finding put the way an operator acts on it: what is wrong, what it breaks, what to do.
struct Advice {
    enum class Kind { Unreachable, Fork, MissingBlocks, MissingTransactions, Lagging };
    Kind kind = Kind::Lagging;
    int node = 0;     ///< index into the report's nodes: the node the finding is about
    QString headline; ///< "follower holds 20 blocks without their transactions"
    QString breaks;   ///< "Balances and messages read from follower are wrong."
    QString action;   ///< "Read from leader; resync follower."
};

/// Thresholds that keep normal propagation out of the findings.
struct AdviceOptions {
    /// A node this many blocks behind (or fewer) is in step: one block in flight is how every follower
    /// looks between two imports.
    qint64 transientLagBlocks = 2;
};

/// Most severe first, in the order a user should deal with them (a fork before holes before missing
/// transactions before lag). `laggingPairs` says which pairs (index into report.pairs) count as lagging
/// (LagHysteresis decides; pass an empty list to use the report's lag against options alone).
QList<Advice> adviseOn(const SyncReport& report, const QList<bool>& laggingPairs = {},
                       const AdviceOptions& options = {});

/// One line for the top of the pane: the most severe finding, or that all nodes are in step.
QString headlineOf(const SyncReport& report, const QList<Advice>& advice);

/// Decides per poll whether a node counts as lagging, with hysteresis so that a lag oscillating
/// around the threshold does not flip the verdict every poll: a node becomes lagging only after its
/// lag stayed above `transientLagBlocks` for `polls` consecutive samples, and is in step again only
/// after `polls` consecutive samples at or below it.
class LagHysteresis {
public:
    explicit LagHysteresis(qint64 transientLagBlocks = 2, int polls = 3)
        : m_threshold(transientLagBlocks)
        , m_polls(std::max(1, polls)) {}
    /// Feeds one sample; returns whether the node counts as lagging now.
    bool add(qint64 lag);
    bool lagging() const { return m_lagging; }
    /// The most recent lag above the threshold (what a lagging node is reported with while single
    /// polls show it close: the verdict holds until the hysteresis clears it).
    qint64 lastLargeLag() const { return m_lastLarge; }
    void reset() { m_lagging = false, m_streak = 0, m_lastLarge = 0; }

private:
    qint64 m_threshold;
    int m_polls;
    bool m_lagging = false;
    int m_streak = 0; ///< consecutive samples that disagree with m_lagging
    qint64 m_lastLarge = 0;
};

} // namespace aitbc::sync
