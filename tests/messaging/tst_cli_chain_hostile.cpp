// The CLI against hostile chain content, as real processes (QProcess) on a devnet leader: `aitbc-agent
// daemon --verified-only` and a forged unsigned ping, each log line written once, the fee budget's log
// line, `aitbc-agent messages --json` with a replayed signed payload (unverified), `in_reply_to`, and the
// hint when the node read is a REF follower without transaction rows.
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_keystores.h"
#include "test_result.h"

#include "keystore/keystore.h"
#include "messaging/envelope.h"
#include "tx/transaction.h"
#include "json/parse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 60000;
const QString kChain = QStringLiteral("ait-devnet");

using test::agentBinary;
} // namespace

class TestCliChainHostile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    int m_leaders = 0;

    void writeKeystore(const QString& name, char fill) {
        test::writeTestKeystore(m_dir.path(), name, fill, "secret " + QByteArray(1, fill),
                                test::PasswordFile::Yes);
    }

    std::unique_ptr<devnet::DevnetNode> newLeader() {
        return test::startLeader(m_dir.filePath(QStringLiteral("leader%1").arg(++m_leaders)),
                                 {alice.address, bob.address});
    }

    struct Output {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool found = false; ///< daemonUntil: the awaited line was written
    };

    Output run(const QStringList& args) {
        QProcess p;
        p.setProgram(agentBinary());
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(kWaitMs))
            qFatal("aitbc-agent did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(), true};
    }

    QJsonObject messagesJson(const QUrl& node, const QString& address) {
        const Output o = run({QStringLiteral("messages"), QStringLiteral("--address"), address,
                              QStringLiteral("--node"), node.toString(), QStringLiteral("--json")});
        const QJsonDocument doc = QJsonDocument::fromJson(o.out);
        if (!doc.isObject())
            qWarning() << "stdout:" << o.out << "stderr:" << o.err;
        return doc.object();
    }

    static QJsonObject byHash(const QJsonArray& list, const QString& hash) {
        for (const QJsonValue& v : list)
            if (v[QStringLiteral("tx_hash")].toString() == hash)
                return v.toObject();
        return {};
    }

    static int countFrom(const QJsonArray& list, const QString& sender, const QString& text) {
        int n = 0;
        for (const QJsonValue& v : list)
            n += v[QStringLiteral("sender")].toString() == sender &&
                 v[QStringLiteral("text")].toString() == text;
        return n;
    }

    QStringList daemonArgs(const QUrl& node, const QString& name) {
        return {QStringLiteral("daemon"),
                QStringLiteral("--keystore"),
                m_dir.filePath(QStringLiteral("bob.json")),
                QStringLiteral("--password-file"),
                m_dir.filePath(QStringLiteral("bob.password")),
                QStringLiteral("--node"),
                node.toString(),
                QStringLiteral("--state"),
                m_dir.filePath(name + QStringLiteral(".json")),
                QStringLiteral("--start-height"),
                QStringLiteral("0"),
                QStringLiteral("--poll-interval"),
                QStringLiteral("100")};
    }

    /// Posts a transaction "from" `from` that nobody signed (the node checks no signature, §1.7).
    static QString postUnsigned(chain::Node* node, const QString& from, const QString& to,
                                const QString& text) {
        tx::RefTransfer t;
        t.chainId = kChain;
        t.from = from;
        t.to = to;
        t.fee = 0;
        t.message = text;
        t.nonce = test::waitFor(node->account(from))->nonce;
        const auto r = test::waitFor(node->submit(tx::refSignedObject(t)));
        if (!r.ok())
            qFatal("submit: %s", qPrintable(r.error().message));
        return r->txHash;
    }

    /// Sends a signed message built here (the project's own format), waits until it is in a block.
    QString postSigned(chain::Node* node, const test::TestKey& from, const QString& to, const QString& text,
                       const QString& inReplyTo = {}, json::Value* payload = nullptr) {
        messaging::OutgoingMessage m;
        m.chainId = kChain;
        m.from = from.address;
        m.to = to;
        m.text = text;
        m.fee = 0;
        m.inReplyTo = inReplyTo;
        m.nonce = test::waitFor(node->account(from.address))->nonce;
        const tx::SignedTransaction t = messaging::buildMessageTransaction(m, *from.key);
        if (payload)
            *payload = t.body[QStringLiteral("payload")];
        const auto r = test::waitFor(node->submit(t.body));
        if (!r.ok())
            qFatal("submit: %s", qPrintable(r.error().message));
        return r->txHash;
    }

    static bool mined(chain::Node* node, const QString& address, const QString& hash) {
        const auto r = test::waitFor(node->messages(address));
        return r.ok() && std::any_of(r->begin(), r->end(),
                                     [&](const chain::ChainMessage& m) { return m.txHash == hash; });
    }

    /// Runs the daemon until a line of its stdout contains all of `needles`; returns everything it wrote.
    Output daemonUntil(const QStringList& args, const QStringList& needles) {
        QProcess daemon;
        daemon.setProgram(agentBinary());
        daemon.setArguments(args);
        daemon.start();
        if (!daemon.waitForStarted())
            qFatal("daemon did not start");
        QByteArray out;
        auto found = [&] {
            out += daemon.readAllStandardOutput();
            for (const QByteArray& line : out.split('\n')) {
                const QString l = QString::fromUtf8(line);
                if (std::all_of(needles.begin(), needles.end(),
                                [&](const QString& n) { return l.contains(n); }))
                    return true;
            }
            return false;
        };
        const bool seen = QTest::qWaitFor(found, kWaitMs);
        daemon.terminate();
        daemon.waitForFinished(kWaitMs);
        out += daemon.readAllStandardOutput();
        return {daemon.exitCode(), out, daemon.readAllStandardError(), seen};
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("bob"), 'b');
    }

    void daemonVerifiedOnlyRefusesForgedPing() {
        auto leader = newLeader();
        auto rpc = test::rpcClient(leader->url());
        const QString forged = postUnsigned(rpc.get(), alice.address, bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, forged), kWaitMs);

        QStringList strict = daemonArgs(leader->url(), QStringLiteral("strict"));
        strict << QStringLiteral("--verified-only") << QStringLiteral("--fee") << QStringLiteral("0");
        const Output refused =
            daemonUntil(strict, {QStringLiteral("Not answering \"ping\""), QStringLiteral("(unsigned)"),
                                 QStringLiteral("verified")});
        QVERIFY2(refused.found, refused.out.constData());
        QCOMPARE(refused.exitCode, 0);
        // Each line once: on stdout, not also on stderr (journald would record both).
        QVERIFY2(!refused.err.contains("Not answering"), refused.err.constData());
        QCOMPARE(refused.out.count("Not answering \"ping\""), 1);
        QCOMPARE(countFrom(messagesJson(leader->url(), bob.address)[QStringLiteral("messages")].toArray(),
                           bob.address, QStringLiteral("pong")),
                 0);

        // Without --verified-only the unsigned ping is answered, and the line says it was unsigned.
        QStringList lax = daemonArgs(leader->url(), QStringLiteral("lax"));
        lax << QStringLiteral("--fee") << QStringLiteral("0");
        const Output answered = daemonUntil(lax, {QStringLiteral("Received \"ping\""),
                                                  QStringLiteral("(unsigned)"), QStringLiteral("replying")});
        QVERIFY2(answered.found, answered.out.constData());
        QVERIFY(!answered.err.contains("Received"));
        QTRY_COMPARE_WITH_TIMEOUT(
            countFrom(messagesJson(leader->url(), bob.address)[QStringLiteral("messages")].toArray(),
                      bob.address, QStringLiteral("pong")),
            1, kWaitMs);
    }

    void daemonWritesEachLineOnce() {
        auto leader = newLeader();
        auto rpc = test::rpcClient(leader->url());
        const QString ping = postSigned(rpc.get(), alice, bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, ping), kWaitMs);
        QStringList args = daemonArgs(leader->url(), QStringLiteral("once"));
        args << QStringLiteral("--fee") << QStringLiteral("0");
        const Output o = daemonUntil(args, {QStringLiteral("Received \"ping\""), QStringLiteral("replying")});
        QVERIFY2(o.found, o.out.constData());
        QCOMPARE(o.out.count("Received \"ping\""), 1);
        // journald records stdout and stderr: the same line on both would be logged twice.
        QVERIFY2(!o.err.contains("Received"), o.err.constData());
        QVERIFY2(!o.err.contains("Responder started"), o.err.constData());
    }

    void daemonFeeBudgetLogsWhenExhausted() {
        auto leader = newLeader();
        auto rpc = test::rpcClient(leader->url());
        const QString ping = postSigned(rpc.get(), alice, bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, ping), kWaitMs);
        QStringList args = daemonArgs(leader->url(), QStringLiteral("budget"));
        args << QStringLiteral("--fee") << QStringLiteral("10") << QStringLiteral("--max-fee-per-day")
             << QStringLiteral("0");
        const Output o =
            daemonUntil(args, {QStringLiteral("Not answering \"ping\""), QStringLiteral("(verified)"),
                               QStringLiteral("fee budget exhausted: 0 of 0")});
        QVERIFY2(o.found, o.out.constData());
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(countFrom(messagesJson(leader->url(), bob.address)[QStringLiteral("messages")].toArray(),
                           bob.address, QStringLiteral("pong")),
                 0);
    }

    void replayedPayloadIsUnverified() {
        auto leader = newLeader();
        auto rpc = test::rpcClient(leader->url());
        json::Value payload;
        const QString original =
            postSigned(rpc.get(), alice, bob.address, QStringLiteral("pay 5"), {}, &payload);
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, original), kWaitMs);
        // Anybody reposts Alice's signed payload as a new transaction from her address (her next nonce).
        tx::RefTransfer t;
        t.chainId = kChain;
        t.from = alice.address;
        t.to = bob.address;
        t.fee = 0;
        t.nonce = test::waitFor(rpc->account(alice.address))->nonce;
        json::Value body = tx::refSignedObject(t);
        body.insert(QStringLiteral("payload"), payload);
        const auto posted = test::waitFor(rpc->submit(body));
        QVERIFY2(posted.ok(), qPrintable(posted.error().message));
        const QString copy = posted->txHash;
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, copy), kWaitMs);

        const QJsonArray list =
            messagesJson(leader->url(), bob.address)[QStringLiteral("messages")].toArray();
        const QJsonObject first = byHash(list, original);
        const QJsonObject second = byHash(list, copy);
        QCOMPARE(first[QStringLiteral("text")].toString(), QStringLiteral("pay 5"));
        QCOMPARE(second[QStringLiteral("text")].toString(), QStringLiteral("pay 5"));
        QCOMPARE(first[QStringLiteral("verified")].toBool(), true);
        QVERIFY(second[QStringLiteral("verified")].isBool());
        QCOMPARE(second[QStringLiteral("verified")].toBool(), false);
        const QString why = second[QStringLiteral("authorship")].toString();
        QVERIFY2(why == QStringLiteral("replayed") || why == QStringLiteral("nonce-mismatch"),
                 qPrintable(why));
    }

    void inReplyToIsPrinted() {
        auto leader = newLeader();
        auto rpc = test::rpcClient(leader->url());
        const QString ping = postSigned(rpc.get(), alice, bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, ping), kWaitMs);
        const QString pong = postSigned(rpc.get(), bob, alice.address, QStringLiteral("pong"), ping);
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), alice.address, pong), kWaitMs);
        const QJsonArray list =
            messagesJson(leader->url(), alice.address)[QStringLiteral("messages")].toArray();
        QCOMPARE(byHash(list, pong)[QStringLiteral("in_reply_to")].toString(), ping);
        QVERIFY(byHash(list, pong)[QStringLiteral("verified")].toBool());
        const QJsonObject p = byHash(list, ping);
        QVERIFY(p.contains(QStringLiteral("in_reply_to")));
        QVERIFY(p[QStringLiteral("in_reply_to")].isNull());
    }

    void refFollowerGetsAHint() {
        auto leader = newLeader();
        auto rpc = test::rpcClient(leader->url());
        const QString ping = postSigned(rpc.get(), alice, bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(mined(rpc.get(), bob.address, ping), kWaitMs);
        const qint64 height = test::waitFor(rpc->head())->height;

        devnet::NodeConfig cfg;
        cfg.dataDir = m_dir.filePath(QStringLiteral("ref-follower"));
        cfg.chainId = kChain;
        cfg.role = devnet::Role::Follower;
        cfg.leaderUrl = leader->url();
        cfg.quirks = devnet::Quirks::Ref; // imports headers only, as a REF follower does
        cfg.followerPollSeconds = 0.1;
        cfg.importIntervalSeconds = 0.0;
        cfg.genesis.chainId = cfg.chainId;
        cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
        cfg.genesis.allocations = {{alice.address, 1000, 0}, {bob.address, 1000, 0}};
        devnet::DevnetNode follower(cfg);
        QVERIFY(test::succeeded(follower.start()));
        QTRY_VERIFY_WITH_TIMEOUT(follower.height() >= height, kWaitMs);

        const QJsonObject json = messagesJson(follower.url(), bob.address);
        QCOMPARE(json[QStringLiteral("messages")].toArray().size(), 0);
        QVERIFY2(json[QStringLiteral("hint")].toString().contains(QStringLiteral("leader")),
                 qPrintable(json[QStringLiteral("hint")].toString()));
        const Output human = run({QStringLiteral("messages"), QStringLiteral("--address"), bob.address,
                                  QStringLiteral("--node"), follower.url().toString()});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.err.contains("hint:") && human.err.contains("follower"), human.err.constData());
        QVERIFY(!human.out.contains("hint:"));
        // The leader holds every row: no hint there.
        QVERIFY(!messagesJson(leader->url(), bob.address).contains(QStringLiteral("hint")));
    }
};

QTEST_GUILESS_MAIN(TestCliChainHostile)
#include "tst_cli_chain_hostile.moc"
