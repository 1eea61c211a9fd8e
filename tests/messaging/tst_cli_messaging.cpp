// The CLI alone, as the README's hand-run scenario: `aitbc-agent message send --wait --json` from Alice,
// `aitbc-agent daemon` for Bob answering pong, `aitbc-agent messages --json` with "verified", and a
// restarted daemon that answers nothing twice. Real processes (QProcess), real HTTP to a devnet leader.
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "keystore/keystore.h"
#include "messaging/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 60000;

} // namespace

class TestCliMessaging : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey mallory = test::makeKey('m');

    QString writeKeystore(const QString& name, char fill) {
        return test::writeTestKeystore(m_dir.path(), name, fill, "secret " + QByteArray(1, fill),
                                       test::PasswordFile::Yes);
    }

    QJsonObject run(const QStringList& args, int* exitCode = nullptr) {
        return test::runAgentJson(args, test::agentEnvironment(m_dir.filePath(QStringLiteral("xdg"))),
                                  exitCode);
    }

    QStringList sendArgs(const QString& who, const QString& to, const QString& text) {
        return {QStringLiteral("message"),
                QStringLiteral("send"),
                QStringLiteral("--keystore"),
                m_dir.filePath(who + QStringLiteral(".json")),
                QStringLiteral("--password-file"),
                m_dir.filePath(who + QStringLiteral(".password")),
                QStringLiteral("--node"),
                m_leader->url().toString(),
                QStringLiteral("--to"),
                to,
                QStringLiteral("--text"),
                text,
                QStringLiteral("--fee"),
                QStringLiteral("0"),
                QStringLiteral("--outbox"),
                m_dir.filePath(who + QStringLiteral("-outbox.sqlite")),
                QStringLiteral("--json")};
    }

    QStringList daemonArgs() {
        return {QStringLiteral("daemon"),
                QStringLiteral("--keystore"),
                m_dir.filePath(QStringLiteral("bob.json")),
                QStringLiteral("--password-file"),
                m_dir.filePath(QStringLiteral("bob.password")),
                QStringLiteral("--node"),
                m_leader->url().toString(),
                QStringLiteral("--trigger"),
                QStringLiteral("ping"),
                QStringLiteral("--reply"),
                QStringLiteral("pong"),
                QStringLiteral("--state"),
                m_dir.filePath(QStringLiteral("bob-state.json")),
                QStringLiteral("--poll-interval"),
                QStringLiteral("100"),
                QStringLiteral("--fee"),
                QStringLiteral("0")};
    }

    QJsonArray messagesOf(const QString& address) {
        return run({QStringLiteral("messages"), QStringLiteral("--address"), address,
                    QStringLiteral("--node"), m_leader->url().toString(),
                    QStringLiteral("--json")})[QStringLiteral("messages")]
            .toArray();
    }

    static int count(const QJsonArray& list, const QString& text, const QString& direction) {
        int n = 0;
        for (const QJsonValue& v : list)
            n += v[QStringLiteral("text")].toString() == text &&
                 v[QStringLiteral("direction")].toString() == direction;
        return n;
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(test::agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("bob"), 'b');
        writeKeystore(QStringLiteral("mallory"), 'm');
        m_leader = test::startLeader(m_dir.filePath(QStringLiteral("leader")),
                                     {alice.address, bob.address, mallory.address});
    }

    void sendWaitReturnsConfirmed() {
        int code = -1;
        const QJsonObject o =
            run(sendArgs(QStringLiteral("alice"), bob.address, QStringLiteral("hello")), &code);
        QCOMPARE(code, 0);
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("mempool"));
        QVERIFY(o[QStringLiteral("tx_hash")].toString().startsWith(QStringLiteral("0x")));
        QVERIFY(o[QStringLiteral("block_height")].isNull());
        QStringList args = sendArgs(QStringLiteral("alice"), bob.address, QStringLiteral("hello again"));
        args << QStringLiteral("--wait");
        const QJsonObject w = run(args, &code);
        QCOMPARE(code, 0);
        QCOMPARE(w[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        QVERIFY(w[QStringLiteral("block_height")].toInteger() > 0);
        QCOMPARE(count(messagesOf(bob.address), QStringLiteral("hello again"), QStringLiteral("incoming")),
                 1);
    }

    void refusedSendReportsTheNodesReason() {
        int code = -1;
        QStringList args = sendArgs(QStringLiteral("alice"), bob.address, QStringLiteral("bad fee"));
        args.replace(args.indexOf(QStringLiteral("0")), QStringLiteral("100000")); // more than the balance
        const QJsonObject o = run(args, &code);
        QCOMPARE(code, 1);
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QVERIFY2(o[QStringLiteral("error")].toString().contains(QStringLiteral("insufficient balance")),
                 qPrintable(o[QStringLiteral("error")].toString()));
    }

    void daemonAnswersOnceAcrossRestarts() {
        for (int round = 0; round < 2; ++round) {
            QProcess daemon;
            daemon.setProgram(test::agentBinary());
            daemon.setArguments(daemonArgs());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
            daemon.setProcessEnvironment(env);
            daemon.start();
            QVERIFY(daemon.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(QStringLiteral("bob-state.json"))),
                                     kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(QFile(m_dir.filePath(QStringLiteral("bob-state.json"))).size() > 0,
                                     kWaitMs);
            QStringList args = sendArgs(QStringLiteral("alice"), bob.address, QStringLiteral("ping"));
            args << QStringLiteral("--wait");
            int code = -1;
            const QJsonObject ping = run(args, &code);
            QCOMPARE(code, 0);
            const int expected = round + 1;
            QTRY_COMPARE_WITH_TIMEOUT(
                count(messagesOf(alice.address), QStringLiteral("pong"), QStringLiteral("incoming")),
                expected, kWaitMs);
            daemon.terminate(); // SIGTERM: the daemon stops between two steps
            QVERIFY(daemon.waitForFinished(kWaitMs));
            QCOMPARE(daemon.exitCode(), 0);
        }
        // Let blocks pass with a fresh message; still exactly two pongs for two live pings.
        QStringList args = sendArgs(QStringLiteral("alice"), bob.address, QStringLiteral("after"));
        args << QStringLiteral("--wait");
        run(args);
        const QJsonArray list = messagesOf(alice.address);
        QCOMPARE(count(list, QStringLiteral("ping"), QStringLiteral("outgoing")), 2);
        QCOMPARE(count(list, QStringLiteral("pong"), QStringLiteral("incoming")), 2);
        // Every message this project sent is verified; "verified" is always a boolean.
        for (const QJsonValue& v : list) {
            QVERIFY(v[QStringLiteral("verified")].isBool());
            QVERIFY2(v[QStringLiteral("verified")].toBool(),
                     qPrintable(v[QStringLiteral("text")].toString()));
        }
    }

    void forgedMessageIsUnverified() {
        // Mallory's funded account sends a message whose payload claims Alice signed it: the node takes it
        // (it verifies nothing, §1.7), the reader does not believe it.
        messaging::OutgoingMessage m;
        m.chainId = QStringLiteral("ait-devnet");
        m.from = mallory.address;
        m.to = bob.address;
        m.text = QStringLiteral("forged");
        auto node = test::rpcClient(m_leader->url());
        m.nonce = test::waitFor(node->account(mallory.address))->nonce;
        m.fee = 0;
        tx::SignedTransaction t = messaging::buildMessageTransaction(m, *alice.key); // wrong key on purpose
        QVERIFY(test::waitFor(node->submit(t.body)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            count(messagesOf(bob.address), QStringLiteral("forged"), QStringLiteral("incoming")) == 1,
            kWaitMs);
        for (const QJsonValue& v : messagesOf(bob.address))
            if (v[QStringLiteral("text")].toString() == QStringLiteral("forged")) {
                QVERIFY(v[QStringLiteral("verified")].isBool());
                QCOMPARE(v[QStringLiteral("verified")].toBool(), false);
            }
    }

    void cleanupTestCase() { m_leader.reset(); }
};

QTEST_GUILESS_MAIN(TestCliMessaging)
#include "tst_cli_messaging.moc"
