// aitbc-agent messages: the on-chain messages sent to and from one address, read through the Node
// interface from a chain.db (--db), a node's RPC (--node), or both.
#include "chain/node_profile.h"
#include "cli.h"
#include "messaging/envelope.h"

#include <QJsonArray>
#include <QJsonObject>

namespace aitbc::cli {

namespace {

const QString kAddress = QStringLiteral("address");
const QString kDb = QStringLiteral("db");
const QString kNode = QStringLiteral("node");
const QString kChainId = QStringLiteral("chain-id");
const QString kTimeout = QStringLiteral("timeout");

QString directionName(chain::ChainMessage::Direction d) {
    return d == chain::ChainMessage::Direction::Outgoing ? QStringLiteral("outgoing")
                                                         : QStringLiteral("incoming");
}

QString timestampText(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int runMessages(Context& ctx) {
    const QString address = ctx.parser.value(kAddress).trimmed();
    if (address.isEmpty())
        return ctx.fail(QStringLiteral("--address is required"), 2);
    chain::NodeProfile profile;
    profile.name = QStringLiteral("cli");
    profile.chainDbPath = ctx.parser.value(kDb);
    profile.rpcUrl = ctx.parser.value(kNode);
    profile.chainId = ctx.parser.value(kChainId);
    if (ctx.parser.isSet(kTimeout))
        profile.timeoutMs = static_cast<int>(ctx.parser.value(kTimeout).toDouble() * 1000);
    if (profile.chainDbPath.isEmpty() && profile.rpcUrl.isEmpty())
        return ctx.fail(QStringLiteral("give --db PATH (a node's chain.db) or --node URL (its RPC)"), 2);
    if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto node = chain::createNode(profile);
    const auto result = await(node->messages(address));
    if (!result.ok())
        return ctx.fail(result.error().message);

    if (ctx.json) {
        QJsonArray list;
        for (const chain::ChainMessage& m : result.value()) {
            QJsonObject o;
            o[QStringLiteral("tx_hash")] = m.txHash;
            o[QStringLiteral("block_height")] = m.blockHeight;
            o[QStringLiteral("sender")] = m.sender;
            o[QStringLiteral("recipient")] = m.recipient;
            o[QStringLiteral("text")] = m.text;
            o[QStringLiteral("direction")] = directionName(m.direction);
            o[QStringLiteral("timestamp")] = timestampText(m.timestamp);
            // Authorship (issue 6): true only for a valid in-payload signature by the sender's key.
            const auto authorship =
                messaging::checkAuthorship(m.payload, m.sender, m.recipient, m.text, node->chainId());
            o[QStringLiteral("verified")] = authorship.verified();
            o[QStringLiteral("authorship")] = messaging::authorshipName(authorship.status);
            list.append(o);
        }
        QJsonObject out;
        out[QStringLiteral("address")] = address;
        out[QStringLiteral("messages")] = list;
        ctx.printJson(out);
        return 0;
    }
    for (const chain::ChainMessage& m : result.value()) {
        const bool out = m.direction == chain::ChainMessage::Direction::Outgoing;
        ctx.print(QStringLiteral("#%1  %2  %3 %4  %5")
                      .arg(m.blockHeight)
                      .arg(timestampText(m.timestamp), out ? QStringLiteral("to  ") : QStringLiteral("from"),
                           out ? m.recipient : m.sender, m.text));
    }
    if (result->isEmpty())
        ctx.print(QStringLiteral("no messages for %1").arg(address));
    return 0;
}

} // namespace

AITBC_CLI_COMMAND(
    {{QStringLiteral("messages")},
     QStringLiteral("List the on-chain messages sent to and from an address, in chain order."),
     [](QCommandLineParser& p) {
         p.addOption(
             {kAddress, QStringLiteral("The address whose messages to list."), QStringLiteral("ADDR")});
         p.addOption(
             {kDb, QStringLiteral("Read the node's chain.db directly (read-only)."), QStringLiteral("PATH")});
         p.addOption({kNode, QStringLiteral("Read through the node's RPC, e.g. http://127.0.0.1:8006."),
                      QStringLiteral("URL")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: discovered)."), QStringLiteral("ID")});
         p.addOption({kTimeout, QStringLiteral("RPC timeout per request in seconds (default 8)."),
                      QStringLiteral("SECONDS")});
     },
     runMessages});

} // namespace aitbc::cli
