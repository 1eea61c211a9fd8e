// aitbc-agent agent announce / agents: signed agent cards (docs/agent-protocol.md §2). Announcing puts a
// card on chain as a message to the agent's own address; listing reads every block and keeps, per key,
// the newest card that passes every check.
#include "agent_cli_common.h"
#include "chain/node_profile.h"
#include "cli.h"
#include "crypto/encoding.h"
#include "crypto/x25519.h"
#include "message_cli_common.h"
#include "messaging/agent_directory.h"
#include "messaging/envelope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace aitbc::cli {

namespace {

const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kNode = QStringLiteral("node");
const QString kDb = QStringLiteral("db");
const QString kName = QStringLiteral("name");
const QString kDescription = QStringLiteral("description");
const QString kCapability = QStringLiteral("capability");
const QString kNodeHint = QStringLiteral("node-hint");
const QString kChainId = QStringLiteral("chain-id");
const QString kFee = QStringLiteral("fee");

QJsonObject cardJsonObject(const messaging::AgentCard& c) {
    QJsonObject o;
    o[QStringLiteral("address")] = c.address;
    o[QStringLiteral("name")] = c.name;
    o[QStringLiteral("description")] = c.description;
    o[QStringLiteral("capabilities")] = QJsonArray::fromStringList(c.capabilities);
    o[QStringLiteral("encryption_key")] = QString::fromLatin1(crypto::toHex(c.encryptionKey));
    o[QStringLiteral("node")] = c.nodeHint.isEmpty() ? QJsonValue() : QJsonValue(c.nodeHint);
    o[QStringLiteral("issued")] = c.issued;
    o[QStringLiteral("expires")] = c.expires;
    return o;
}

int runAnnounce(Context& ctx) {
    const QString url = ctx.parser.value(kNode).trimmed();
    if (url.isEmpty())
        return ctx.fail(QStringLiteral("--node URL (the proposer's RPC) is required"), 2);
    bool feeOk = true;
    const qint64 fee = ctx.parser.isSet(kFee) ? ctx.parser.value(kFee).toLongLong(&feeOk) : 10;
    if (!feeOk || fee < 0)
        return ctx.fail(QStringLiteral("--fee must be a non-negative integer"), 2);
    auto wallet = messagecli::unlockWallet(ctx.parser.value(kKeystore), ctx.parser.value(kPasswordFile));
    if (!wallet)
        return ctx.fail(wallet.error().message);
    auto encryption = crypto::X25519Key::fromEd25519Seed(wallet->key->seed().view());
    if (!encryption)
        return ctx.fail(encryption.error().message);

    chain::NodeProfile profile;
    profile.name = QStringLiteral("cli");
    profile.rpcUrl = url;
    profile.chainId = ctx.parser.value(kChainId);
    if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto node = chain::createNode(profile);
    const auto health = await(node->health());
    if (!health.ok())
        return ctx.fail(health.error().message, 3);
    const auto account = await(node->account(wallet->address));
    if (!account.ok())
        return ctx.fail(account.error().message, 3);

    messaging::AgentCard card;
    card.address = wallet->address;
    card.chainId = node->chainId();
    card.name = ctx.parser.value(kName).trimmed();
    card.description = ctx.parser.value(kDescription);
    card.capabilities = ctx.parser.values(kCapability);
    card.encryptionKey = encryption->publicKey();
    card.nodeHint = ctx.parser.value(kNodeHint);
    card.issued = QDateTime::currentSecsSinceEpoch();
    card.expires = card.issued + messaging::kDefaultCardLifetimeSeconds;
    if (const QString problem = messaging::cardProblem(card); !problem.isEmpty())
        return ctx.fail(QStringLiteral("invalid card: %1").arg(problem), 2);

    messaging::OutgoingMessage m;
    m.chainId = card.chainId;
    m.from = wallet->address;
    m.to = wallet->address;
    m.text = QString::fromLatin1(messaging::kCardMarker);
    m.nonce = account->nonce;
    m.fee = fee;
    m.extraMembers = json::Value::object();
    messaging::insertCardMembers(m.extraMembers, card, *wallet->key);
    const auto submitted = await(node->submit(messaging::buildMessageTransaction(m, *wallet->key).body));
    if (!submitted.ok())
        return ctx.fail(submitted.error().message, 1);
    if (ctx.json) {
        QJsonObject o;
        o[QStringLiteral("tx_hash")] = submitted->txHash;
        o[QStringLiteral("status")] = QStringLiteral("mempool");
        o[QStringLiteral("nonce")] = m.nonce;
        o[QStringLiteral("card")] = cardJsonObject(card);
        ctx.printJson(o);
    } else {
        ctx.print(QStringLiteral("card of %1 submitted: %2").arg(card.address, submitted->txHash));
    }
    return 0;
}

int runAgents(Context& ctx) {
    chain::NodeProfile profile;
    profile.name = QStringLiteral("cli");
    profile.chainDbPath = ctx.parser.value(kDb);
    profile.rpcUrl = ctx.parser.value(kNode);
    profile.chainId = ctx.parser.value(kChainId);
    if (profile.chainDbPath.isEmpty() && profile.rpcUrl.isEmpty())
        return ctx.fail(QStringLiteral("give --db PATH (a node's chain.db) or --node URL (its RPC)"), 2);
    if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto node = chain::createNode(profile);
    const Result<messaging::AgentDirectory> directory = agentcli::scanCards(node.get());
    if (!directory)
        return ctx.fail(directory.error().message, 3);
    const QList<messaging::AgentEntry> agents = directory->agents();
    if (ctx.json) {
        QJsonArray list;
        for (const messaging::AgentEntry& e : agents) {
            QJsonObject o = cardJsonObject(e.card);
            o[QStringLiteral("verified")] = e.verified;
            o[QStringLiteral("height")] = e.height;
            o[QStringLiteral("timestamp")] =
                e.timestamp.isValid() ? QJsonValue(e.timestamp.toUTC().toString(Qt::ISODate)) : QJsonValue();
            o[QStringLiteral("tx_hash")] = e.txHash;
            list.append(o);
        }
        QJsonObject out;
        out[QStringLiteral("agents")] = list;
        out[QStringLiteral("rejected_cards")] = directory->rejected();
        ctx.printJson(out);
        return 0;
    }
    for (const messaging::AgentEntry& e : agents)
        ctx.print(QStringLiteral("%1  %2  #%3  %4%5")
                      .arg(e.card.address, e.card.name)
                      .arg(e.height)
                      .arg(e.card.capabilities.join(QLatin1Char(',')),
                           e.verified ? QString() : QStringLiteral("  (unverified)")));
    if (agents.isEmpty())
        ctx.print(QStringLiteral("no agent cards found"));
    return 0;
}

} // namespace

const Command kAgentAnnounceCommand(
    {{QStringLiteral("agent"), QStringLiteral("announce")},
     QStringLiteral("Publish (or replace) the wallet's signed agent card on chain."),
     [](QCommandLineParser& p) {
         p.addOption({kKeystore, QStringLiteral("The agent's keystore file."), QStringLiteral("FILE")});
         p.addOption(
             {kPasswordFile, QStringLiteral("File holding the keystore password."), QStringLiteral("PF")});
         p.addOption({kNode, QStringLiteral("The proposer's RPC URL."), QStringLiteral("URL")});
         p.addOption({kName, QStringLiteral("Display name (1 to 64 characters)."), QStringLiteral("N")});
         p.addOption(
             {kDescription, QStringLiteral("Description (up to 280 characters)."), QStringLiteral("D")});
         p.addOption(
             {kCapability, QStringLiteral("A capability (repeatable, up to 16)."), QStringLiteral("C")});
         p.addOption(
             {kNodeHint, QStringLiteral("A node URL to publish in the card."), QStringLiteral("URL")});
         p.addOption({kFee, QStringLiteral("Fee (default 10)."), QStringLiteral("N")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: from the node)."), QStringLiteral("ID")});
     },
     runAnnounce});

const Command kAgentsCommand(
    {{QStringLiteral("agents")},
     QStringLiteral("List the agents that announced a valid signed card on chain."),
     [](QCommandLineParser& p) {
         p.addOption({kNode, QStringLiteral("Read through the node's RPC."), QStringLiteral("URL")});
         p.addOption({kDb, QStringLiteral("Read the node's chain.db (read-only)."), QStringLiteral("PATH")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: discovered)."), QStringLiteral("ID")});
     },
     runAgents});

QList<Command> agentCommands() {
    return {kAgentAnnounceCommand, kAgentsCommand};
}

} // namespace aitbc::cli
