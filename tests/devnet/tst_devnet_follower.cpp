// A leader plus followers: a `--quirks ref` follower reproduces the observed REF defect (blocks with
// tx_count > 0 and no transaction rows, genesis balances), a `--quirks fixed` follower has the rows.
#include "devnet/block_hash.h"
#include "devnet/devnet_node.h"
#include "devnet_http.h"
#include "devnet_support.h"
#include "testdata.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

namespace {
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");

struct Counts {
    qint64 blocks = 0;
    qint64 txCountSum = 0;
    qint64 rows = 0;
};

Counts countsOf(const QString& dbPath) {
    Counts c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(tx_count), 0) FROM block")) &&
                q.next()) {
                c.blocks = q.value(0).toLongLong();
                c.txCountSum = q.value(1).toLongLong();
            }
            if (q.exec(QStringLiteral("SELECT count(*) FROM \"transaction\"")) && q.next())
                c.rows = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return c;
}
} // namespace

class TestDevnetFollower : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refFollowerLosesTransactions();
    void fixedFollowerKeepsTransactions();
    void importBlockIsThrottledAndHeaderOnly();
    void fixedQuirksVerifySignaturesAndChain();

private:
    std::unique_ptr<devnet::DevnetNode> startNode(devnet::NodeConfig cfg, const QString& sub);
    QTemporaryDir m_dir;
    protocol::GenesisFile m_genesis;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    std::unique_ptr<devnet::DevnetNode> m_refFollower;
    std::unique_ptr<devnet::DevnetNode> m_fixedFollower;
    qint64 m_leaderHeightWithTxs = 0;
};

std::unique_ptr<devnet::DevnetNode> TestDevnetFollower::startNode(devnet::NodeConfig cfg,
                                                                  const QString& sub) {
    cfg.dataDir = m_dir.filePath(sub);
    cfg.genesis = m_genesis;
    return test::startDevnet(cfg);
}

void TestDevnetFollower::initTestCase() {
    m_genesis = test::realGenesis();
    devnet::NodeConfig leader;
    leader.blockTimeSeconds = 0.2;
    leader.idleBlockSeconds = 3600;
    m_leader = startNode(leader, QStringLiteral("leader"));
    QVERIFY(m_leader->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_leader->height() >= 1, 10000);
    // Three transactions in three blocks (one per sender per block): alice 0, alice 1, bob 0.
    const QString tmpl = QStringLiteral(
        R"({"type":"TRANSFER","from":"%1","nonce":%2,"fee":10,"payload":{"recipient":"%3","amount":%4,"message":"m%2"}})");
    const QUrl url = m_leader->url();
    QCOMPARE(test::httpPost(url, QStringLiteral("/rpc/transaction"),
                            tmpl.arg(kAlice).arg(0).arg(kBob).arg(100).toUtf8())
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(test::httpGet(url, QStringLiteral("/rpc/account/") + kAlice)
                                     .json[QStringLiteral("nonce")]
                                     .toInt64() == 1,
                             10000);
    QCOMPARE(test::httpPost(url, QStringLiteral("/rpc/transaction"),
                            tmpl.arg(kAlice).arg(1).arg(kBob).arg(5).toUtf8())
                 .status,
             200);
    QCOMPARE(test::httpPost(url, QStringLiteral("/rpc/transaction"),
                            tmpl.arg(kBob).arg(0).arg(kAlice).arg(1).toUtf8())
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::httpGet(url, QStringLiteral("/rpc/account/") + kBob).json[QStringLiteral("nonce")].toInt64() ==
            1,
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(test::httpGet(url, QStringLiteral("/rpc/account/") + kAlice)
                                     .json[QStringLiteral("nonce")]
                                     .toInt64() == 2,
                             10000);
    m_leaderHeightWithTxs = m_leader->height();

    devnet::NodeConfig ref;
    ref.role = devnet::Role::Follower;
    ref.leaderUrl = url;
    ref.importIntervalSeconds = 0.05;
    ref.followerPollSeconds = 0.1;
    m_refFollower = startNode(ref, QStringLiteral("ref"));
    devnet::NodeConfig fixed = ref;
    fixed.quirks = devnet::Quirks::Fixed;
    m_fixedFollower = startNode(fixed, QStringLiteral("fixed"));
    QVERIFY(m_refFollower->isRunning() && m_fixedFollower->isRunning());
}

void TestDevnetFollower::cleanupTestCase() {
    m_fixedFollower.reset();
    m_refFollower.reset();
    m_leader.reset();
}

void TestDevnetFollower::refFollowerLosesTransactions() {
    QTRY_VERIFY_WITH_TIMEOUT(m_refFollower->height() >= m_leaderHeightWithTxs, 20000);
    const QUrl f = m_refFollower->url();
    // Same block hashes as the leader at every height...
    for (qint64 h = 0; h <= m_leaderHeightWithTxs; ++h) {
        const auto a = test::httpGet(m_leader->url(), QStringLiteral("/rpc/blocks/%1").arg(h));
        const auto b = test::httpGet(f, QStringLiteral("/rpc/blocks/%1").arg(h));
        QCOMPARE(b.json[QStringLiteral("hash")].toString(), a.json[QStringLiteral("hash")].toString());
        QCOMPARE(b.json[QStringLiteral("tx_count")].toInt64(), a.json[QStringLiteral("tx_count")].toInt64());
        // ...but blocks with tx_count > 0 come without transactions (observed-node.md).
        QCOMPARE(b.json[QStringLiteral("transactions")].asArray().size(), size_t(0));
    }
    const Counts c = countsOf(m_refFollower->databasePath());
    QCOMPARE(c.txCountSum, 3);
    QCOMPARE(c.rows, 0);
    // Balances stay at genesis.
    QCOMPARE(test::httpGet(f, QStringLiteral("/rpc/account/") + kBob)
                 .json[QStringLiteral("balance")]
                 .toInt64()
                 .value_or(-1),
             0);
    QCOMPARE(test::httpGet(f, QStringLiteral("/health")).json[QStringLiteral("proposer_id")].toString(),
             m_genesis.authorities.first());
}

void TestDevnetFollower::fixedFollowerKeepsTransactions() {
    QTRY_VERIFY_WITH_TIMEOUT(m_fixedFollower->height() >= m_leaderHeightWithTxs, 20000);
    const Counts c = countsOf(m_fixedFollower->databasePath());
    QCOMPARE(c.txCountSum, 3);
    QCOMPARE(c.rows, 3);
    const QUrl f = m_fixedFollower->url();
    const auto bob = test::httpGet(f, QStringLiteral("/rpc/account/") + kBob);
    const auto leaderBob = test::httpGet(m_leader->url(), QStringLiteral("/rpc/account/") + kBob);
    QCOMPARE(bob.body, leaderBob.body);
    const auto rows = test::httpGet(f, QStringLiteral("/rpc/transactions"));
    QCOMPARE(rows.json.asArray().size(), size_t(3));
    QCOMPARE(rows.json.asArray()[0][QStringLiteral("payload")][QStringLiteral("message")].toString(),
             QStringLiteral("m0"));
}

void TestDevnetFollower::importBlockIsThrottledAndHeaderOnly() {
    // A standalone node with the REF throttle; two imports: the second answer waits for the interval.
    devnet::NodeConfig cfg;
    cfg.role = devnet::Role::Follower;
    cfg.leaderUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing there: no background sync
    cfg.importIntervalSeconds = 0.3;
    auto node = startNode(cfg, QStringLiteral("import"));
    QVERIFY(node->isRunning());
    const QString genesisHash = protocol::genesisBlockHash(QStringLiteral("ait-mainnet"));
    const QString ts = QStringLiteral("2026-05-09T12:35:00");
    const QString hash1 = protocol::computeBlockHash(QStringLiteral("ait-mainnet"), 1, genesisHash,
                                                     ts + QStringLiteral("+00:00"), {});
    QString body =
        QStringLiteral(
            R"({"height":1,"hash":"%1","parent_hash":"%2","proposer":"p","timestamp":"%3Z","tx_count":2,"state_root":null,"transactions":[{"tx_hash":"0x1"}]})")
            .arg(hash1, genesisHash, ts);
    auto r = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"), body.toUtf8());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
             QStringLiteral(R"({"success":true,"block_height":1,"block_hash":"%1","chain_id":"ait-mainnet"})")
                 .arg(hash1)
                 .toUtf8());
    // The same height again: a unique-constraint failure reported as 500, as at REF.
    r = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                       body.replace(hash1, QStringLiteral("0x") + QString(64, QLatin1Char('a'))).toUtf8());
    QCOMPARE(r.status, 500);
    QVERIFY(
        r.json[QStringLiteral("detail")].toString().startsWith(QLatin1String("Failed to import block: ")));
    QVERIFY(r.json[QStringLiteral("detail")].toString().contains(QLatin1String("UNIQUE constraint failed")));
    const auto block = test::httpGet(node->url(), QStringLiteral("/rpc/blocks/1"));
    QCOMPARE(block.json[QStringLiteral("tx_count")].toInt64().value_or(-1), 2);
    QCOMPARE(block.json[QStringLiteral("timestamp")].toString(), ts);
    QCOMPARE(block.json[QStringLiteral("transactions")].asArray().size(), size_t(0));
}

void TestDevnetFollower::fixedQuirksVerifySignaturesAndChain() {
    devnet::NodeConfig cfg;
    cfg.quirks = devnet::Quirks::Fixed;
    cfg.blockTimeSeconds = 3600;
    cfg.idleBlockSeconds = 3600;
    auto node = startNode(cfg, QStringLiteral("fixed-leader"));
    QVERIFY(node->isRunning());
    // The transcript's flipped-signature body (REF mined it) and a wrong chain id are refused here.
    const QByteArray badsig =
        R"({"type": "TRANSFER", "chain_id": "ait-mainnet", "from": "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay", "nonce": 0, "fee": 10, "payload": {"recipient": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "amount": 1, "message": "badsig"}, "sig": "fa3641af295624a3452d3ba795e0bdbfe44e5add03415a4355de83fcd8bf9799d81a5e2ba1ed929b35e67e432fbfcf726421a0928fb19053630a937fc0d14209", "public_key": "e0929a958dc822f5a94efa1a538ead87416bde6425918153cffbd8c2b9eebb35"})";
    auto r = test::httpPost(node->url(), QStringLiteral("/rpc/transaction"), badsig);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json[QStringLiteral("detail")].toString().contains(QLatin1String("invalid signature")));
    // The genuine ping signature verifies.
    const QByteArray ping =
        R"({"type": "TRANSFER", "chain_id": "ait-mainnet", "from": "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay", "nonce": 0, "fee": 10, "payload": {"recipient": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "amount": 100, "message": "ping"}, "sig": "ac172ad652cba34d8f155134b3253a4ab5f1516637be0411141b4b3d17ba8cd749db41ed539f66960a7b24a67b77b0a008e7824a4a352f21020bd2ffa15c4d02", "public_key": "e0929a958dc822f5a94efa1a538ead87416bde6425918153cffbd8c2b9eebb35"})";
    r = test::httpPost(node->url(), QStringLiteral("/rpc/transaction"), ping);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("transaction_hash")].toString(),
             QStringLiteral("0xaba4bec153b60ac76be6197fc139830c2c1f69965df0ba2d02637935b5032614"));
    QByteArray wrongChain = ping;
    wrongChain.replace("\"chain_id\": \"ait-mainnet\"", "\"chain_id\": \"ait-devnet\"");
    r = test::httpPost(node->url(), QStringLiteral("/rpc/transaction"), wrongChain);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json[QStringLiteral("detail")].toString().contains(QLatin1String("chain_id 'ait-devnet'")));
    QCOMPARE(test::httpGet(node->url(), QStringLiteral("/rpc/genesis_allocations")).status, 200);
}

QTEST_GUILESS_MAIN(TestDevnetFollower)
#include "tst_devnet_follower.moc"
