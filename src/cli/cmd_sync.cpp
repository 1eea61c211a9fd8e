// aitbc-agent sync compare: compares two or more nodes (RPC URLs or chain.db paths, in any mix) and
// says what is wrong: lag, fork point, heights missing their transactions or missing altogether.
// Exit codes: 0 the comparison ran (whatever it found), 1 a node could not be read, 2 bad arguments.
#include "cli.h"

#include "chain/node_profile.h"
#include "sync/sync_comparator.h"
#include "sync/sync_summary.h"

#include <QFileInfo>
#include <QJsonArray>

#include <memory>
#include <vector>

namespace aitbc::cli {
namespace {

const QString kNode = QStringLiteral("node");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kChainId = QStringLiteral("chain-id");
const QString kPageSize = QStringLiteral("page-size");
const QString kNoScan = QStringLiteral("no-scan");
const QString kHeartbeat = QStringLiteral("heartbeat");
const QString kTimeout = QStringLiteral("timeout-ms");

bool isUrl(const QString& spec) {
    return spec.startsWith(QLatin1String("http://")) || spec.startsWith(QLatin1String("https://"));
}

/// "2-21, 25, 30-31": heights as ranges, so a long list stays readable on a terminal.
QString rangesText(const QList<qint64>& heights) {
    QStringList parts;
    for (qsizetype i = 0; i < heights.size();) {
        qsizetype j = i;
        while (j + 1 < heights.size() && heights.at(j + 1) == heights.at(j) + 1)
            ++j;
        parts << (i == j ? QString::number(heights.at(i))
                         : QStringLiteral("%1-%2").arg(heights.at(i)).arg(heights.at(j)));
        i = j + 1;
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

/// Reads an optional non-negative integer option; returns false (with `error`) on a malformed value.
bool readHeight(const QCommandLineParser& parser, const QString& name, qint64& out, QString& error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toLongLong(&ok);
    if (!ok || out < 0) {
        error = QStringLiteral("--%1 needs a height (a non-negative integer), got '%2'")
                    .arg(name, parser.value(name));
        return false;
    }
    return true;
}

void printHuman(const Context& ctx, const sync::SyncReport& report) {
    for (const sync::NodeStatus& n : report.nodes)
        ctx.print(QStringLiteral("%1  height %2  %3")
                      .arg(n.name)
                      .arg(n.height)
                      .arg(n.hash.isEmpty() ? QStringLiteral("(no blocks)") : n.hash));
    for (const sync::PairFindings& p : report.pairs) {
        const QString pair =
            QStringLiteral("%1 vs %2").arg(report.nodes.at(p.a).name, report.nodes.at(p.b).name);
        ctx.print(QStringLiteral("%1: lag %2; fork %3; missing blocks: %4")
                      .arg(pair)
                      .arg(p.lag)
                      .arg(p.forkHeight
                               ? QStringLiteral("at height %1%2")
                                     .arg(*p.forkHeight)
                                     .arg(p.forkVerified ? QString() : QStringLiteral(" (unverified)"))
                               : QStringLiteral("none"),
                           rangesText(p.missingBlockHeights)));
    }
    for (int i = 0; i < report.findings.size(); ++i) {
        const sync::NodeFindings& f = report.findings.at(i);
        if (!f.missingTxHeights.isEmpty())
            ctx.print(QStringLiteral("%1: blocks without their transactions: %2")
                          .arg(report.nodes.at(i).name, rangesText(f.missingTxHeights)));
    }
    if (report.scanned)
        ctx.print(QStringLiteral("scanned heights %1-%2").arg(report.scanFrom).arg(report.scanTo));
    ctx.print(QStringLiteral("verdict: %1").arg(sync::summarize(report)));
}

int runCompare(Context& ctx) {
    const QCommandLineParser& parser = ctx.parser;
    const QStringList specs = parser.values(kNode);
    if (specs.size() < 2)
        return ctx.fail(
            QStringLiteral("give at least two nodes: --node <rpc-url|chain.db> --node <rpc-url|chain.db>"),
            2);

    sync::CompareOptions options;
    QString error;
    if (!readHeight(parser, kFrom, options.from, error) || !readHeight(parser, kTo, options.to, error))
        return ctx.fail(error, 2);
    if (parser.isSet(kTo) && options.to < options.from)
        return ctx.fail(QStringLiteral("--to %1 is below --from %2").arg(options.to).arg(options.from), 2);
    bool ok = true;
    if (parser.isSet(kPageSize)) {
        options.pageSize = parser.value(kPageSize).toInt(&ok);
        if (!ok || options.pageSize < 1 || options.pageSize > 10'000)
            return ctx.fail(QStringLiteral("--page-size must be between 1 and 10000"), 2);
    }
    if (parser.isSet(kHeartbeat)) {
        options.scanSettings.heartbeatSeconds = parser.value(kHeartbeat).toInt(&ok);
        if (!ok || options.scanSettings.heartbeatSeconds < 1)
            return ctx.fail(QStringLiteral("--heartbeat must be a positive number of seconds"), 2);
    }
    int timeoutMs = 8000;
    if (parser.isSet(kTimeout)) {
        timeoutMs = parser.value(kTimeout).toInt(&ok);
        if (!ok || timeoutMs < 100)
            return ctx.fail(QStringLiteral("--timeout-ms must be at least 100"), 2);
    }
    options.scan = !parser.isSet(kNoScan);

    std::vector<std::unique_ptr<chain::Node>> owned;
    QList<chain::Node*> nodes;
    for (const QString& spec : specs) {
        chain::NodeProfile profile;
        profile.name = spec;
        profile.chainId = parser.value(kChainId);
        profile.timeoutMs = timeoutMs;
        if (isUrl(spec)) {
            profile.rpcUrl = spec;
        } else {
            // A typo'd path must not look like an empty chain: say so before anything is opened.
            if (!QFileInfo(spec).isFile())
                return ctx.fail(
                    QStringLiteral(
                        "%1: no such chain.db file (a node is an http(s):// URL or a chain.db path)")
                        .arg(spec),
                    2);
            profile.chainDbPath = spec;
        }
        if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
            return ctx.fail(QStringLiteral("%1: %2").arg(spec, problem), 2);
        owned.push_back(chain::createNode(profile));
        nodes.append(owned.back().get());
        options.names.append(spec);
    }

    const sync::SyncResult result = await(sync::compareNodes(nodes, options));
    if (!result.ok())
        return ctx.fail(result.error().message, 1);
    if (ctx.json)
        ctx.printJson(sync::reportToJson(result.value()));
    else
        printHuman(ctx, result.value());
    return 0;
}

} // namespace

const Command kSyncCompareCommand({
    {QStringLiteral("sync"), QStringLiteral("compare")},
    QStringLiteral("Compare nodes: lag, fork point, blocks missing or imported without their transactions"),
    [](QCommandLineParser& p) {
        p.addOption({kNode,
                     QStringLiteral("A node: an RPC URL (http://127.0.0.1:8006) or a chain.db path. Give two "
                                    "or more; the first is compared with each other one."),
                     QStringLiteral("url|path")});
        p.addOption(
            {kFrom, QStringLiteral("Lowest height to compare (default 0)."), QStringLiteral("height")});
        p.addOption({kTo, QStringLiteral("Highest height to compare (default: the highest head)."),
                     QStringLiteral("height")});
        p.addOption({kChainId, QStringLiteral("Chain id (default: the node's own)."), QStringLiteral("id")});
        p.addOption({kPageSize, QStringLiteral("Blocks per request while scanning (default 500)."),
                     QStringLiteral("n")});
        p.addOption({kNoScan, QStringLiteral(
                                  "Only heads, lag and fork point (a few requests), no completeness scan.")});
        p.addOption({kHeartbeat,
                     QStringLiteral("Heartbeat interval in seconds for idle-gap detection (default 60)."),
                     QStringLiteral("s")});
        p.addOption({kTimeout, QStringLiteral("RPC request timeout in milliseconds (default 8000)."),
                     QStringLiteral("ms")});
    },
    runCompare,
});

QList<Command> syncCommands() {
    return {kSyncCompareCommand};
}

} // namespace aitbc::cli
