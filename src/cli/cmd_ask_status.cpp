// aitbc-agent ask-status: asks another wallet's responder (`daemon --answer-status`) for its node's
// status through a signed message and prints the signed report it answers with. A report counts only
// when its authorship is verified, it comes from the agent asked and it answers one of this wallet's
// requests: the node checks no signature, so anybody can put a "report" from the agent's address on chain.
#include "address/address_check.h"
#include "chain/node_profile.h"
#include "cli.h"
#include "message_cli_common.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/status_report_finder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace aitbc::cli {

namespace {

const QString kKeystore = QStringLiteral("keystore");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kNode = QStringLiteral("node");
const QString kAgent = QStringLiteral("agent");
const QString kWait = QStringLiteral("wait");
const QString kFee = QStringLiteral("fee");
const QString kChainId = QStringLiteral("chain-id");
const QString kOutbox = QStringLiteral("outbox");
const QString kTimeout = QStringLiteral("timeout");
constexpr double kDefaultTimeoutSeconds = 180.0;

QJsonObject reportJson(const messaging::FoundStatusReport& f, const QString& agent) {
    const messaging::StatusReport& r = f.report;
    QJsonObject o;
    o[QStringLiteral("agent")] = agent;
    o[QStringLiteral("verified")] = true;
    o[QStringLiteral("chain_id")] = r.chainId;
    o[QStringLiteral("height")] = r.height >= 0 ? QJsonValue(double(r.height)) : QJsonValue();
    o[QStringLiteral("hash")] = r.hash;
    o[QStringLiteral("head_time")] =
        r.headTime.isValid() ? QJsonValue(r.headTime.toString(Qt::ISODate)) : QJsonValue();
    o[QStringLiteral("head_age_s")] =
        r.headAgeSeconds >= 0 ? QJsonValue(double(r.headAgeSeconds)) : QJsonValue();
    o[QStringLiteral("mempool_size")] = r.mempoolSize >= 0 ? QJsonValue(double(r.mempoolSize)) : QJsonValue();
    o[QStringLiteral("protocol")] = r.protocol;
    QJsonArray heights;
    for (qint64 h : r.missingTxHeights)
        heights.append(double(h));
    o[QStringLiteral("missing_tx_heights")] = heights;
    o[QStringLiteral("missing_tx_truncated")] = r.missingTxTruncated;
    o[QStringLiteral("scanned_from")] = r.scannedFrom >= 0 ? QJsonValue(double(r.scannedFrom)) : QJsonValue();
    o[QStringLiteral("scanned_to")] = r.scannedTo >= 0 ? QJsonValue(double(r.scannedTo)) : QJsonValue();
    o[QStringLiteral("reported_at")] =
        r.reportedAt.isValid() ? QJsonValue(r.reportedAt.toString(Qt::ISODate)) : QJsonValue();
    o[QStringLiteral("report_age_s")] =
        r.reportedAt.isValid()
            ? QJsonValue(double(qMax<qint64>(0, r.reportedAt.secsTo(QDateTime::currentDateTimeUtc()))))
            : QJsonValue();
    o[QStringLiteral("error")] = r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error);
    o[QStringLiteral("request_tx")] = f.requestHash;
    o[QStringLiteral("reply_tx")] = f.reply.txHash;
    o[QStringLiteral("reply_height")] = double(f.reply.blockHeight);
    return o;
}

int runAskStatus(Context& ctx) {
    const QString url = ctx.parser.value(kNode).trimmed();
    const QString agent = ctx.parser.value(kAgent).trimmed();
    if (url.isEmpty())
        return ctx.fail(QStringLiteral("--node URL (the proposer's RPC, protocol.md §1.5) is required"), 2);
    if (!address::isAitbcAddress(agent))
        return ctx.fail(QStringLiteral("--agent ADDR must be the AITBC address of the agent's wallet"), 2);
    bool feeOk = true;
    const qint64 fee = ctx.parser.isSet(kFee) ? ctx.parser.value(kFee).toLongLong(&feeOk) : 10;
    if (!feeOk || fee < 0)
        return ctx.fail(QStringLiteral("--fee must be a non-negative integer"), 2);
    bool timeoutOk = true;
    const double timeoutSeconds =
        ctx.parser.isSet(kTimeout) ? ctx.parser.value(kTimeout).toDouble(&timeoutOk) : kDefaultTimeoutSeconds;
    if (!timeoutOk || !(timeoutSeconds > 0) || timeoutSeconds > 86400)
        return ctx.fail(QStringLiteral("--timeout must be a positive number of seconds (at most 86400)"), 2);
    const bool wait = ctx.parser.isSet(kWait);

    auto wallet = messagecli::unlockWallet(ctx.parser.value(kKeystore), ctx.parser.value(kPasswordFile));
    if (!wallet)
        return ctx.fail(wallet.error().message);
    const QString me = wallet->address;
    if (me == agent)
        return ctx.fail(QStringLiteral("--agent is this wallet itself; ask another wallet's agent"), 2);

    chain::NodeProfile profile;
    profile.name = QStringLiteral("cli");
    profile.rpcUrl = url;
    profile.chainId = ctx.parser.value(kChainId);
    profile.timeoutMs = int(qBound(500.0, timeoutSeconds * 1000, double(profile.timeoutMs)));
    if (const QString problem = chain::profileProblem(profile); !problem.isEmpty())
        return ctx.fail(problem, 2);
    auto node = chain::createNode(profile);

    const QString outbox = ctx.parser.value(kOutbox).isEmpty()
                               ? messagecli::dataFile(QStringLiteral("outbox.sqlite"))
                               : ctx.parser.value(kOutbox);
    const crypto::Ed25519Key* key = wallet->key.get();
    messaging::MessageSender sender(outbox, node.get(),
                                    [me, key](const QString& a) { return a == me ? key : nullptr; });
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

    const qint64 id = await(sender.enqueue(me, agent, messaging::statusRequestText()));
    if (id < 0)
        return ctx.fail(QStringLiteral("could not write the status request to the outbox %1").arg(outbox));

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(int(timeoutSeconds * 1000));
    // Without --wait the request only has to reach the mempool; with it, its block (the reply names it).
    auto requestDone = [&](const messaging::OutboxEntry& e) {
        return e.state == messaging::OutboxState::Failed || e.state == messaging::OutboxState::Confirmed ||
               (!wait && e.state == messaging::OutboxState::Submitted);
    };
    QObject::connect(&sender, &messaging::MessageSender::entryChanged, &loop,
                     [&](const messaging::OutboxEntry& e) {
                         if (e.id == id && requestDone(e))
                             loop.quit();
                     });
    if (!requestDone(*sender.entry(id)))
        loop.exec();
    const messaging::OutboxEntry request = *sender.entry(id);
    if (request.state == messaging::OutboxState::Failed)
        return ctx.fail(QStringLiteral("the node refused the status request: %1").arg(request.reason));
    if (!requestDone(request))
        return ctx.fail(
            QStringLiteral("timed out before the status request was %1; it stays in the outbox %2")
                .arg(wait ? QStringLiteral("in a block") : QStringLiteral("accepted"), outbox),
            3);

    // Polls this wallet's messages until the agent's verified reply to the request is there (--wait), or
    // once for the newest report already on chain (without --wait).
    messaging::StatusReportSearch found;
    QString readError;
    const QString wanted = wait ? request.txHash : QString();
    QTimer poll;
    poll.setInterval(500);
    std::function<void()> look = [&] {
        messaging::whenFinished(
            &loop, node->messages(me), [&](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                if (r && r->ok()) {
                    found = messaging::findStatusReports(r->value(), node->chainId(), me, agent, wanted);
                    readError.clear();
                } else {
                    readError = r ? r->error().message : QStringLiteral("no answer");
                }
                if (!wait || found.newest || !deadline.isActive()) {
                    loop.quit();
                    return;
                }
                poll.start();
            });
    };
    poll.setSingleShot(true);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] { look(); });
    look();
    loop.exec();

    if (!found.newest) {
        const QString why =
            wait ? QStringLiteral("no verified status report from %1 within %2 s (request %3%4)")
                       .arg(agent)
                       .arg(timeoutSeconds)
                       .arg(request.txHash,
                            found.ignored
                                ? QStringLiteral("; %1 forged, unsigned or malformed replies ignored")
                                      .arg(found.ignored)
                                : QString())
                 : QStringLiteral("no status report from %1 on chain yet; the request %2 is on its way (ask "
                                  "again later, or use --wait)")
                       .arg(agent, request.txHash);
        if (ctx.json) {
            QJsonObject o;
            o[QStringLiteral("agent")] = agent;
            o[QStringLiteral("verified")] = false;
            o[QStringLiteral("request_tx")] = request.txHash;
            o[QStringLiteral("ignored_replies")] = found.ignored;
            o[QStringLiteral("error")] = readError.isEmpty() ? why : readError;
            ctx.printJson(o);
        }
        return ctx.fail(readError.isEmpty() ? why : QStringLiteral("%1 (%2)").arg(why, readError), 3);
    }
    QJsonObject o = reportJson(*found.newest, agent);
    o[QStringLiteral("ignored_replies")] = found.ignored;
    o[QStringLiteral("fresh")] = found.newest->requestHash == request.txHash;
    if (ctx.json) {
        ctx.printJson(o);
    } else {
        const messaging::StatusReport& r = found.newest->report;
        ctx.print(QStringLiteral("%1 reports chain %2 at height %3 (%4), head %5 s old, mempool %6, "
                                 "protocol %7; heights without transactions: %8%9")
                      .arg(agent, r.chainId)
                      .arg(r.height)
                      .arg(r.hash)
                      .arg(r.headAgeSeconds)
                      .arg(r.mempoolSize)
                      .arg(r.protocol,
                           r.missingTxHeights.isEmpty()
                               ? QStringLiteral("none")
                               : [&] {
                                     QStringList s;
                                     for (qint64 h : r.missingTxHeights)
                                         s << QString::number(h);
                                     return s.join(QLatin1Char(','));
                                 }(),
                           r.error.isEmpty() ? QString() : QStringLiteral(" (node error: %1)").arg(r.error)));
    }
    return 0;
}

} // namespace

const Command kAskStatusCommand(
    {{QStringLiteral("ask-status")},
     QStringLiteral("Ask another wallet's agent (daemon --answer-status) for its node's status; print its "
                    "signed report."),
     [](QCommandLineParser& p) {
         p.addOption({kKeystore, QStringLiteral("This wallet's keystore file."), QStringLiteral("FILE")});
         p.addOption(
             {kPasswordFile, QStringLiteral("File holding the keystore password."), QStringLiteral("PF")});
         p.addOption({kNode,
                      QStringLiteral("The proposer's RPC URL (the request is sent there, the report read "
                                     "there)."),
                      QStringLiteral("URL")});
         p.addOption({kAgent, QStringLiteral("The agent's wallet address."), QStringLiteral("ADDR")});
         p.addOption(
             {kWait, QStringLiteral("Wait for the agent's report to this request (else: print the newest "
                                    "report already on chain).")});
         p.addOption({kFee, QStringLiteral("Fee of the request (default 10)."), QStringLiteral("N")});
         p.addOption({kChainId, QStringLiteral("Chain id (default: discovered)."), QStringLiteral("ID")});
         p.addOption(
             {kOutbox, QStringLiteral("Outbox file (default: the CLI's outbox)."), QStringLiteral("FILE")});
         p.addOption(
             {kTimeout, QStringLiteral("Give up after S seconds (default 180)."), QStringLiteral("S")});
     },
     runAskStatus});

QList<Command> askStatusCommands() {
    return {kAskStatusCommand};
}

} // namespace aitbc::cli
