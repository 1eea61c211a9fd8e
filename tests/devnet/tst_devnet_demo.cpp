// devnet::Demo: a leader and a follower in-process, demo keystores with known passwords, funded by genesis.
#include "devnet/demo.h"
#include "devnet/node.h"
#include "devnet_http.h"
#include "keystore/keystore.h"
#include "testdata.h"

#include <QtTest>

using namespace aitbc;

class TestDevnetDemo : public QObject {
    Q_OBJECT
private slots:
    void startsFundedNetwork();
};

void TestDevnetDemo::startsFundedNetwork() {
    QTemporaryDir dir;
    devnet::DemoOptions o;
    o.dataDir = dir.path();
    o.blockTimeSeconds = 0.2;
    o.importIntervalSeconds = 0.05;
    devnet::Demo demo;
    QString error;
    QVERIFY2(demo.start(o, &error), qPrintable(error));
    QCOMPARE(demo.accounts().size(), 3);
    QCOMPARE(demo.leaderUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(demo.followerUrl().port() != demo.leaderUrl().port());
    for (const devnet::DemoAccount& a : demo.accounts()) {
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
    QCOMPARE(described[QStringLiteral("accounts")].asArray().size(), size_t(3));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("demo.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("leader/data/ait-mainnet/chain.db"))));
    demo.stop();
    QVERIFY(!demo.leaderUrl().isValid() || demo.leaderUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestDevnetDemo)
#include "tst_devnet_demo.moc"
