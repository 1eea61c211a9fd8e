// aitbc-agent messages: the on-chain messages sent to and from one address, read through the Node
// interface from a chain.db (--db), a node's RPC (--node), or both.
#include "chain/node_profile.h"
#include "cli.h"
#include "crypto/x25519.h"
#include "message_cli_common.h"
#include "messaging/acknowledgments.h"
#include "messaging/authorship_ledger.h"
#include "messaging/encrypted_envelope.h"
#include "messaging/envelope.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace aitbc::cli {

namespace {

const QString kAddress = QStringLiteral("address");
const QString kDb = QStringLiteral("db");
const QString kNode = QStringLiteral("node");
const QString kChainId = QStringLiteral("chain-id");
const QString kTimeout = QStringLiteral("timeout");
const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");

QString directionName(chain::ChainMessage::Direction d) {
    return d == chain::ChainMessage::Direction::Outgoing ? QStringLiteral("outgoing")
                                                         : QStringLiteral("incoming");
}

QString timestampText(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// How many of the newest blocks are looked at for missing transaction rows.
constexpr qint64 kFollowerProbeBlocks = 50;

/// A REF follower that synced in bulk keeps block headers (tx_count included) but no transaction rows
/// (protocol.md §4.3, §10.22): its message list is silently short. Empty when the newest blocks hold all
/// their rows (or cannot be read: the list itself was read, so the node is not worth a second error).
QString followerHint(chain::Node* node) {
    const auto head = await(node->head());
    if (!head.ok() || head->height < 0)
        return {};
    const qint64 from = qMax<qint64>(0, head->height - kFollowerProbeBlocks + 1);
    const auto blocks = await(node->blocks(from, head->height, true));
    if (!blocks.ok())
        return {};
    for (const chain::Block& b : blocks.value())
        if (b.header.txCount > b.transactions.size())
            return QStringLiteral("block %1 counts %2 transaction(s) but this node holds %3: a REF follower "
                                  "stores blocks without their transactions, so messages are missing here; "
                                  "read from the leader (proposer) instead")
                .arg(b.header.height)
                .arg(b.header.txCount)
                .arg(b.transactions.size());
    return {};
}

/// The `in_reply_to` member of a message's payload when it is a string (whatever its authorship).
QString inReplyTo(const chain::ChainMessage& m) {
    const json::Value* p = messaging::messagePayloadObject(m.payload);
    if (!p)
        return {};
    const json::Value* v = p->find(QStringLiteral("in_reply_to"));
    return v && v->isString() ? v->toString() : QString();
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
    // Encrypted messages are opened with the wallet's encryption key (derived from its seed, which is
    // wiped with the wallet once the key is derived).
    std::optional<crypto::X25519Key> encryptionKey;
    if (ctx.parser.isSet(kKeystore) || ctx.parser.isSet(kPasswordFile)) {
        auto wallet = messagecli::unlockWallet(ctx.parser.value(kKeystore), ctx.parser.value(kPasswordFile));
        if (!wallet)
            return ctx.fail(wallet.error().message);
        if (wallet->address != address)
            return ctx.fail(
                QStringLiteral("the keystore is for %1, not for --address %2").arg(wallet->address, address),
                2);
        auto k = crypto::X25519Key::fromEd25519Seed(wallet->key->seed().view());
        if (!k)
            return ctx.fail(k.error().message);
        encryptionKey.emplace(std::move(k).value());
    }
    auto node = chain::createNode(profile);
    const auto result = await(node->messages(address));
    if (!result.ok())
        return ctx.fail(result.error().message);
    const QList<chain::ChainMessage>& messages = result.value();
    messaging::AuthorshipLedger ledger(node->chainId());
    const QList<messaging::AuthorshipCheck> checks = ledger.check(messages);
    const QString hint = followerHint(node.get());
    // Acknowledgments of this address's messages come back to it, so its own list holds them.
    messaging::AckIndex acks;
    for (qsizetype i = 0; i < messages.size(); ++i)
        if (checks[i].verified() && messages[i].direction == chain::ChainMessage::Direction::Incoming)
            acks.addVerified(messages[i], checks[i].inReplyTo);
    QList<messaging::DecryptionResult> opened;
    for (const chain::ChainMessage& m : messages)
        opened.append(messaging::decryptStoredMessage(m.payload, m.sender, m.recipient, node->chainId(),
                                                      encryptionKey ? &*encryptionKey : nullptr));
    auto shownText = [&](qsizetype i) {
        return opened[i].status == messaging::EncryptionStatus::Decrypted ? opened[i].text : messages[i].text;
    };

    if (ctx.json) {
        QJsonArray list;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const chain::ChainMessage& m = messages[i];
            QJsonObject o;
            o[QStringLiteral("tx_hash")] = m.txHash;
            o[QStringLiteral("block_height")] = m.blockHeight;
            o[QStringLiteral("sender")] = m.sender;
            o[QStringLiteral("recipient")] = m.recipient;
            o[QStringLiteral("text")] = shownText(i);
            const messaging::EncryptionStatus enc = opened[i].status;
            o[QStringLiteral("encrypted")] = enc != messaging::EncryptionStatus::Plain;
            if (enc != messaging::EncryptionStatus::Plain)
                o[QStringLiteral("encryption")] = messaging::encryptionStatusName(enc);
            o[QStringLiteral("acknowledgment")] = messaging::isAckPayload(m.payload);
            if (m.direction == chain::ChainMessage::Direction::Outgoing) {
                const auto ack = acks.acknowledged(m.txHash, m.recipient);
                o[QStringLiteral("acknowledged_height")] = ack ? QJsonValue(ack->height) : QJsonValue();
            }
            o[QStringLiteral("direction")] = directionName(m.direction);
            o[QStringLiteral("timestamp")] = timestampText(m.timestamp);
            // True only for the first use of a valid in-payload signature by the sender's key.
            o[QStringLiteral("verified")] = checks[i].verified();
            o[QStringLiteral("authorship")] = messaging::authorshipName(checks[i].status);
            const QString re = inReplyTo(m);
            o[QStringLiteral("in_reply_to")] = re.isEmpty() ? QJsonValue() : QJsonValue(re);
            list.append(o);
        }
        QJsonObject out;
        out[QStringLiteral("address")] = address;
        out[QStringLiteral("messages")] = list;
        if (!hint.isEmpty())
            out[QStringLiteral("hint")] = hint;
        ctx.printJson(out);
        return 0;
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        const bool out = m.direction == chain::ChainMessage::Direction::Outgoing;
        QString text = shownText(i);
        if (opened[i].status == messaging::EncryptionStatus::Decrypted)
            text = QStringLiteral("[decrypted] ") + text;
        else if (opened[i].status != messaging::EncryptionStatus::Plain)
            text += QStringLiteral(" (%1)").arg(messaging::encryptionStatusName(opened[i].status));
        if (out)
            if (const auto ack = acks.acknowledged(m.txHash, m.recipient))
                text += QStringLiteral("  [acknowledged at #%1]").arg(ack->height);
        ctx.print(QStringLiteral("#%1  %2  %3 %4  %5")
                      .arg(m.blockHeight)
                      .arg(timestampText(m.timestamp), out ? QStringLiteral("to  ") : QStringLiteral("from"),
                           out ? m.recipient : m.sender, text));
    }
    if (messages.isEmpty())
        ctx.print(QStringLiteral("no messages for %1").arg(address));
    if (!hint.isEmpty()) { // stderr: stdout stays the list, for pipes
        const QByteArray line = QStringLiteral("aitbc-agent: hint: %1\n").arg(hint).toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    return 0;
}

} // namespace

const Command kMessagesCommand(
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
         p.addOption({kKeystore,
                      QStringLiteral("The address's keystore: encrypted messages are shown decrypted."),
                      QStringLiteral("FILE")});
         p.addOption(
             {kPasswordFile, QStringLiteral("File holding the keystore password."), QStringLiteral("PF")});
     },
     runMessages});

QList<Command> messagesCommands() {
    return {kMessagesCommand};
}

} // namespace aitbc::cli
