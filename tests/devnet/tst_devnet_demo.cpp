// demo::Demo: a leader and a follower in-process, demo keystores with known passwords, funded by genesis.
#include "chain/node.h"
#include "chain/node_profile.h"
#include "demo/demo.h"
#include "demo/demo_traffic.h"
#include "devnet/devnet_node.h"
#include "devnet_http.h"
#include "keystore/keystore.h"
#include "test_result.h"
#include "testdata.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

class TestDevnetDemo : public QObject {
    Q_OBJECT
private slots:
    void startsFundedNetwork();
    void trafficFlowsAndSurvivesRestart();

private:
    static QList<chain::ChainMessage> leaderMessages(const demo::Demo& demo, const QString& address);
};

void TestDevnetDemo::startsFundedNetwork() {
    QTemporaryDir dir;
    demo::DemoOptions o;
    o.dataDir = dir.path();
    o.blockTimeSeconds = 0.2;
    o.importIntervalSeconds = 0.05;
    demo::Demo demo;
    QVERIFY(test::succeeded(demo.start(o)));
    QCOMPARE(demo.accounts().size(), 4);
    QCOMPARE(demo.leaderUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(demo.followerUrl().port() != demo.leaderUrl().port());
    for (const demo::DemoAccount& a : demo.accounts()) {
        QFile ks(a.keystorePath), pw(a.passwordFile);
        QVERIFY(ks.open(QIODevice::ReadOnly) && pw.open(QIODevice::ReadOnly));
        const QByteArray password = pw.readAll();
        QVERIFY(!password.endsWith('\n'));
        const auto unlocked = keystore::unlock(ks.readAll(), password);
        QVERIFY(unlocked);
        QCOMPARE(unlocked.value().address, a.address);
        const auto acc = test::httpGet(demo.leaderUrl(), QStringLiteral("/rpc/account/") + a.address);
        QCOMPARE(acc.status, 200);
        QCOMPARE(acc.json[QStringLiteral("balance")].toInt64().value_or(-1), a.balance);
    }
    QCOMPARE(test::httpGet(demo.leaderUrl(), QStringLiteral("/health"))
                 .json[QStringLiteral("proposer_id")]
                 .toString(),
             demo.accounts().first().address);
    // The follower syncs the leader's blocks.
    QTRY_VERIFY_WITH_TIMEOUT(demo.follower()->height() >= 1, 15000);
    const json::Value described = [&] {
        json::Value v;
        json::parse(demo.describeJson(), v);
        return v;
    }();
    QCOMPARE(described[QStringLiteral("leader_url")].toString(), demo.leaderUrl().toString());
    QCOMPARE(described[QStringLiteral("accounts")].asArray().size(), size_t(4));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("demo.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("leader/data/ait-mainnet/chain.db"))));
    demo.stop();
    QVERIFY(!demo.leaderUrl().isValid() || demo.leaderUrl().isEmpty());
}

QList<chain::ChainMessage> TestDevnetDemo::leaderMessages(const demo::Demo& demo, const QString& address) {
    chain::NodeProfile profile;
    profile.name = QStringLiteral("leader");
    profile.rpcUrl = demo.leaderUrl().toString();
    auto node = chain::createNode(profile);
    QFuture<chain::NodeResult<QList<chain::ChainMessage>>> f = node->messages(address);
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 20000) || f.resultCount() == 0 || !f.result())
        return {};
    return f.result().value();
}

// The demo is alive on its own: bob pings carol, carol's responder answers pong, bob chats with alice;
// the REF follower imports those blocks without their transactions; a restart in the same folder
// answers no ping twice.
void TestDevnetDemo::trafficFlowsAndSurvivesRestart() {
    QTemporaryDir dir;
    demo::DemoOptions o;
    o.dataDir = dir.path();
    o.blockTimeSeconds = 0.2;
    o.importIntervalSeconds = 0.05;
    o.traffic = true;
    o.trafficIntervalMs = 200;
    o.trafficPollMs = 100;
    auto demo = std::make_unique<demo::Demo>();
    QVERIFY(test::succeeded(demo->start(o)));
    QVERIFY(demo->traffic());
    const QString alice = demo->accounts().at(1).address;
    const QString bob = demo->traffic()->pingerAddress();
    const QString carol = demo->traffic()->replierAddress();
    QCOMPARE(bob, demo->accounts().at(2).address);
    QCOMPARE(carol, demo->accounts().at(3).address);
    QSignalSpy replies(demo->traffic(), &demo::DemoTraffic::replyConfirmed);
    QTRY_VERIFY_WITH_TIMEOUT(replies.size() >= 2, 90000);
    // Catching up is checked once the traffic stops: while it runs the leader seals a block every 0.2 s,
    // faster than a follower built with the sanitizers imports them, so the gap would say nothing.
    demo->traffic()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(demo->follower()->height() >= demo->leader()->height() - 1, 20000);

    auto count = [](const QList<chain::ChainMessage>& ms, const QString& from, const QString& to,
                    const QString& text) {
        return std::count_if(ms.cbegin(), ms.cend(), [&](const chain::ChainMessage& m) {
            return m.sender == from && m.recipient == to && (text.isEmpty() || m.text == text);
        });
    };
    const QList<chain::ChainMessage> onLeader = leaderMessages(*demo, bob);
    QVERIFY(count(onLeader, bob, carol, QStringLiteral("ping")) >= 2);
    QVERIFY(count(onLeader, carol, bob, QStringLiteral("pong")) >= 2);
    QVERIFY(count(onLeader, bob, alice, {}) >= 1);

    // The REF follower has the blocks (tx_count > 0) but not one of their transactions (§10.22).
    {
        const QString followerDb = demo->follower()->databasePath();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("follower"));
        db.setDatabaseName(followerDb);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM block WHERE tx_count > 0), "
                                      "(SELECT COUNT(*) FROM \"transaction\")")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 2, "the follower has blocks that carry transactions");
        QCOMPARE(q.value(1).toInt(), 0);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("follower"));

    // Restart in the same folder: the chain, the outbox and the responder state carry over, and every
    // ping is answered exactly once.
    demo.reset();
    demo = std::make_unique<demo::Demo>();
    QVERIFY(test::succeeded(demo->start(o)));
    QSignalSpy more(demo->traffic(), &demo::DemoTraffic::replyConfirmed);
    QTRY_VERIFY_WITH_TIMEOUT(more.size() >= 1, 90000);
    demo->traffic()->stop();
    QTest::qWait(1000); // the last messages in flight reach a block (0.2 s blocks)
    const QList<chain::ChainMessage> after = leaderMessages(*demo, bob);
    QSet<QString> answered;
    QSet<QString> pings;
    for (const chain::ChainMessage& m : after) {
        if (m.sender == bob && m.recipient == carol && m.text == QLatin1String("ping"))
            pings.insert(m.txHash);
        if (m.sender == carol && m.recipient == bob && m.text == QLatin1String("pong")) {
            const QString re = m.payload[QStringLiteral("in_reply_to")].toString();
            QVERIFY2(!answered.contains(re), qPrintable(QStringLiteral("ping %1 answered twice").arg(re)));
            answered.insert(re);
        }
    }
    QVERIFY(answered.size() >= 3);
    QVERIFY2(answered.size() <= pings.size() && pings.contains(answered),
             "every pong answers a ping of bob, and only one pong per ping");
}

QTEST_GUILESS_MAIN(TestDevnetDemo)
#include "tst_devnet_demo.moc"
