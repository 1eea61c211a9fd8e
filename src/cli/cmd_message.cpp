// aitbc-agent message send / outbox: sends one agent message through the durable outbox
// (src/core/messaging), exactly once even if this process or the node dies on the way.
#include "address/address_check.h"
#include "chain/node_profile.h"
#include "cli.h"
#include "message_cli_common.h"
#include "messaging/agent_directory.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/outbox_store.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace aitbc::cli {

namespace {

const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kNode = QStringLiteral("node");
const QString kTo = QStringLiteral("to");
const QString kText = QStringLiteral("text");
const QString kWait = QStringLiteral("wait");
const QString kFee = QStringLiteral("fee");
const QString kChainId = QStringLiteral("chain-id");
const QString kOutbox = QStringLiteral("outbox");
const QString kTimeout = QStringLiteral("timeout");
const QString kAllowEmpty = QStringLiteral("allow-empty");
const QString kEncrypt = QStringLiteral("encrypt");
constexpr double kDefaultTimeoutSeconds = 120.0;

QString outboxPath(const Context& ctx) {
    const QString p = ctx.parser.value(kOutbox);
    return p.isEmpty() ? messagecli::dataFile(QStringLiteral("outbox.sqlite")) : p;
}

QString statusName(messaging::OutboxState s) {
    switch (s) {
    case messaging::OutboxState::Queued:
    case messaging::OutboxState::Prepared:
        return QStringLiteral("queued");
    case messaging::OutboxState::Submitted:
        return QStringLiteral("mempool");
    case messaging::OutboxState::Confirmed:
        return QStringLiteral("confirmed");
    case messaging::OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject entryJson(const messaging::OutboxEntry& e) {
    QJsonObject o;
    o[QStringLiteral("tx_hash")] = e.txHash.isEmpty() ? QJsonValue() : QJsonValue(e.txHash);
    o[QStringLiteral("status")] = statusName(e.state);
    o[QStringLiteral("block_height")] =
        e.state == messaging::OutboxState::Confirmed ? QJsonValue(e.blockHeight) : QJsonValue();
    o[QStringLiteral("outbox_id")] = e.id;
    o[QStringLiteral("from")] = e.sender;
    o[QStringLiteral("to")] = e.recipient;
    o[QStringLiteral("nonce")] = e.nonce >= 0 ? QJsonValue(e.nonce) : QJsonValue();
    o[QStringLiteral("encrypted")] = e.encrypt;
    if (e.state == messaging::OutboxState::Failed)
        o[QStringLiteral("error")] = e.reason;
    else if (!e.reason.isEmpty())
        o[QStringLiteral("waiting_for")] = e.reason;
    return o;
}

/// `message send --encrypt` refuses at once (exit code 2, nothing written to the outbox) when the
/// recipient has published no valid agent card: there is no key to encrypt for. The outbox looks the card
/// up again when it signs, so a card that expires in between fails the message, never sends it in clear.
int checkRecipientCard(Context& ctx, chain::Node* node, const QString& to) {
    const auto health = await(node->health());
    if (!health.ok())
        return ctx.fail(health.error().message, 3);
    const auto messages = await(node->messages(to));
    if (!messages.ok())
        return ctx.fail(messages.error().message, 3);
    if (!messaging::agentCardOf(messages.value(), to, node->chainId(), QDateTime::currentSecsSinceEpoch()))
        return ctx.fail(QStringLiteral("%1 has no valid agent card on this chain: it published no encryption "
                                       "key (send without --encrypt, or ask it to run 'agent announce')")
                            .arg(to),
                        2);
    return 0;
}

int runSend(Context& ctx) {
    const QString to = ctx.parser.value(kTo).trimmed();
    const QString url = ctx.parser.value(kNode).trimmed();
    const QString text = ctx.parser.value(kText);
    if (to.isEmpty())
        return ctx.fail(QStringLiteral("--to ADDR is required"), 2);
    // The node takes any string as a recipient and mines it (fee spent, message lost): check before the
    // outbox or the network is touched.
    if (!address::isAitbcAddress(to))
        return ctx.fail(
            QStringLiteral("--to '%1' is not an AITBC address (expected ait1 and 40 hex digits, or "
                           "a 62-character ait1... bech32 address)")
                .arg(to),
            2);
    if (!ctx.parser.isSet(kText))
        return ctx.fail(QStringLiteral("--text TEXT is required"), 2);
    if (text.trimmed().isEmpty() && !ctx.parser.isSet(kAllowEmpty))
        return ctx.fail(
            QStringLiteral("--text is empty; pass --allow-empty to send (and pay for) an empty message"), 2);
    if (url.isEmpty())
        return ctx.fail(QStringLiteral("--node URL (the proposer's RPC, protocol.md §1.5) is required"), 2);
    bool feeOk = true;
    const qint64 fee = ctx.parser.isSet(kFee) ? ctx.parser.value(kFee).toLongLong(&feeOk) : 10;
    if (!feeOk || fee < 0)
        return ctx.fail(QStringLiteral("--fee must be a non-negative integer"), 2);
    bool timeoutOk = true;
    const double timeoutSeconds =
        ctx.parser.isSet(kTimeout) ? ctx.parser.value(kTimeout).toDouble(&timeoutOk) : kDefaultTimeoutSeconds;
    if (!timeoutOk || !(timeoutSeconds > 0) || timeoutSeconds > 86400)
        return ctx.fail(QStringLiteral("--timeout must be a positive number of seconds (at most 86400)"), 2);

    auto wallet = messagecli::unlockWallet(ctx.parser.value(kKeystore), ctx.parser.value(kPasswordFile));
    if (!wallet)
        return ctx.fail(wallet.error().message);

    chain::NodeProfile profile;
    profile.name = QStringLiteral("cli");
    profile.rpcUrl = url;
    profile.chainId = ctx.parser.value(kChainId);
    // One HTTP attempt never outlasts the whole command.
    profile.timeoutMs = int(qBound(500.0, timeoutSeconds * 1000, double(profile.timeoutMs)));
    if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto node = chain::createNode(profile);
    const bool encrypt = ctx.parser.isSet(kEncrypt);
    if (encrypt) {
        if (const int code = checkRecipientCard(ctx, node.get(), to); code != 0)
            return code;
    }

    const QString address = wallet->address;
    const crypto::Ed25519Key* key = wallet->key.get();
    messaging::MessageSender sender(outboxPath(ctx), node.get(), [address, key](const QString& a) {
        return a == address ? key : nullptr;
    });
    sender.setFee(fee);
    sender.setPollInterval(500);
    QEventLoop loop;
    bool readyOk = false;
    QString readyError;
    QObject::connect(&sender, &messaging::MessageSender::ready, &loop, [&](bool ok, const QString& e) {
        readyOk = ok;
        readyError = e;
        loop.quit();
    });
    sender.start();
    loop.exec();
    if (!readyOk)
        return ctx.fail(readyError);

    const qint64 id = await(sender.enqueue(address, to, text, {}, encrypt));
    if (id < 0)
        return ctx.fail(
            QStringLiteral("could not write the message to the outbox %1").arg(sender.outboxPath()));

    const bool wait = ctx.parser.isSet(kWait);
    auto done = [&](const messaging::OutboxEntry& e) {
        if (e.state == messaging::OutboxState::Failed || e.state == messaging::OutboxState::Confirmed)
            return true;
        return !wait && e.state == messaging::OutboxState::Submitted;
    };
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&sender, &messaging::MessageSender::entryChanged, &loop,
                     [&](const messaging::OutboxEntry& e) {
                         if (e.id == id && done(e))
                             loop.quit();
                     });
    // The sender retries an unreachable node for as long as it runs (right for the dashboard and the
    // daemon); a command asks once and, if the node cannot be reached, leaves the message queued.
    QString unreachable;
    messaging::whenFinished(&loop, node->health(),
                            [&](const std::optional<chain::NodeResult<chain::NodeHealth>>& r) {
                                if (r && !r->ok() &&
                                    (r->error().kind == chain::NodeError::Kind::Unreachable ||
                                     r->error().kind == chain::NodeError::Kind::Timeout)) {
                                    unreachable = r->error().message;
                                    loop.quit();
                                }
                            });
    if (!done(*sender.entry(id))) {
        deadline.start(int(timeoutSeconds * 1000));
        loop.exec();
    }
    const messaging::OutboxEntry e = *sender.entry(id);
    const bool failed = e.state == messaging::OutboxState::Failed;
    const bool finished = done(e);
    const QString kept =
        QStringLiteral("the message stays in the outbox %1 and is sent by the next 'message send' or "
                       "'daemon' with that outbox")
            .arg(sender.outboxPath());
    if (!finished && !unreachable.isEmpty()) {
        if (ctx.json) {
            QJsonObject o = entryJson(e);
            o[QStringLiteral("error")] = unreachable;
            ctx.printJson(o);
        }
        return ctx.fail(QStringLiteral("%1; %2").arg(unreachable, kept), 3);
    }
    if (ctx.json) {
        QJsonObject o = entryJson(e);
        if (!finished)
            o[QStringLiteral("error")] = QString(QStringLiteral("timed out; ") + kept);
        ctx.printJson(o);
    } else if (failed) {
        ctx.print(QStringLiteral("failed: %1").arg(e.reason));
    } else if (finished) {
        ctx.print(QStringLiteral("%1 %2%3").arg(statusName(e.state), e.txHash,
                                                e.state == messaging::OutboxState::Confirmed
                                                    ? QStringLiteral(" at height %1").arg(e.blockHeight)
                                                    : QString()));
    }
    if (failed)
        return 1;
    if (!finished)
        return ctx.fail(QStringLiteral("timed out after %1 s (%2); %3")
                            .arg(timeoutSeconds)
                            .arg(statusName(e.state), kept),
                        3);
    return 0;
}

int runOutbox(Context& ctx) {
    messaging::OutboxStore store(outboxPath(ctx));
    if (const auto opened = store.open(); !opened)
        return ctx.fail(opened.error().message);
    const QList<messaging::OutboxEntry> entries = store.entries();
    if (ctx.json) {
        QJsonArray list;
        for (const messaging::OutboxEntry& e : entries)
            list.append(entryJson(e));
        QJsonObject o;
        o[QStringLiteral("outbox")] = store.path();
        o[QStringLiteral("messages")] = list;
        ctx.printJson(o);
        return 0;
    }
    for (const messaging::OutboxEntry& e : entries)
        ctx.print(QStringLiteral("#%1 %2 -> %3  %4 %5")
                      .arg(e.id)
                      .arg(e.sender, e.recipient, statusName(e.state), e.txHash));
    if (entries.isEmpty())
        ctx.print(QStringLiteral("the outbox %1 is empty").arg(store.path()));
    return 0;
}

void addOutboxOption(QCommandLineParser& p) {
    p.addOption({kOutbox,
                 QStringLiteral("The outbox file (default: %1). Messages wait there until they are in a "
                                "block; the next run with the same outbox sends what is left.")
                     .arg(messagecli::dataFile(QStringLiteral("outbox.sqlite"))),
                 QStringLiteral("FILE")});
}

} // namespace

const Command kMessageSendCommand(
    {{QStringLiteral("message"), QStringLiteral("send")},
     QStringLiteral("Send an agent message (zero-amount REF transfer, signed) exactly once."),
     [](QCommandLineParser& p) {
         p.addOption({kKeystore, QStringLiteral("The sender's keystore file."), QStringLiteral("FILE")});
         p.addOption(
             {kPasswordFile, QStringLiteral("File holding the keystore password."), QStringLiteral("PF")});
         p.addOption({kNode, QStringLiteral("The proposer's RPC URL, e.g. http://127.0.0.1:8006."),
                      QStringLiteral("URL")});
         p.addOption({kTo,
                      QStringLiteral("Recipient address: ait1 + 40 hex digits, or an ait1... bech32 address "
                                     "(anything else is refused with exit code 2)."),
                      QStringLiteral("ADDR")});
         p.addOption({kText, QStringLiteral("Message text (not empty unless --allow-empty)."),
                      QStringLiteral("TEXT")});
         p.addOption({kAllowEmpty, QStringLiteral("Allow an empty --text (it still costs the fee).")});
         p.addOption({kWait, QStringLiteral("Return only after the message is in a block.")});
         p.addOption(
             {kEncrypt,
              QStringLiteral("Encrypt end to end for the recipient's agent card key (refused with exit "
                             "code 2 when it has none; never sent in clear).")});
         p.addOption({kFee, QStringLiteral("Fee (default 10, as the AITBC tools; 0 is valid at REF)."),
                      QStringLiteral("N")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: from the node's /health)."),
                      QStringLiteral("ID")});
         p.addOption({kTimeout,
                      QStringLiteral("Give up waiting after SECONDS (default 120). An unreachable node ends "
                                     "the command at once. Either way the message stays queued in the "
                                     "outbox and exit code 3 is returned."),
                      QStringLiteral("SECONDS")});
         addOutboxOption(p);
     },
     runSend});

const Command
    kMessageOutboxCommand({{QStringLiteral("message"), QStringLiteral("outbox")},
                           QStringLiteral("List the messages of the durable outbox and their states."),
                           [](QCommandLineParser& p) { addOutboxOption(p); },
                           runOutbox});

QList<Command> messageCommands() {
    return {kMessageSendCommand, kMessageOutboxCommand};
}

} // namespace aitbc::cli
