// A REF node and the devnet, both ways through POST /rpc/importBlock (protocol.md §5.2, §7.2):
// - the real leader's recorded blocks (tests/data/real-chain/chain.db), posted as REF's chain_sync posts
//   them (a blocks-range item plus chain_id), are accepted by a devnet follower, which then holds exactly
//   what the real follower held (follower_importblock_chain.db): the headers, no transaction rows, genesis
//   balances. A fixed-quirks follower replays the real transactions to the real final balances.
// - a devnet leader's blocks carry every key REF's importBlock reads, in the formats it parses, and a
//   follower stores them as the real follower stored the real leader's blocks (the same columns).
#include "devnet/chain_store.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet/rpc_json.h"
#include "devnet_http.h"
#include "devnet_support.h"
#include "test_result.h"
#include "testdata.h"
#include "json/canonical.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

namespace {
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");

/// Block rows (header columns) and accounts of a database, one text line each, for comparisons.
struct DbContent {
    QStringList blocks;
    QStringList accounts;
    qint64 txRows = -1;
};

DbContent contentOf(const QString& path, qint64 maxHeight) {
    DbContent c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("content"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT height, hash, parent_hash, proposer, timestamp, tx_count, state_root, "
                               "block_metadata FROM block WHERE height <= ? ORDER BY height"));
            q.addBindValue(maxHeight);
            q.exec();
            while (q.next()) {
                QStringList cols;
                for (int i = 0; i < 8; ++i)
                    cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                c.blocks << cols.join(QLatin1Char('|'));
            }
            q.exec(QStringLiteral("SELECT address, balance, nonce FROM account ORDER BY address"));
            while (q.next())
                c.accounts << QStringLiteral("%1|%2|%3")
                                  .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            if (q.exec(QStringLiteral("SELECT count(*) FROM \"transaction\"")) && q.next())
                c.txRows = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("content"));
    return c;
}

} // namespace

class TestDevnetInterop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void realBlocksImportIntoARefFollower();
    void fixedFollowerReplaysTheRealTransactions();
    void devnetLeaderBlocksHaveTheShapeRefImports();

private:
    std::unique_ptr<devnet::DevnetNode> importer(devnet::Quirks quirks, const QString& sub);
    QTemporaryDir m_dir;
    protocol::GenesisFile m_genesis;
    QList<json::Value> m_realBlocks; ///< heights 1..21 as REF's chain_sync posts them
};

void TestDevnetInterop::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_genesis = test::realGenesis();
    // The real leader's blocks in the blocks-range shape (the conformance suite checks that shape against
    // the real node's answer), read from a copy of its chain.db.
    const QString copy =
        test::copyTestData(QStringLiteral("real-chain/chain.db"), m_dir, QStringLiteral("leader.db"));
    devnet::ChainStore store;
    QVERIFY(test::succeeded(store.open(copy)));
    QHash<qint64, json::Value> txs;
    for (const devnet::TxRow& t : store.transactionsInBlocks(QStringLiteral("ait-mainnet"), 1, 21)) {
        json::Value& list = txs[t.blockHeight.toLongLong()];
        if (!list.isArray())
            list = json::Value::array();
        list.append(devnet::rpcjson::rangeTransaction(t));
    }
    for (const devnet::BlockRow& b : store.blocks(QStringLiteral("ait-mainnet"), 1, 21)) {
        json::Value o = devnet::rpcjson::blockHeader(b, false);
        o.insert(QStringLiteral("transactions"), txs.value(b.height, json::Value::array()));
        o.insert(QStringLiteral("chain_id"), QStringLiteral("ait-mainnet"));
        m_realBlocks.append(o);
    }
    store.close();
    QCOMPARE(m_realBlocks.size(), 21);
}

std::unique_ptr<devnet::DevnetNode> TestDevnetInterop::importer(devnet::Quirks quirks, const QString& sub) {
    devnet::NodeConfig cfg;
    cfg.dataDir = m_dir.filePath(sub);
    cfg.genesis = m_genesis;
    cfg.quirks = quirks;
    cfg.role = devnet::Role::Follower;
    // No leader to poll (port 9 refuses): blocks arrive only through POST /rpc/importBlock.
    cfg.leaderUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    cfg.followerPollSeconds = 3600;
    cfg.importIntervalSeconds = 0.02;
    return test::startDevnet(cfg);
}

void TestDevnetInterop::realBlocksImportIntoARefFollower() {
    auto node = importer(devnet::Quirks::Ref, QStringLiteral("ref"));
    QVERIFY(node->isRunning());
    for (const json::Value& block : m_realBlocks) {
        const auto r = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                                      json::dump(block, {json::Separators::Compact, false, false}));
        QCOMPARE(r.status, 200);
        const QByteArray expected =
            "{\"success\":true,\"block_height\":" +
            QByteArray::number(block[QStringLiteral("height")].toInt64().value_or(-1)) +
            ",\"block_hash\":\"" + block[QStringLiteral("hash")].toString().toLatin1() +
            "\",\"chain_id\":\"ait-mainnet\"}";
        QCOMPARE(r.body, expected);
    }
    // Importing a height again fails as at REF (unique constraint), 500 with the exception text.
    const auto again = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                                      json::dump(m_realBlocks[4], {json::Separators::Compact, false, false}));
    QCOMPARE(again.status, 200); // same hash: REF deletes the same-hash block first, then inserts it again
    json::Value clash = m_realBlocks[4];
    clash.insert(QStringLiteral("hash"), QString(QStringLiteral("0x") + QString(64, QLatin1Char('e'))));
    const auto conflict = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                                         json::dump(clash, {json::Separators::Compact, false, false}));
    QCOMPARE(conflict.status, 500);
    QVERIFY(conflict.body.startsWith("{\"detail\":\"Failed to import block: (sqlite3.IntegrityError) "));
    const QString dbPath = node->databasePath();
    node.reset();

    QTemporaryDir dir;
    const DbContent real =
        contentOf(test::copyTestData(QStringLiteral("real-chain/follower_importblock_chain.db"), dir), 21);
    const DbContent ours = contentOf(dbPath, 21);
    QCOMPARE(real.blocks.size(), 22);
    // Every column equal, the genesis state root included: the devnet computes REF's Merkle-Patricia root.
    QCOMPARE(ours.blocks, real.blocks);
    QCOMPARE(ours.txRows, 0);
    QCOMPARE(real.txRows, 0);
    QCOMPARE(ours.accounts, real.accounts);
}

void TestDevnetInterop::fixedFollowerReplaysTheRealTransactions() {
    auto node = importer(devnet::Quirks::Fixed, QStringLiteral("fixed"));
    QVERIFY(node->isRunning());
    for (const json::Value& block : m_realBlocks) {
        if (block[QStringLiteral("height")].toInt64() == 3) {
            // The root is checked against the state replayed so far (genesis + the ping): a forged one is
            // refused and names the real node's root.
            json::Value forged = block;
            forged.insert(QStringLiteral("state_root"),
                          QString(QStringLiteral("0x") + QString(64, QLatin1Char('0'))));
            const auto r = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                                          json::dump(forged, {json::Separators::Compact, false, false}));
            QCOMPARE(r.status, 500);
            QCOMPARE(r.json[QStringLiteral("detail")].toString(),
                     QStringLiteral("Failed to import block: state root mismatch: expected "
                                    "0x9ce17fffd52cdbafb254a2045328bed573eab28f2621e2e12646e5a578adfaa1"));
        }
        const auto r = test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                                      json::dump(block, {json::Separators::Compact, false, false}));
        QVERIFY2(r.status == 200, r.body.constData());
    }
    // Every real block hash recomputed from its transactions (§7.4) and every state root from the replayed
    // accounts, every row stored, and the balances and nonces are those the real leader ended with.
    const auto tampered = [&] {
        json::Value b = m_realBlocks[1];
        b.insert(QStringLiteral("height"), qint64(22));
        return b;
    }();
    QCOMPARE(test::httpPost(node->url(), QStringLiteral("/rpc/importBlock"),
                            json::dump(tampered, {json::Separators::Compact, false, false}))
                 .status,
             500);
    const QString dbPath = node->databasePath();
    node.reset();
    QTemporaryDir dir;
    const DbContent real = contentOf(test::copyTestData(QStringLiteral("real-chain/chain.db"), dir), 21);
    const DbContent ours = contentOf(dbPath, 21);
    QCOMPARE(ours.txRows, 20);
    QCOMPARE(ours.accounts, real.accounts);
    QCOMPARE(ours.blocks, real.blocks);
}

void TestDevnetInterop::devnetLeaderBlocksHaveTheShapeRefImports() {
    devnet::NodeConfig cfg;
    cfg.dataDir = m_dir.filePath(QStringLiteral("leader"));
    cfg.genesis = m_genesis;
    cfg.blockTimeSeconds = 0.5;
    cfg.idleBlockSeconds = 3600;
    devnet::DevnetNode leader(cfg);
    QVERIFY(test::succeeded(leader.start()));
    QTRY_VERIFY_WITH_TIMEOUT(leader.height() >= 1, 20000);
    const QByteArray tx =
        QStringLiteral(
            R"({"type":"TRANSFER","from":"%1","nonce":0,"fee":10,"payload":{"recipient":"%2","amount":3,"message":"grüße"}})")
            .arg(kAlice, kBob)
            .toUtf8();
    QCOMPARE(test::httpPost(leader.url(), QStringLiteral("/rpc/transaction"), tx).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(leader.height() >= 2, 20000);
    const qint64 top = leader.height();

    // What REF's chain_sync would post: each blocks-range item plus chain_id. REF's importBlock reads
    // hash, height, parent_hash, proposer, timestamp (datetime.fromisoformat), tx_count, state_root.
    const auto range =
        test::httpGet(leader.url(), QStringLiteral("/rpc/blocks-range?start=1&end=%1").arg(top));
    QCOMPARE(range.status, 200);
    const QRegularExpression hashRe(QStringLiteral("^0x[0-9a-f]{64}$"));
    const QRegularExpression isoRe(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$)"));
    auto follower = importer(devnet::Quirks::Ref, QStringLiteral("devnet-follower"));
    for (const json::Value& item : range.json[QStringLiteral("blocks")].asArray()) {
        QVERIFY(hashRe.match(item[QStringLiteral("hash")].toString()).hasMatch());
        QVERIFY(hashRe.match(item[QStringLiteral("parent_hash")].toString()).hasMatch());
        QVERIFY(hashRe.match(item[QStringLiteral("state_root")].toString()).hasMatch());
        QVERIFY(isoRe.match(item[QStringLiteral("timestamp")].toString()).hasMatch());
        QVERIFY(item[QStringLiteral("height")].isInteger());
        QVERIFY(item[QStringLiteral("tx_count")].isInteger());
        QVERIFY(!item[QStringLiteral("proposer")].toString().isEmpty());
        json::Value body = item;
        body.insert(QStringLiteral("chain_id"), QStringLiteral("ait-mainnet"));
        QCOMPARE(test::httpPost(follower->url(), QStringLiteral("/rpc/importBlock"),
                                json::dump(body, {json::Separators::Compact, false, false}))
                     .status,
                 200);
    }
    const QString followerDb = follower->databasePath();
    follower.reset();
    const QString leaderDb = leader.databasePath();
    leader.stop();
    // The follower holds the leader's header columns exactly, and no transaction rows: the relation the
    // real pair's databases show (checked on them too).
    const DbContent l = contentOf(leaderDb, top);
    const DbContent f = contentOf(followerDb, top);
    QCOMPARE(f.blocks, l.blocks);
    QCOMPARE(f.txRows, 0);
    QVERIFY(l.txRows >= 1);
    QTemporaryDir dir;
    const DbContent realLeader =
        contentOf(test::copyTestData(QStringLiteral("real-chain/chain.db"), dir), 21);
    const DbContent realFollower =
        contentOf(test::copyTestData(QStringLiteral("real-chain/follower_importblock_chain.db"), dir), 21);
    QCOMPARE(realFollower.blocks, realLeader.blocks);
}

QTEST_GUILESS_MAIN(TestDevnetInterop)
#include "tst_devnet_interop.moc"
