// aitbc-agent daemon: the headless responder (the guide's aitbc-agent-daemon, protocol.md §6.1, done
// right): answers trigger messages to one wallet through the durable outbox, never twice, never history.
#include "chain/node_profile.h"
#include "cli.h"
#include "message_cli_common.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "status_cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <limits>

namespace aitbc::cli {

namespace {

const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kNode = QStringLiteral("node");
const QString kDb = QStringLiteral("db");
const QString kTrigger = QStringLiteral("trigger");
const QString kReply = QStringLiteral("reply");
const QString kMatch = QStringLiteral("match");
const QString kIgnoreCase = QStringLiteral("ignore-case");
const QString kState = QStringLiteral("state");
const QString kOutbox = QStringLiteral("outbox");
const QString kStartHeight = QStringLiteral("start-height");
const QString kMaxReplies = QStringLiteral("max-replies");
const QString kWindow = QStringLiteral("window");
const QString kPoll = QStringLiteral("poll-interval");
const QString kFee = QStringLiteral("fee");
const QString kChainId = QStringLiteral("chain-id");
const QString kMaxPerSender = QStringLiteral("max-replies-per-sender");
const QString kMaxFeePerDay = QStringLiteral("max-fee-per-day");
const QString kVerifiedOnly = QStringLiteral("verified-only");
const QString kAck = QStringLiteral("ack");
const QString kAllow = QStringLiteral("allow");
const QString kRetryBase = QStringLiteral("retry-base");
const QString kRetryMax = QStringLiteral("retry-max");
const QString kAnswerStatus = QStringLiteral("answer-status");
const QString kStatusWindow = QStringLiteral("status-window");
const QString kStatusNode = QStringLiteral("status-node");
const QString kStatusDb = QStringLiteral("status-db");

std::atomic<bool> g_stop{false};
extern "C" void onStopSignal(int) {
    g_stop.store(true);
}

bool intOption(const Context& ctx, const QString& name, qint64 fallback, qint64 min, qint64& out) {
    if (!ctx.parser.isSet(name)) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = ctx.parser.value(name).toLongLong(&ok);
    return ok && out >= min;
}

int runDaemon(Context& ctx) {
    const QString url = ctx.parser.value(kNode).trimmed();
    const QString db = ctx.parser.value(kDb).trimmed();
    if (url.isEmpty())
        return ctx.fail(QStringLiteral("--node URL is required: replies are submitted to the proposer's RPC "
                                       "(with --db PATH, messages are read from that chain.db instead)"),
                        2);
    messaging::ResponderRule rule;
    if (ctx.parser.isSet(kTrigger))
        rule.trigger = ctx.parser.value(kTrigger);
    if (ctx.parser.isSet(kReply))
        rule.reply = ctx.parser.value(kReply);
    if (ctx.parser.isSet(kMatch)) {
        const auto m = messaging::matchFromName(ctx.parser.value(kMatch));
        if (!m)
            return ctx.fail(QStringLiteral("--match must be exact, prefix or regex"), 2);
        rule.match = *m;
    }
    rule.caseSensitive = !ctx.parser.isSet(kIgnoreCase);
    if (const QString p = rule.problem(); !p.isEmpty())
        return ctx.fail(QStringLiteral("--trigger: %1").arg(p), 2);
    messaging::ResponderConfig config;
    config.rules = {rule};
    qint64 start = -1, maxReplies = 0, window = 0, pollMs = 0, fee = 0, perSender = 0, feePerDay = 0,
           retryBase = 0, retryMax = 0, statusWindow = 0;
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    if (!intOption(ctx, kStartHeight, -1, 0, start) || !intOption(ctx, kMaxReplies, 10, 0, maxReplies) ||
        !intOption(ctx, kWindow, 60, 1, window) || !intOption(ctx, kPoll, 2000, 50, pollMs) ||
        !intOption(ctx, kFee, 10, 0, fee) || !intOption(ctx, kMaxPerSender, 3, 0, perSender) ||
        !intOption(ctx, kMaxFeePerDay, -1, 0, feePerDay) || !intOption(ctx, kRetryBase, 30, 1, retryBase) ||
        !intOption(ctx, kRetryMax, 3600, 1, retryMax) ||
        !intOption(ctx, kStatusWindow, 500, 0, statusWindow) || statusWindow > 100000 ||
        maxReplies > kIntMax || window > kIntMax || pollMs > kIntMax || perSender > kIntMax ||
        retryBase > kIntMax || retryMax > kIntMax)
        return ctx.fail(QStringLiteral("--start-height, --max-replies, --max-replies-per-sender, --window, "
                                       "--poll-interval, --fee, --max-fee-per-day, --retry-base and "
                                       "--retry-max take non-negative integers (--status-window at most "
                                       "100000)"),
                        2);
    config.startHeight = start;
    config.maxReplies = int(maxReplies);
    config.windowSeconds = int(window);
    config.maxRepliesPerSender = int(perSender);
    config.maxFeePerDay = feePerDay;
    config.retryBaseSeconds = int(retryBase);
    config.retryMaxSeconds = int(qMax(retryBase, retryMax));
    config.verifiedOnly = ctx.parser.isSet(kVerifiedOnly);
    for (const QString& a : ctx.parser.values(kAllow)) {
        const QString address = a.trimmed();
        if (address.isEmpty())
            return ctx.fail(QStringLiteral("--allow needs an address"), 2);
        config.allow.insert(address);
    }

    auto wallet = messagecli::unlockWallet(ctx.parser.value(kKeystore), ctx.parser.value(kPasswordFile));
    if (!wallet)
        return ctx.fail(wallet.error().message);
    const QString address = wallet->address;

    QString statePath = ctx.parser.value(kState);
    if (statePath.isEmpty())
        statePath = messagecli::dataFile(QStringLiteral("responder-%1.json").arg(address));
    QString outbox = ctx.parser.value(kOutbox);
    if (outbox.isEmpty()) {
        // Next to the state file: the one place a locked-down service may write (systemd StateDirectory).
        const QFileInfo fi(statePath);
        outbox = fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-outbox.sqlite"));
    }

    chain::NodeProfile rpcProfile;
    rpcProfile.name = QStringLiteral("daemon-rpc");
    rpcProfile.rpcUrl = url;
    rpcProfile.chainId = ctx.parser.value(kChainId);
    if (const QString problem = chain::profileProblem(rpcProfile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto submitNode = chain::createNode(rpcProfile);
    std::unique_ptr<chain::Node> dbNode;
    if (!db.isEmpty()) {
        chain::NodeProfile dbProfile;
        dbProfile.name = QStringLiteral("daemon-db");
        dbProfile.chainDbPath = db;
        dbProfile.chainId = ctx.parser.value(kChainId);
        if (const QString problem = chain::profileProblem(dbProfile); !problem.isEmpty())
            return ctx.fail(problem, 2);
        dbNode = chain::createNode(dbProfile);
    }
    chain::Node* reader = dbNode ? dbNode.get() : submitNode.get();
    // The node the status reports describe: the operator's own node (often a follower whose chain.db
    // loses transactions, so messages are better read elsewhere); by default the one messages are read from.
    std::unique_ptr<chain::Node> statusNode;
    if (ctx.parser.isSet(kStatusNode) || ctx.parser.isSet(kStatusDb)) {
        if (ctx.parser.isSet(kStatusNode) == ctx.parser.isSet(kStatusDb))
            return ctx.fail(QStringLiteral("give either --status-node URL or --status-db PATH, not both"), 2);
        chain::NodeProfile statusProfile;
        statusProfile.name = QStringLiteral("daemon-status");
        statusProfile.rpcUrl = ctx.parser.value(kStatusNode).trimmed();
        statusProfile.chainDbPath = ctx.parser.value(kStatusDb).trimmed();
        statusProfile.chainId = ctx.parser.value(kChainId);
        if (const QString problem = chain::profileProblem(statusProfile); !problem.isEmpty())
            return ctx.fail(problem, 2);
        statusNode = chain::createNode(statusProfile);
    }

    const crypto::Ed25519Key* key = wallet->key.get();
    messaging::MessageSender sender(
        outbox, submitNode.get(), [address, key](const QString& a) { return a == address ? key : nullptr; });
    sender.setFee(fee);
    sender.setPollInterval(int(qMin<qint64>(pollMs, 1000)));
    messaging::Responder responder(address, reader, &sender, config, statePath);
    responder.setPollInterval(int(pollMs));
    if (ctx.parser.isSet(kAnswerStatus))
        responder.setStatusSource(
            nodeStatusSource(statusNode ? statusNode.get() : reader, &responder, int(statusWindow)));
    responder.setAcknowledge(ctx.parser.isSet(kAck));

    auto emitLine = [&ctx](const QString& line) {
        if (ctx.json) {
            QJsonObject o;
            o[QStringLiteral("time")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            o[QStringLiteral("event")] = line;
            ctx.printJson(o);
        } else {
            ctx.print(
                QStringLiteral("%1 %2").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), line));
        }
    };
    // Each line once, on stdout: the responder also logs to its category, which the command line keeps
    // silent unless -v asks for the internal lines (journald would otherwise record every line twice).
    QObject::connect(&responder, &messaging::Responder::log, &responder, emitLine);
    QObject::connect(&sender, &messaging::MessageSender::log, &sender, emitLine);

    int exitCode = 0;
    QEventLoop loop;
    QObject::connect(&sender, &messaging::MessageSender::ready, &loop, [&](bool ok, const QString& e) {
        if (!ok) {
            exitCode = ctx.fail(QStringLiteral("outbox %1: %2").arg(outbox, e));
            loop.quit();
            return;
        }
        if (const Result<void> started = responder.start(); !started) {
            exitCode = ctx.fail(started.error().message);
            loop.quit();
            return;
        }
        emitLine(
            QStringLiteral("listening for messages to %1 (reading %2, sending to %3; state %4, outbox %5)")
                .arg(address, reader->describe(), submitNode->describe(), statePath, outbox));
    });
    // SIGTERM (systemd stop) and SIGINT end the loop between two steps: every write is complete by then.
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (g_stop.load())
            loop.quit();
    });
    stopCheck.start(200);
    sender.start();
    loop.exec();
    responder.stop();
    if (exitCode == 0)
        emitLine(QStringLiteral("stopped"));
    return exitCode;
}

} // namespace

const Command kDaemonCommand(
    {{QStringLiteral("daemon")},
     QStringLiteral("Run the responder: answer trigger messages to a wallet (ping -> pong), never twice."),
     [](QCommandLineParser& p) {
         p.addOption({kKeystore, QStringLiteral("The wallet's keystore file."), QStringLiteral("FILE")});
         p.addOption(
             {kPasswordFile, QStringLiteral("File holding the keystore password."), QStringLiteral("PF")});
         p.addOption({kNode,
                      QStringLiteral("The proposer's RPC URL (replies are submitted there; messages are read "
                                     "there too unless --db is given)."),
                      QStringLiteral("URL")});
         p.addOption({kDb, QStringLiteral("Read messages from this chain.db (read-only) instead of the RPC."),
                      QStringLiteral("PATH")});
         p.addOption({kTrigger, QStringLiteral("Trigger text (default: ping)."), QStringLiteral("TEXT")});
         p.addOption({kReply, QStringLiteral("Reply text (default: pong)."), QStringLiteral("TEXT")});
         p.addOption({kMatch, QStringLiteral("exact (default), prefix or regex."), QStringLiteral("KIND")});
         p.addOption({kIgnoreCase, QStringLiteral("Match the trigger case-insensitively.")});
         p.addOption({kState, QStringLiteral("State file: answered transactions and the start height."),
                      QStringLiteral("FILE")});
         p.addOption({kOutbox, QStringLiteral("Outbox file (default: next to the state file)."),
                      QStringLiteral("FILE")});
         p.addOption({kStartHeight,
                      QStringLiteral("Answer only messages above this height (default: the head at "
                                     "the first start)."),
                      QStringLiteral("N")});
         p.addOption({kMaxReplies, QStringLiteral("Rate limit: replies per window (default 10)."),
                      QStringLiteral("N")});
         p.addOption(
             {kWindow, QStringLiteral("Rate limit window in seconds (default 60)."), QStringLiteral("S")});
         p.addOption(
             {kPoll, QStringLiteral("Poll interval in milliseconds (default 2000)."), QStringLiteral("MS")});
         p.addOption({kFee, QStringLiteral("Fee of the replies (default 10)."), QStringLiteral("N")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: discovered)."), QStringLiteral("ID")});
         p.addOption({kMaxPerSender,
                      QStringLiteral("Rate limit: replies to one sender per window (default 3)."),
                      QStringLiteral("N")});
         p.addOption({kMaxFeePerDay,
                      QStringLiteral("Fee budget: the replies spend at most N in any 24 hours; triggers "
                                     "beyond it are logged and never answered (default: no budget)."),
                      QStringLiteral("N")});
         p.addOption({kVerifiedOnly,
                      QStringLiteral("Answer only messages whose authorship is verified (signed by the "
                                     "sender's key); unsigned messages are logged and not answered.")});
         p.addOption(
             {kAck, QStringLiteral("Acknowledge the verified messages read and not answered: one message "
                                   "per sender listing their hashes (docs/agent-protocol.md §4), never "
                                   "twice, never for an acknowledgment.")});
         p.addOption({kAllow, QStringLiteral("Answer only this sender (repeatable; default: anybody)."),
                      QStringLiteral("ADDR")});
         p.addOption({kRetryBase,
                      QStringLiteral("A reply the node refused is sent again after S seconds, doubling "
                                     "(default 30)."),
                      QStringLiteral("S")});
         p.addOption({kRetryMax, QStringLiteral("Longest wait between two resends (default 3600)."),
                      QStringLiteral("S")});
         p.addOption({kAnswerStatus,
                      QStringLiteral("Answer verified status requests (aitbc-agent ask-status) with a signed "
                                     "report of this node: chain id, head, mempool, protocol and the recent "
                                     "heights it holds without transactions. Read-only; --allow applies.")});
         p.addOption({kStatusWindow,
                      QStringLiteral("Status reports scan this many recent blocks for missing transactions "
                                     "(default 500, at most 100000)."),
                      QStringLiteral("N")});
         p.addOption({kStatusNode,
                      QStringLiteral("Status reports describe this node's RPC (default: where messages are "
                                     "read)."),
                      QStringLiteral("URL")});
         p.addOption({kStatusDb,
                      QStringLiteral("Status reports describe this chain.db (read-only), e.g. the "
                                     "operator's follower."),
                      QStringLiteral("PATH")});
     },
     runDaemon});

QList<Command> daemonCommands() {
    return {kDaemonCommand};
}

} // namespace aitbc::cli
