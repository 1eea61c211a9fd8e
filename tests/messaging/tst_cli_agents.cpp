// Agent cards and end-to-end encryption through the CLI alone, on a devnet leader (real processes, real
// HTTP on 127.0.0.1, the node's real chain.db): alice announces, bob discovers her card and sends an
// encrypted ping, the raw chain holds no plaintext, both read it in clear, a third wallet only ciphertext.
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "crypto/encoding.h"
#include "crypto/x25519.h"
#include "keystore/keystore.h"
#include "messaging/encrypted_envelope.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 60000;
const QString kSecret = QStringLiteral("secret ping xyzzy-42");

} // namespace

class TestCliAgents : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');

    void writeKeystore(const QString& name, char fill) {
        test::writeTestKeystore(m_dir.path(), name, fill, "secret " + QByteArray(1, fill),
                                test::PasswordFile::Yes);
    }

    QStringList wallet(const QString& who) const {
        return {QStringLiteral("--keystore"), m_dir.filePath(who + QStringLiteral(".json")),
                QStringLiteral("--password-file"), m_dir.filePath(who + QStringLiteral(".password"))};
    }

    QString url() const { return m_leader->url().toString(); }

    QJsonObject run(const QStringList& args, int* exitCode = nullptr) {
        return test::runAgentJson(args + QStringList{QStringLiteral("--json")},
                                  test::agentEnvironment(m_dir.filePath(QStringLiteral("xdg"))), exitCode);
    }

    QJsonArray messagesOf(const QString& address, const QString& reader = {}) {
        QStringList args{QStringLiteral("messages"), QStringLiteral("--address"), address,
                         QStringLiteral("--node"), url()};
        if (!reader.isEmpty())
            args += wallet(reader);
        return run(args)[QStringLiteral("messages")].toArray();
    }

    /// The message with this hash in a `messages --json` list (empty object if absent).
    static QJsonObject byHash(const QJsonArray& list, const QString& hash) {
        for (const QJsonValue& v : list)
            if (v[QStringLiteral("tx_hash")].toString() == hash)
                return v.toObject();
        return {};
    }

    QJsonArray agents() {
        return run({QStringLiteral("agents"), QStringLiteral("--node"), url()})[QStringLiteral("agents")]
            .toArray();
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(test::agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("bob"), 'b');
        writeKeystore(QStringLiteral("carol"), 'c');
        m_leader = test::startLeader(m_dir.filePath(QStringLiteral("leader")),
                                     {alice.address, bob.address, carol.address});
    }

    void aliceAnnouncesAndBobDiscoversHerCard() {
        int code = -1;
        QStringList args{QStringLiteral("agent"),         QStringLiteral("announce"),
                         QStringLiteral("--node"),        url(),
                         QStringLiteral("--name"),        QStringLiteral("alice"),
                         QStringLiteral("--description"), QStringLiteral("answers pings"),
                         QStringLiteral("--capability"),  QStringLiteral("ping"),
                         QStringLiteral("--capability"),  QStringLiteral("encrypted"),
                         QStringLiteral("--fee"),         QStringLiteral("0")};
        const QJsonObject o = run(args + wallet(QStringLiteral("alice")), &code);
        QCOMPARE(code, 0);
        QVERIFY(o[QStringLiteral("tx_hash")].toString().startsWith(QStringLiteral("0x")));
        QTRY_COMPARE_WITH_TIMEOUT(agents().size(), 1, kWaitMs);
        const QJsonObject a = agents().at(0).toObject();
        QCOMPARE(a[QStringLiteral("address")].toString(), alice.address);
        QCOMPARE(a[QStringLiteral("name")].toString(), QStringLiteral("alice"));
        QCOMPARE(a[QStringLiteral("description")].toString(), QStringLiteral("answers pings"));
        QCOMPARE(a[QStringLiteral("capabilities")].toArray().size(), 2);
        QVERIFY(a[QStringLiteral("verified")].toBool());
        QVERIFY(a[QStringLiteral("height")].toInteger() > 0);
        QVERIFY(!a[QStringLiteral("timestamp")].toString().isEmpty());
        // The published key is the one derived from alice's seed (docs/agent-protocol.md §1).
        const auto key = crypto::X25519Key::fromEd25519Seed(QByteArray(32, 'a'));
        QCOMPARE(a[QStringLiteral("encryption_key")].toString().toLatin1(), crypto::toHex(key->publicKey()));

        // A newer card replaces the older one.
        args[5] = QStringLiteral("alice v2");
        QCOMPARE(run(args + wallet(QStringLiteral("alice")), &code).isEmpty(), false);
        QCOMPARE(code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(agents().at(0)[QStringLiteral("name")].toString(),
                                  QStringLiteral("alice v2"), kWaitMs);
        QCOMPARE(agents().size(), 1);
    }

    void encryptedPingReadsInClearOnlyForTheParties() {
        int code = -1;
        const QStringList send{QStringLiteral("message"),
                               QStringLiteral("send"),
                               QStringLiteral("--encrypt"),
                               QStringLiteral("--node"),
                               url(),
                               QStringLiteral("--to"),
                               alice.address,
                               QStringLiteral("--text"),
                               kSecret,
                               QStringLiteral("--fee"),
                               QStringLiteral("0")};
        const QJsonObject sent = run(send + wallet(QStringLiteral("bob")), &code);
        QCOMPARE(code, 0);
        QVERIFY(sent[QStringLiteral("encrypted")].toBool());
        const QString hash = sent[QStringLiteral("tx_hash")].toString();
        // It went through the durable outbox, which says it is encrypted.
        const QJsonArray outbox =
            run({QStringLiteral("outbox"), QStringLiteral("list")})[QStringLiteral("entries")].toArray();
        QCOMPARE(outbox.size(), 1);
        QVERIFY(outbox.at(0)[QStringLiteral("encrypted")].toBool());
        QCOMPARE(outbox.at(0)[QStringLiteral("tx_hash")].toString(), hash);
        QTRY_VERIFY_WITH_TIMEOUT(!byHash(messagesOf(alice.address), hash).isEmpty(), kWaitMs);

        // The recipient and the sender read it in clear.
        QJsonObject m = byHash(messagesOf(alice.address, QStringLiteral("alice")), hash);
        QCOMPARE(m[QStringLiteral("text")].toString(), kSecret);
        QVERIFY(m[QStringLiteral("encrypted")].toBool());
        QCOMPARE(m[QStringLiteral("encryption")].toString(), QStringLiteral("decrypted"));
        QVERIFY(m[QStringLiteral("verified")].toBool());
        m = byHash(messagesOf(bob.address, QStringLiteral("bob")), hash);
        QCOMPARE(m[QStringLiteral("text")].toString(), kSecret);
        QVERIFY(m.contains(QStringLiteral("acknowledged_height")));
        QVERIFY(m[QStringLiteral("acknowledged_height")].isNull());
        // Without a key, and for a third wallet's key, only the marker.
        m = byHash(messagesOf(alice.address), hash);
        QCOMPARE(m[QStringLiteral("text")].toString(), QString::fromLatin1(messaging::kEncryptedMarker));
        QCOMPARE(m[QStringLiteral("encryption")].toString(), QStringLiteral("locked"));
        // carol may only open her own address's list; she reads alice's ciphertext through a copy of the
        // transaction as the chain serves it: her key opens neither wrapped key.
        int carolCode = -1;
        run({QStringLiteral("messages"), QStringLiteral("--address"), alice.address, QStringLiteral("--node"),
             url(), QStringLiteral("--keystore"), m_dir.filePath(QStringLiteral("carol.json")),
             QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("carol.password"))},
            &carolCode);
        QCOMPARE(carolCode, 2);
        auto node = test::rpcClient(m_leader->url());
        const auto txs =
            test::transactionsWithText(node.get(), QString::fromLatin1(messaging::kEncryptedMarker));
        QCOMPARE(txs.size(), 1);
        const auto carolKey = crypto::X25519Key::fromEd25519Seed(QByteArray(32, 'c'));
        QCOMPARE(messaging::decryptStoredMessage(txs[0].payload, bob.address, alice.address, {}, &*carolKey)
                     .status,
                 messaging::EncryptionStatus::NotForThisKey);

        // The raw chain: no file of the node and no /rpc/blocks-range answer holds the plaintext.
        int files = 0;
        QDirIterator it(m_dir.filePath(QStringLiteral("leader")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kSecret.toUtf8()), qPrintable(f.fileName()));
            files += f.fileName().endsWith(QStringLiteral("chain.db"));
        }
        QVERIFY(files >= 1);
        QNetworkAccessManager nam;
        QNetworkReply* reply =
            nam.get(QNetworkRequest(QUrl(url() + QStringLiteral("/rpc/blocks-range?start=0&end=1000"))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        QVERIFY(body.contains("enc_ct"));
        QVERIFY(!body.contains("xyzzy"));
    }

    void encryptionNeedsACard() {
        int code = -1;
        const QStringList send{QStringLiteral("message"),
                               QStringLiteral("send"),
                               QStringLiteral("--encrypt"),
                               QStringLiteral("--node"),
                               url(),
                               QStringLiteral("--to"),
                               carol.address,
                               QStringLiteral("--text"),
                               QStringLiteral("x"),
                               QStringLiteral("--fee"),
                               QStringLiteral("0")};
        run(send + wallet(QStringLiteral("bob")), &code);
        QCOMPARE(code, 2);
        // Refused before the outbox: nothing waits to be sent (in clear or otherwise).
        const QJsonArray outbox =
            run({QStringLiteral("outbox"), QStringLiteral("list")})[QStringLiteral("entries")].toArray();
        for (const QJsonValue& e : outbox)
            QVERIFY(e[QStringLiteral("to")].toString() != carol.address);
    }

    void daemonAcknowledgesOnceAndNeverAcknowledgesAnAck() {
        // bob's and alice's agents both acknowledge; bob also answers ping.
        auto daemon = [&](const QString& who, bool pong) {
            auto p = std::make_unique<QProcess>();
            p->setProgram(test::agentBinary());
            QStringList args{QStringLiteral("daemon"),
                             QStringLiteral("--node"),
                             url(),
                             QStringLiteral("--state"),
                             m_dir.filePath(who + QStringLiteral("-state.json")),
                             QStringLiteral("--poll-interval"),
                             QStringLiteral("100"),
                             QStringLiteral("--fee"),
                             QStringLiteral("0"),
                             QStringLiteral("--ack"),
                             QStringLiteral("--trigger"),
                             pong ? QStringLiteral("ping") : QStringLiteral("never-matches"),
                             QStringLiteral("--reply"),
                             QStringLiteral("pong")};
            p->setArguments(args + wallet(who));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-") + who));
            p->setProcessEnvironment(env);
            p->start();
            if (!p->waitForStarted())
                qFatal("daemon did not start");
            return p;
        };
        auto sendPlain = [&](const QString& who, const QString& to, const QString& text) {
            int code = -1;
            const QStringList args{QStringLiteral("message"),
                                   QStringLiteral("send"),
                                   QStringLiteral("--node"),
                                   url(),
                                   QStringLiteral("--to"),
                                   to,
                                   QStringLiteral("--text"),
                                   text,
                                   QStringLiteral("--fee"),
                                   QStringLiteral("0"),
                                   QStringLiteral("--wait"),
                                   QStringLiteral("--outbox"),
                                   m_dir.filePath(who + QStringLiteral("-outbox.sqlite"))};
            const QJsonObject o = run(args + wallet(who), &code);
            if (code != 0)
                qFatal("send failed");
            return o[QStringLiteral("tx_hash")].toString();
        };
        auto acksIn = [&](const QString& address, const QString& from) {
            QStringList hashes;
            for (const QJsonValue& v : messagesOf(address))
                if (v[QStringLiteral("acknowledgment")].toBool() &&
                    v[QStringLiteral("sender")].toString() == from)
                    hashes += v[QStringLiteral("text")].toString().split(u' ').mid(1);
            return hashes;
        };
        auto ackHeight = [&](const QString& address, const QString& hash) {
            return byHash(messagesOf(address), hash).value(QStringLiteral("acknowledged_height"));
        };

        auto bobAgent = daemon(QStringLiteral("bob"), true);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(m_dir.filePath(QStringLiteral("bob-state.json"))).size() > 0, kWaitMs);
        const QString hello = sendPlain(QStringLiteral("alice"), bob.address, QStringLiteral("hello bob"));
        const QString ping = sendPlain(QStringLiteral("alice"), bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(ackHeight(alice.address, hello).toInteger() > 0, kWaitMs);
        // The pong is the acknowledgment of the ping.
        QTRY_VERIFY_WITH_TIMEOUT(ackHeight(alice.address, ping).toInteger() > 0, kWaitMs);
        bobAgent->terminate();
        QVERIFY(bobAgent->waitForFinished(kWaitMs));

        // A restarted agent acknowledges the new message and nothing twice.
        bobAgent = daemon(QStringLiteral("bob"), true);
        const QString later = sendPlain(QStringLiteral("alice"), bob.address, QStringLiteral("later"));
        QTRY_VERIFY_WITH_TIMEOUT(ackHeight(alice.address, later).toInteger() > 0, kWaitMs);
        QStringList acked = acksIn(alice.address, bob.address);
        QCOMPARE(acked.count(hello), 1);
        QCOMPARE(acked.count(later), 1);
        QCOMPARE(acked.count(ping), 0); // answered, so not acknowledged again
        QCOMPARE(QSet<QString>(acked.begin(), acked.end()).size(), acked.size());

        // alice's agent acknowledges bob's plain message, never his acknowledgments or his pong.
        auto aliceAgent = daemon(QStringLiteral("alice"), false);
        QTRY_VERIFY_WITH_TIMEOUT(QFile(m_dir.filePath(QStringLiteral("alice-state.json"))).size() > 0,
                                 kWaitMs);
        const QString note =
            sendPlain(QStringLiteral("bob"), alice.address, QStringLiteral("note for alice"));
        QTRY_VERIFY_WITH_TIMEOUT(ackHeight(bob.address, note).toInteger() > 0, kWaitMs);
        QCOMPARE(acksIn(bob.address, alice.address), QStringList{note});
        // bob's agent saw alice's acknowledgment before the next message of hers, which it acknowledges:
        // the acknowledgment itself it never does.
        QString aliceAck;
        for (const QJsonValue& v : messagesOf(bob.address))
            if (v[QStringLiteral("acknowledgment")].toBool() &&
                v[QStringLiteral("sender")].toString() == alice.address)
                aliceAck = v[QStringLiteral("tx_hash")].toString();
        QVERIFY(!aliceAck.isEmpty());
        const QString last = sendPlain(QStringLiteral("alice"), bob.address, QStringLiteral("last"));
        QTRY_VERIFY_WITH_TIMEOUT(ackHeight(alice.address, last).toInteger() > 0, kWaitMs);
        acked = acksIn(alice.address, bob.address);
        QCOMPARE(acked.count(aliceAck), 0);
        QCOMPARE(acked.count(last), 1);
        aliceAgent->terminate();
        bobAgent->terminate();
        QVERIFY(aliceAgent->waitForFinished(kWaitMs));
        QVERIFY(bobAgent->waitForFinished(kWaitMs));
    }

    void daemonAnswersAnEncryptedPingWithAnEncryptedPong() {
        const QString ping = QStringLiteral("ping-zq81");
        const QString pong = QStringLiteral("pong-zq81 for you");
        int code = -1;
        // bob needs a card too, for alice's pong to be encrypted for him.
        run(QStringList{QStringLiteral("agent"), QStringLiteral("announce"), QStringLiteral("--node"), url(),
                        QStringLiteral("--name"), QStringLiteral("bob"), QStringLiteral("--fee"),
                        QStringLiteral("0")} +
                wallet(QStringLiteral("bob")),
            &code);
        QCOMPARE(code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(agents().size(), 2, kWaitMs);

        QProcess aliceAgent;
        aliceAgent.setProgram(test::agentBinary());
        aliceAgent.setArguments(
            QStringList{QStringLiteral("daemon"), QStringLiteral("--node"), url(), QStringLiteral("--state"),
                        m_dir.filePath(QStringLiteral("alice-enc-state.json")),
                        QStringLiteral("--poll-interval"), QStringLiteral("100"), QStringLiteral("--fee"),
                        QStringLiteral("0"), QStringLiteral("--trigger"), ping, QStringLiteral("--reply"),
                        pong} +
            wallet(QStringLiteral("alice")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-alice-enc")));
        aliceAgent.setProcessEnvironment(env);
        aliceAgent.start();
        QVERIFY(aliceAgent.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile(m_dir.filePath(QStringLiteral("alice-enc-state.json"))).size() > 0,
                                 kWaitMs);

        const QJsonObject sent =
            run(QStringList{QStringLiteral("message"), QStringLiteral("send"), QStringLiteral("--encrypt"),
                            QStringLiteral("--wait"), QStringLiteral("--node"), url(), QStringLiteral("--to"),
                            alice.address, QStringLiteral("--text"), ping, QStringLiteral("--fee"),
                            QStringLiteral("0")} +
                    wallet(QStringLiteral("bob")),
                &code);
        QCOMPARE(code, 0);
        const QString pingHash = sent[QStringLiteral("tx_hash")].toString();
        auto pongOf = [&](const QString& reader) {
            for (const QJsonValue& v : messagesOf(bob.address, reader))
                if (v[QStringLiteral("in_reply_to")].toString() == pingHash)
                    return v.toObject();
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!pongOf(QStringLiteral("bob")).isEmpty(), kWaitMs);
        aliceAgent.terminate();
        QVERIFY(aliceAgent.waitForFinished(kWaitMs));

        // bob reads the pong in clear; alice reads her own pong and bob's ping in clear.
        QJsonObject m = pongOf(QStringLiteral("bob"));
        QCOMPARE(m[QStringLiteral("sender")].toString(), alice.address);
        QVERIFY(m[QStringLiteral("encrypted")].toBool());
        QCOMPARE(m[QStringLiteral("encryption")].toString(), QStringLiteral("decrypted"));
        QCOMPARE(m[QStringLiteral("text")].toString(), pong);
        QVERIFY(m[QStringLiteral("verified")].toBool());
        const QString pongHash = m[QStringLiteral("tx_hash")].toString();
        m = byHash(messagesOf(alice.address, QStringLiteral("alice")), pongHash);
        QCOMPARE(m[QStringLiteral("text")].toString(), pong);
        m = byHash(messagesOf(alice.address, QStringLiteral("alice")), pingHash);
        QCOMPARE(m[QStringLiteral("text")].toString(), ping);
        // Without a key only the marker; carol's key opens neither.
        m = pongOf({});
        QCOMPARE(m[QStringLiteral("text")].toString(), QString::fromLatin1(messaging::kEncryptedMarker));
        QCOMPARE(m[QStringLiteral("encryption")].toString(), QStringLiteral("locked"));
        auto node = test::rpcClient(m_leader->url());
        const auto txs =
            test::transactionsWithText(node.get(), QString::fromLatin1(messaging::kEncryptedMarker));
        const auto carolKey = crypto::X25519Key::fromEd25519Seed(QByteArray(32, 'c'));
        int pongs = 0;
        for (const auto& tx : txs) {
            if (tx.txHash != pongHash)
                continue;
            ++pongs;
            QCOMPARE(messaging::decryptStoredMessage(tx.payload, alice.address, bob.address, {}, &*carolKey)
                         .status,
                     messaging::EncryptionStatus::NotForThisKey);
        }
        QCOMPARE(pongs, 1);

        // Neither the chain's files nor /rpc/blocks-range hold the ping or the pong in clear.
        QDirIterator it(m_dir.filePath(QStringLiteral("leader")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("zq81"), qPrintable(f.fileName()));
        }
        QNetworkAccessManager nam;
        QNetworkReply* reply =
            nam.get(QNetworkRequest(QUrl(url() + QStringLiteral("/rpc/blocks-range?start=0&end=1000"))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        QVERIFY(body.contains(pingHash.toLatin1()));
        QVERIFY(body.contains(pongHash.toLatin1()));
        QVERIFY(!body.contains("zq81"));
    }

    void cleanupTestCase() { m_leader.reset(); }
};

QTEST_GUILESS_MAIN(TestCliAgents)
#include "tst_cli_agents.moc"
