// Status requests through agents, end to end with real processes and real HTTP on 127.0.0.1: Alice asks
// Bob's agent (`aitbc-agent daemon --answer-status`) for the status of Bob's own node, a REF follower the
// asker never contacts (the agent reads its chain.db). The report must give the same missing-transaction
// heights as a direct `sync compare` of the leader and that follower; forged and unsigned "reports" put
// on chain in Bob's name are never shown; an agent with an allow-list ignores other askers.
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_keystores.h"
#include "test_result.h"

#include "keystore/keystore.h"
#include "messaging/envelope.h"
#include "messaging/status_report.h"
#include "tx/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 120000;
const QString kChain = QStringLiteral("ait-devnet");

} // namespace

class TestStatusRequests : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    std::unique_ptr<devnet::DevnetNode> m_follower;
    std::unique_ptr<chain::Node> m_rpc;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');
    test::TestKey mallory = test::makeKey('m');

    void writeKeystore(const QString& name, char fill) {
        test::writeTestKeystore(m_dir.path(), name, fill, "secret " + QByteArray(1, fill),
                                test::PasswordFile::Yes);
    }

    void startProcess(QProcess& p, const QStringList& args) {
        p.setProgram(test::agentBinary());
        p.setArguments(args);
        p.setProcessEnvironment(test::agentEnvironment(m_dir.filePath(QStringLiteral("xdg"))));
        p.start();
        QVERIFY(p.waitForStarted());
    }

    QJsonObject finish(QProcess& p, int* exitCode) {
        if (!p.waitForFinished(kWaitMs))
            qFatal("aitbc-agent did not finish");
        *exitCode = p.exitCode();
        const QByteArray out = p.readAllStandardOutput();
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        if (!doc.isObject())
            qWarning() << "stdout:" << out << "stderr:" << p.readAllStandardError();
        return doc.object();
    }

    QStringList askArgs(const QString& who, const QString& agent, double timeout = 90) {
        return {QStringLiteral("ask-status"),
                QStringLiteral("--keystore"),
                m_dir.filePath(who + QStringLiteral(".json")),
                QStringLiteral("--password-file"),
                m_dir.filePath(who + QStringLiteral(".password")),
                QStringLiteral("--node"),
                m_leader->url().toString(),
                QStringLiteral("--agent"),
                agent,
                QStringLiteral("--fee"),
                QStringLiteral("0"),
                QStringLiteral("--outbox"),
                m_dir.filePath(who + QStringLiteral("-outbox.sqlite")),
                QStringLiteral("--timeout"),
                QString::number(timeout),
                QStringLiteral("--wait"),
                QStringLiteral("--json")};
    }

    QStringList daemonArgs(qint64 startHeight, const QStringList& extra = {}) {
        return QStringList{QStringLiteral("daemon"),
                           QStringLiteral("--keystore"),
                           m_dir.filePath(QStringLiteral("bob.json")),
                           QStringLiteral("--password-file"),
                           m_dir.filePath(QStringLiteral("bob.password")),
                           QStringLiteral("--node"),
                           m_leader->url().toString(),
                           QStringLiteral("--answer-status"),
                           QStringLiteral("--status-db"),
                           m_follower->databasePath(),
                           QStringLiteral("--state"),
                           m_dir.filePath(QStringLiteral("bob-state-%1.json").arg(startHeight)),
                           QStringLiteral("--start-height"),
                           QString::number(startHeight),
                           QStringLiteral("--poll-interval"),
                           QStringLiteral("100"),
                           QStringLiteral("--fee"),
                           QStringLiteral("0")} +
               extra;
    }

    qint64 leaderHeight() {
        const auto h = test::waitFor(m_rpc->head());
        return h.ok() ? h->height : -1;
    }

    qint64 followerHeight() {
        auto rpc = test::rpcClient(m_follower->url());
        const auto h = test::waitFor(rpc->head());
        return h.ok() ? h->height : -1;
    }

    /// The status requests `from` sent to `to`, on the leader's chain.
    QStringList requestsOnChain(const QString& from, const QString& to) {
        QStringList out;
        const auto r = test::waitFor(m_rpc->messages(from));
        if (r.ok())
            for (const chain::ChainMessage& m : r.value())
                if (m.sender == from && m.recipient == to && messaging::isStatusRequest(m.text))
                    out << m.txHash;
        return out;
    }

    bool onChain(const QString& address, const QString& hash) {
        const auto r = test::waitFor(m_rpc->messages(address));
        if (r.ok())
            for (const chain::ChainMessage& m : r.value())
                if (m.txHash == hash)
                    return true;
        return false;
    }

    qint64 nonceOf(const QString& address) {
        const auto a = test::waitFor(m_rpc->account(address));
        if (!a.ok())
            qFatal("account: %s", qPrintable(a.error().message));
        return a->nonce;
    }

    /// A report "from Bob" answering `request`, signed with Mallory's key (the node checks no signature).
    QString postForgedReport(const QString& request) {
        messaging::StatusReport fake;
        fake.chainId = kChain;
        fake.height = 999999;
        fake.hash = QStringLiteral("0xforged");
        messaging::OutgoingMessage m;
        m.chainId = kChain;
        m.from = bob.address;
        m.to = alice.address;
        m.text = messaging::encodeStatusReport(fake);
        m.nonce = nonceOf(bob.address);
        m.fee = 0;
        m.inReplyTo = request;
        const auto r = test::waitFor(m_rpc->submit(messaging::buildMessageTransaction(m, *mallory.key).body));
        if (!r.ok())
            qFatal("submit: %s", qPrintable(r.error().message));
        return r->txHash;
    }

    /// The same without any authorship signature, naming `request` in `in_reply_to`.
    QString postUnsignedReport(const QString& request) {
        messaging::StatusReport fake;
        fake.chainId = kChain;
        fake.height = 888888;
        fake.hash = QStringLiteral("0xunsigned");
        tx::RefTransfer t;
        t.chainId = kChain;
        t.from = bob.address;
        t.to = alice.address;
        t.fee = 0;
        t.message = messaging::encodeStatusReport(fake);
        t.nonce = nonceOf(bob.address);
        json::Value body = tx::refSignedObject(t);
        json::Value* payload = body.find(QStringLiteral("payload"));
        if (!payload)
            qFatal("no payload member");
        payload->insert(QStringLiteral("in_reply_to"), request);
        const auto r = test::waitFor(m_rpc->submit(body));
        if (!r.ok())
            qFatal("submit: %s", qPrintable(r.error().message));
        return r->txHash;
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(test::agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("bob"), 'b');
        writeKeystore(QStringLiteral("mallory"), 'm');
        const QStringList funded{alice.address, bob.address, carol.address, mallory.address};
        m_leader = test::startLeader(m_dir.filePath(QStringLiteral("leader")), funded);
        m_rpc = test::rpcClient(m_leader->url());
        // Bob's own node: a REF follower (blocks imported header-only, so it lacks transaction rows).
        devnet::NodeConfig cfg;
        cfg.dataDir = m_dir.filePath(QStringLiteral("follower"));
        cfg.chainId = kChain;
        cfg.role = devnet::Role::Follower;
        cfg.leaderUrl = m_leader->url();
        cfg.quirks = devnet::Quirks::Ref;
        cfg.followerPollSeconds = 0.1;
        cfg.importIntervalSeconds = 0.0;
        cfg.genesis.chainId = kChain;
        cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
        for (const QString& a : funded)
            cfg.genesis.allocations.append({a, 1000, 0});
        m_follower = std::make_unique<devnet::DevnetNode>(cfg);
        QVERIFY(test::succeeded(m_follower->start()));
    }

    void reportMatchesDirectComparison() {
        // History with transactions, which the follower imports without their rows.
        for (int i = 0; i < 3; ++i) {
            messaging::OutgoingMessage m;
            m.chainId = kChain;
            m.from = carol.address;
            m.to = alice.address;
            m.text = QStringLiteral("hello %1").arg(i);
            m.nonce = nonceOf(carol.address);
            m.fee = 0;
            const auto r =
                test::waitFor(m_rpc->submit(messaging::buildMessageTransaction(m, *carol.key).body));
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QTRY_VERIFY_WITH_TIMEOUT(onChain(alice.address, r->txHash), kWaitMs);
        }
        const qint64 start = leaderHeight();
        QVERIFY(start > 0);

        QProcess ask;
        startProcess(ask, askArgs(QStringLiteral("alice"), bob.address));
        QStringList requests;
        QTRY_VERIFY_WITH_TIMEOUT(!(requests = requestsOnChain(alice.address, bob.address)).isEmpty(),
                                 kWaitMs);
        const QString request = requests.constFirst();
        // Two fake reports in Bob's name, on chain before his agent answers.
        const QString forged = postForgedReport(request);
        QTRY_VERIFY_WITH_TIMEOUT(onChain(alice.address, forged), kWaitMs);
        const QString unsignedReport = postUnsignedReport(request);
        QTRY_VERIFY_WITH_TIMEOUT(onChain(alice.address, unsignedReport), kWaitMs);

        // The report describes the follower's chain.db as it is when Bob's agent answers; it holds the
        // blocks imported without their transactions only once the follower has caught up with them.
        QTRY_VERIFY2_WITH_TIMEOUT(followerHeight() >= start,
                                  qPrintable(QStringLiteral("follower at %1, leader at %2, waiting for %3")
                                                 .arg(followerHeight())
                                                 .arg(leaderHeight())
                                                 .arg(start)),
                                  kWaitMs);
        QProcess daemon;
        startProcess(daemon, daemonArgs(start));
        int code = -1;
        const QJsonObject report = finish(ask, &code);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(kWaitMs));
        const QByteArray daemonOut = daemon.readAllStandardOutput();
        QVERIFY2(code == 0, daemonOut.constData());
        QCOMPARE(report[QStringLiteral("verified")].toBool(), true);
        QCOMPARE(report[QStringLiteral("fresh")].toBool(), true);
        QCOMPARE(report[QStringLiteral("request_tx")].toString(), request);
        QCOMPARE(report[QStringLiteral("ignored_replies")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("chain_id")].toString(), kChain);
        QCOMPARE(report[QStringLiteral("protocol")].toString(), QStringLiteral("ref"));
        QVERIFY(daemonOut.contains("Status request from"));
        const qint64 height = report[QStringLiteral("height")].toInteger(-1);
        QVERIFY(height >= 0 && height < 999999);
        // The follower's head as reported is the leader's block at that height (no fork).
        const auto block = test::waitFor(m_rpc->block(height));
        QVERIFY2(block.ok(), qPrintable(block.error().message));
        QCOMPARE(report[QStringLiteral("hash")].toString(), block->header.hash);

        // The same question asked directly: sync compare of the leader and the follower's chain.db.
        QTRY_VERIFY_WITH_TIMEOUT(followerHeight() == leaderHeight(), kWaitMs);
        QProcess compare;
        startProcess(compare, {QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"),
                               m_leader->url().toString(), QStringLiteral("--node"),
                               m_follower->databasePath(), QStringLiteral("--json")});
        const QJsonObject direct = finish(compare, &code);
        QCOMPARE(code, 0);
        QList<qint64> expected;
        for (const QJsonValue& v : direct[QStringLiteral("missing_tx_heights")].toArray())
            if (v.toInteger() <= height)
                expected << v.toInteger();
        QList<qint64> reported;
        for (const QJsonValue& v : report[QStringLiteral("missing_tx_heights")].toArray())
            reported << v.toInteger();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(reported, expected);
    }

    void allowListIgnoresOthers() {
        const qint64 start = leaderHeight();
        QProcess daemon;
        startProcess(daemon, daemonArgs(start, {QStringLiteral("--allow"), alice.address}));
        // Mallory asks first, then Alice: only Alice is answered.
        QProcess malloryAsk;
        startProcess(malloryAsk, askArgs(QStringLiteral("mallory"), bob.address, 20));
        QTRY_VERIFY_WITH_TIMEOUT(!requestsOnChain(mallory.address, bob.address).isEmpty(), kWaitMs);
        QProcess aliceAsk;
        startProcess(aliceAsk, askArgs(QStringLiteral("alice"), bob.address));
        int code = -1;
        const QJsonObject aliceReport = finish(aliceAsk, &code);
        QCOMPARE(code, 0);
        QCOMPARE(aliceReport[QStringLiteral("verified")].toBool(), true);
        const QJsonObject malloryReport = finish(malloryAsk, &code);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(kWaitMs));
        QCOMPARE(code, 3);
        QCOMPARE(malloryReport[QStringLiteral("verified")].toBool(), false);
        // Counted on chain: Bob sent Mallory nothing.
        const auto r = test::waitFor(m_rpc->messages(mallory.address));
        QVERIFY(r.ok());
        for (const chain::ChainMessage& m : r.value())
            QVERIFY(m.sender != bob.address);
        QVERIFY(daemon.readAllStandardOutput().contains("not on the allow-list"));
    }

    void unsignedRequestIsNotAnswered() {
        const qint64 start = leaderHeight();
        // A status request "from Carol" without an authorship signature: anybody could have sent it.
        tx::RefTransfer t;
        t.chainId = kChain;
        t.from = carol.address;
        t.to = bob.address;
        t.fee = 0;
        t.message = messaging::statusRequestText();
        t.nonce = nonceOf(carol.address);
        const auto posted = test::waitFor(m_rpc->submit(tx::refSignedObject(t)));
        QVERIFY2(posted.ok(), qPrintable(posted.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(onChain(bob.address, posted->txHash), kWaitMs);
        QProcess daemon;
        startProcess(daemon, daemonArgs(start));
        QProcess aliceAsk;
        startProcess(aliceAsk, askArgs(QStringLiteral("alice"), bob.address));
        int code = -1;
        const QJsonObject aliceReport = finish(aliceAsk, &code);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(kWaitMs));
        QCOMPARE(code, 0);
        QCOMPARE(aliceReport[QStringLiteral("verified")].toBool(), true);
        // Alice's later request was answered, so Carol's earlier one was looked at: nothing went to Carol.
        const auto r = test::waitFor(m_rpc->messages(carol.address));
        QVERIFY(r.ok());
        for (const chain::ChainMessage& m : r.value())
            QVERIFY(m.sender != bob.address);
        QVERIFY(daemon.readAllStandardOutput().contains("only verified messages are answered"));
    }
};

QTEST_GUILESS_MAIN(TestStatusRequests)
#include "tst_status_requests.moc"
