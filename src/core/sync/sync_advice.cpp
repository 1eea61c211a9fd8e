#include "sync/sync_advice.h"

#include <QCoreApplication>

namespace aitbc::sync {

namespace {

/// The translation context of the advice phrases (a class, so lupdate files the strings under it).
struct AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};

QString blocks(qint64 n) {
    return n == 1 ? AdviceText::tr("1 block") : AdviceText::tr("%1 blocks").arg(n);
}

/// Heights missing on `pair.b` below its own head: holes, not lag.
qint64 holesOn(const SyncReport& report, const PairFindings& pair) {
    const qint64 shorter = std::min(report.nodes.at(pair.a).height, report.nodes.at(pair.b).height);
    qint64 n = 0;
    for (qint64 h : pair.missingBlockHeights)
        n += h <= shorter ? 1 : 0;
    return n;
}

using Kind = Advice::Kind;

} // namespace

bool LagHysteresis::add(qint64 lag) {
    const bool above = std::abs(lag) > m_threshold;
    if (above)
        m_lastLarge = lag;
    if (above == m_lagging) {
        m_streak = 0;
        return m_lagging;
    }
    if (++m_streak >= m_polls) {
        m_lagging = above;
        m_streak = 0;
    }
    return m_lagging;
}

QList<Advice> adviseOn(const SyncReport& report, const QList<bool>& laggingPairs,
                       const AdviceOptions& options) {
    QList<Advice> out;
    const auto name = [&](int n) { return report.nodes.value(n).name; };
    for (int n = 0; n < report.nodes.size(); ++n) {
        if (report.nodes.at(n).reachable)
            continue;
        out.append({Kind::Unreachable, n, AdviceText::tr("%1 does not answer").arg(name(n)),
                    AdviceText::tr("Nothing can be read from or sent through %1.").arg(name(n)),
                    AdviceText::tr("Check that %1 is running and that its address is right (Nodes pane, "
                                   "Test connection).")
                        .arg(name(n))});
    }
    for (const PairFindings& pair : report.pairs) {
        if (!pair.forkHeight)
            continue;
        out.append({Kind::Fork, pair.b,
                    AdviceText::tr("%1 is on another chain than %2 from height %3")
                        .arg(name(pair.b), name(pair.a))
                        .arg(*pair.forkHeight),
                    AdviceText::tr("Blocks, balances and messages on %1 from height %2 on are not the ones "
                                   "%3 has; transactions sent through it may never reach %3.")
                        .arg(name(pair.b))
                        .arg(*pair.forkHeight)
                        .arg(name(pair.a)),
                    AdviceText::tr("Stop using %1; resync it from %2 (delete its chain data and let it "
                                   "import again).")
                        .arg(name(pair.b), name(pair.a))});
    }
    for (const PairFindings& pair : report.pairs) {
        const qint64 holes = holesOn(report, pair);
        if (holes == 0 || pair.forkHeight)
            continue;
        out.append({Kind::MissingBlocks, pair.b,
                    AdviceText::tr("%1 lacks %2 below its head").arg(name(pair.b), blocks(holes)),
                    AdviceText::tr("History read from %1 has gaps: messages and transfers in those blocks "
                                   "are missing.")
                        .arg(name(pair.b)),
                    AdviceText::tr("Read from %1; resync %2.").arg(name(pair.a), name(pair.b))});
    }
    for (int n = 0; n < report.findings.size(); ++n) {
        const NodeFindings& f = report.findings.at(n);
        if (f.missingTxHeights.isEmpty())
            continue;
        const QString leader = name(0);
        out.append(
            {Kind::MissingTransactions, n,
             AdviceText::tr("%1 holds %2 without their transactions")
                 .arg(name(n), blocks(f.missingTxHeights.size())),
             AdviceText::tr("Balances and messages read from %1 are wrong: it has the blocks but not "
                            "the transactions in them.")
                 .arg(name(n)),
             n == 0 ? AdviceText::tr("Read from a node that holds the transactions; resync %1.").arg(name(n))
                    : AdviceText::tr("Read balances and messages from %1; resync %2 with transactions "
                                     "if it must answer reads.")
                          .arg(leader, name(n))});
    }
    for (int p = 0; p < report.pairs.size(); ++p) {
        const PairFindings& pair = report.pairs.at(p);
        if (pair.forkHeight)
            continue;
        const bool lagging =
            p < laggingPairs.size() ? laggingPairs.at(p) : std::abs(pair.lag) > options.transientLagBlocks;
        if (!lagging || pair.lag == 0)
            continue;
        const int behind = pair.lag > 0 ? pair.b : pair.a;
        const int ahead = pair.lag > 0 ? pair.a : pair.b;
        out.append(
            {Kind::Lagging, behind,
             AdviceText::tr("%1 is %2 behind %3").arg(name(behind), blocks(std::abs(pair.lag)), name(ahead)),
             AdviceText::tr("Recent transactions and messages are not on %1 yet; its balances are "
                            "out of date.")
                 .arg(name(behind)),
             AdviceText::tr("Read from %1 until %2 catches up; if the gap keeps growing, restart "
                            "%2.")
                 .arg(name(ahead), name(behind))});
    }
    return out;
}

QString headlineOf(const SyncReport& report, const QList<Advice>& advice) {
    if (report.nodes.isEmpty())
        return {};
    if (advice.isEmpty()) {
        return report.nodes.size() == 2 ? AdviceText::tr("In step: %1 keeps up with %2.")
                                              .arg(report.nodes.at(1).name, report.nodes.at(0).name)
                                        : AdviceText::tr("In step: all %1 nodes keep up with %2.")
                                              .arg(report.nodes.size() - 1)
                                              .arg(report.nodes.at(0).name);
    }
    const QString first = advice.constFirst().headline;
    return advice.size() == 1
               ? AdviceText::tr("Problem: %1.").arg(first)
               : AdviceText::tr("Problem: %1 (and %2 more).").arg(first).arg(advice.size() - 1);
}

} // namespace aitbc::sync
