#include "sync/sync_summary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace aitbc::sync {

namespace {

/// The translation context of the summary's phrases. A class, not a free Summary::tr() helper, so that
/// lupdate files the strings under the same context the lookup uses ("aitbc::sync::Summary").
struct Summary {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};

QString blocks(qint64 n) {
    return n == 1 ? Summary::tr("1 block") : Summary::tr("%1 blocks").arg(n);
}

QString rateText(double perSecond) {
    // One decimal below 10 blocks/s keeps "0.1 block/s" (a 10 s block time) readable.
    const double rounded = perSecond < 10 ? std::round(perSecond * 10) / 10 : std::round(perSecond);
    return Summary::tr("%1 block/s").arg(rounded);
}

QString durationText(qint64 seconds) {
    if (seconds < 120)
        return Summary::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return Summary::tr("%1 min").arg((seconds + 30) / 60);
    return Summary::tr("%1 h").arg((seconds + 1800) / 3600);
}

/// Heights missing below the shorter head: holes, not just lag.
qint64 holes(const SyncReport& report, const PairFindings& pair) {
    const qint64 shorter = std::min(report.nodes.at(pair.a).height, report.nodes.at(pair.b).height);
    qint64 n = 0;
    for (qint64 h : pair.missingBlockHeights)
        n += h <= shorter ? 1 : 0;
    return n;
}

QString lagClause(const SyncReport& report, const PairFindings& pair, const CatchUpEstimator* estimator) {
    const QString& a = report.nodes.at(pair.a).name;
    const QString& b = report.nodes.at(pair.b).name;
    if (pair.lag == 0)
        return Summary::tr("%1 and %2 at the same height").arg(a, b);
    QString text = pair.lag > 0 ? Summary::tr("%1 %2 behind %3").arg(b, blocks(pair.lag), a)
                                : Summary::tr("%1 %2 behind %3").arg(a, blocks(-pair.lag), b);
    if (!estimator || estimator->sampleCount() < 2)
        return text;
    const std::optional<double> rate = estimator->behindRate();
    const std::optional<qint64> eta = estimator->etaSeconds();
    if (eta && rate && *rate > 0)
        text += Summary::tr(", catching up at %1 (about %2 left)").arg(rateText(*rate), durationText(*eta));
    else if (rate && *rate > 0)
        text += Summary::tr(", importing at %1 but not closing the gap").arg(rateText(*rate));
    else
        text += Summary::tr(", not catching up");
    return text;
}

QJsonArray heightsJson(const QList<qint64>& heights) {
    QJsonArray array;
    for (qint64 h : heights)
        array.append(h);
    return array;
}

QJsonValue optionalHeight(const std::optional<qint64>& h) {
    return h ? QJsonValue(*h) : QJsonValue();
}

QJsonObject pairJson(const SyncReport& report, const PairFindings& pair) {
    QJsonObject o;
    o.insert(QStringLiteral("a"), report.nodes.at(pair.a).name);
    o.insert(QStringLiteral("b"), report.nodes.at(pair.b).name);
    o.insert(QStringLiteral("lag"), pair.lag);
    o.insert(QStringLiteral("fork_height"), optionalHeight(pair.forkHeight));
    o.insert(QStringLiteral("fork_verified"), pair.forkVerified);
    o.insert(QStringLiteral("fork_probes"), pair.forkProbes);
    o.insert(QStringLiteral("missing_block_heights"), heightsJson(pair.missingBlockHeights));
    o.insert(QStringLiteral("first_proposer_split"), optionalHeight(pair.firstProposerSplit));
    QJsonObject roots;
    roots.insert(QStringLiteral("heights"), heightsJson(pair.stateRootDiffHeights));
    roots.insert(QStringLiteral("expected"), pair.stateRootDiffsExpected);
    o.insert(QStringLiteral("state_root_differences"), roots);
    QJsonObject counts;
    for (int s = 0; s < int(pair.stateCounts.size()); ++s)
        counts.insert(blockStateName(static_cast<BlockState>(s)), pair.stateCounts.at(s));
    o.insert(QStringLiteral("state_counts"), counts);
    return o;
}

} // namespace

Verdict verdictOf(const SyncReport& report) {
    Verdict v = Verdict::InSync;
    for (const PairFindings& pair : report.pairs) {
        if (pair.forkHeight)
            return Verdict::Forked;
        if (holes(report, pair) > 0)
            v = std::min(v, Verdict::MissingBlocks);
        if (pair.lag != 0)
            v = std::min(v, Verdict::Behind);
    }
    if (!report.missingTxHeights().isEmpty())
        v = std::min(v, Verdict::MissingTransactions);
    return v;
}

QString verdictCode(Verdict verdict) {
    switch (verdict) {
    case Verdict::Forked:
        return QStringLiteral("forked");
    case Verdict::MissingBlocks:
        return QStringLiteral("missing_blocks");
    case Verdict::MissingTransactions:
        return QStringLiteral("missing_transactions");
    case Verdict::Behind:
        return QStringLiteral("behind");
    case Verdict::InSync:
        return QStringLiteral("in_sync");
    }
    return {};
}

QString summarize(const SyncReport& report, const QList<const CatchUpEstimator*>& catchUp) {
    QStringList clauses;
    for (int p = 0; p < report.pairs.size(); ++p)
        clauses << lagClause(report, report.pairs.at(p), p < catchUp.size() ? catchUp.at(p) : nullptr);
    for (int n = 0; n < report.findings.size(); ++n) {
        const NodeFindings& f = report.findings.at(n);
        if (f.missingTxHeights.isEmpty())
            continue;
        clauses << Summary::tr("%1 on %2 since height %3 imported without their transactions")
                       .arg(blocks(f.missingTxHeights.size()), report.nodes.at(n).name)
                       .arg(f.missingTxHeights.constFirst());
    }
    for (const PairFindings& pair : report.pairs) {
        const qint64 holeCount = holes(report, pair);
        if (holeCount > 0)
            clauses << Summary::tr("%1 missing below the shorter head (%2 vs %3)")
                           .arg(blocks(holeCount), report.nodes.at(pair.a).name,
                                report.nodes.at(pair.b).name);
    }
    bool anyFork = false;
    for (const PairFindings& pair : report.pairs) {
        if (!pair.forkHeight)
            continue;
        anyFork = true;
        QString clause = Summary::tr("fork at height %1 between %2 and %3")
                             .arg(QString::number(*pair.forkHeight), report.nodes.at(pair.a).name,
                                  report.nodes.at(pair.b).name);
        if (!pair.forkVerified)
            clause += Summary::tr(" (the chains do not link cleanly there)");
        clauses << clause;
    }
    if (!anyFork && !report.pairs.isEmpty())
        clauses << Summary::tr("no fork");
    for (int n = 0; n < report.findings.size(); ++n) {
        const NodeFindings& f = report.findings.at(n);
        if (!f.timestampGaps.isEmpty())
            clauses << Summary::tr("%1 idle longer than the heartbeat %2 (first before height %3)")
                           .arg(report.nodes.at(n).name,
                                f.timestampGaps.size() == 1
                                    ? Summary::tr("once")
                                    : Summary::tr("%1 times").arg(f.timestampGaps.size()))
                           .arg(f.timestampGaps.constFirst().height);
    }
    for (const PairFindings& pair : report.pairs) {
        if (!pair.stateRootDiffHeights.isEmpty())
            clauses << Summary::tr("%1 with different state roots (expected at REF)")
                           .arg(blocks(pair.stateRootDiffHeights.size()));
    }
    return clauses.join(QStringLiteral("; "));
}

QJsonObject reportToJson(const SyncReport& report) {
    QJsonObject o;
    QJsonArray nodes;
    for (int n = 0; n < report.nodes.size(); ++n) {
        const NodeStatus& s = report.nodes.at(n);
        QJsonObject node;
        node.insert(QStringLiteral("name"), s.name);
        node.insert(QStringLiteral("height"), s.height);
        node.insert(QStringLiteral("hash"), s.hash.isEmpty() ? QJsonValue() : QJsonValue(s.hash));
        if (n < report.findings.size()) {
            const NodeFindings& f = report.findings.at(n);
            node.insert(QStringLiteral("missing_tx_heights"), heightsJson(f.missingTxHeights));
            node.insert(QStringLiteral("missing_tx_total"), f.missingTxTotal);
            node.insert(QStringLiteral("proposer_changes"), heightsJson(f.proposerChanges));
            QJsonArray gaps;
            for (const TimestampGap& g : f.timestampGaps)
                gaps.append(QJsonObject{{QStringLiteral("height"), g.height},
                                        {QStringLiteral("seconds"), g.seconds}});
            node.insert(QStringLiteral("timestamp_gaps"), gaps);
        }
        nodes.append(node);
    }
    o.insert(QStringLiteral("nodes"), nodes);
    if (!report.pairs.isEmpty()) {
        const QJsonObject first = pairJson(report, report.pairs.constFirst());
        for (const char* key : {"lag", "fork_height", "fork_verified", "missing_block_heights",
                                "state_root_differences", "first_proposer_split"})
            o.insert(QLatin1String(key), first.value(QLatin1String(key)));
    }
    o.insert(QStringLiteral("missing_tx_heights"), heightsJson(report.missingTxHeights()));
    if (report.pairs.size() > 1) {
        QJsonArray pairs;
        for (const PairFindings& pair : report.pairs)
            pairs.append(pairJson(report, pair));
        o.insert(QStringLiteral("pairs"), pairs);
    }
    o.insert(QStringLiteral("scan"), QJsonObject{{QStringLiteral("from"), report.scanFrom},
                                                 {QStringLiteral("to"), report.scanTo},
                                                 {QStringLiteral("complete"), report.scanned}});
    o.insert(QStringLiteral("block_requests"), report.blockRequests);
    o.insert(QStringLiteral("verdict"), summarize(report));
    o.insert(QStringLiteral("verdict_code"), verdictCode(verdictOf(report)));
    return o;
}

} // namespace aitbc::sync
