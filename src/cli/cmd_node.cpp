// aitbc-agent node status: is a node reachable, which chain and protocol generation, where is its head.
#include "chain/node_profile.h"
#include "cli.h"

#include <QJsonObject>

namespace aitbc::cli {

namespace {

const QString kNode = QStringLiteral("node");
const QString kDb = QStringLiteral("db");
const QString kChainId = QStringLiteral("chain-id");
const QString kTimeout = QStringLiteral("timeout");

int runStatus(Context& ctx) {
    chain::NodeProfile profile;
    profile.name = QStringLiteral("cli");
    profile.rpcUrl = ctx.parser.value(kNode);
    profile.chainDbPath = ctx.parser.value(kDb);
    profile.chainId = ctx.parser.value(kChainId);
    profile.timeoutMs =
        ctx.parser.isSet(kTimeout) ? static_cast<int>(ctx.parser.value(kTimeout).toDouble() * 1000) : 5000;
    profile.maxRetries = 1;
    if (profile.rpcUrl.isEmpty() && profile.chainDbPath.isEmpty())
        return ctx.fail(QStringLiteral("give --node URL (or --db PATH)"), 2);
    if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto node = chain::createNode(profile);

    QJsonObject out;
    const auto health = await(node->health());
    out[QStringLiteral("reachable")] = health.ok();
    out[QStringLiteral("chain_id")] = node->chainId();
    out[QStringLiteral("height")] = QJsonValue();
    out[QStringLiteral("hash")] = QJsonValue();
    out[QStringLiteral("timestamp")] = QJsonValue();
    out[QStringLiteral("mempool_count")] = QJsonValue();
    out[QStringLiteral("protocol")] =
        health.ok() ? chain::protocolName(health->protocol) : QStringLiteral("unknown");
    QString error;
    if (health.ok()) {
        const auto tip = await(node->head());
        if (tip.ok()) {
            out[QStringLiteral("height")] = tip->height;
            out[QStringLiteral("hash")] = tip->hash;
            out[QStringLiteral("timestamp")] = tip->timestamp.isValid()
                                                   ? tip->timestamp.toUTC().toString(Qt::ISODateWithMs)
                                                   : tip->timestampText;
        } else if (tip.error().kind != chain::NodeError::Kind::NotFound) {
            error = tip.error().message;
        }
        const auto pool = await(node->mempool());
        if (pool.ok())
            out[QStringLiteral("mempool_count")] = pool->size();
        else if (error.isEmpty())
            error = pool.error().message;
        out[QStringLiteral("chain_id")] = node->chainId();
    } else {
        error = health.error().message;
    }
    if (!error.isEmpty())
        out[QStringLiteral("error")] = error;

    if (ctx.json) {
        ctx.printJson(out);
    } else {
        ctx.print(QStringLiteral("%1: %2").arg(
            node->describe(), health.ok() ? QStringLiteral("reachable") : QStringLiteral("unreachable")));
        if (health.ok())
            ctx.print(QStringLiteral("chain %1, protocol %2, height %3, hash %4, mempool %5")
                          .arg(out[QStringLiteral("chain_id")].toString(),
                               out[QStringLiteral("protocol")].toString())
                          .arg(out[QStringLiteral("height")].toInteger(-1))
                          .arg(out[QStringLiteral("hash")].toString())
                          .arg(out[QStringLiteral("mempool_count")].toInteger(-1)));
        if (!error.isEmpty())
            ctx.print(error);
    }
    return health.ok() ? 0 : 1;
}

} // namespace

const Command kNodeStatusCommand(
    {{QStringLiteral("node"), QStringLiteral("status")},
     QStringLiteral("Show whether a node answers, its chain, protocol version, head and mempool."),
     [](QCommandLineParser& p) {
         p.addOption({kNode, QStringLiteral("The node's RPC URL, e.g. http://127.0.0.1:8006."),
                      QStringLiteral("URL")});
         p.addOption({kDb, QStringLiteral("Or read a chain.db directly."), QStringLiteral("PATH")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: the node's)."), QStringLiteral("ID")});
         p.addOption({kTimeout, QStringLiteral("Timeout per request in seconds (default 5)."),
                      QStringLiteral("SECONDS")});
     },
     runStatus});

QList<Command> nodeCommands() {
    return {kNodeStatusCommand};
}

} // namespace aitbc::cli
