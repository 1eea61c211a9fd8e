// The comparator against live devnet nodes over real HTTP on 127.0.0.1 (what a user runs it against):
//  - a leader and a `--quirks ref` follower: the follower imports headers only, so every block holding a
//    transaction on the leader lacks it on the follower, and nothing else is reported;
//  - two leaders with the same genesis and chain id but different proposers: they fork at height 1.
#include "chain/db_node.h"
#include "chain/node_profile.h"
#include "crypto/ed25519.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_traffic.h"
#include "sync/sync_summary.h"
#include "sync_await.h"
#include "sync_fixtures.h"
#include "test_result.h"
#include "tx/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::sync;

namespace {
std::unique_ptr<chain::Node> rpcNode(const QUrl& url) {
    chain::NodeProfile p;
    p.name = url.toString();
    p.rpcUrl = url.toString();
    p.timeoutMs = 10'000;
    return chain::createNode(p);
}
} // namespace

namespace {
/// Highest block height in a chain.db, read with a plain connection of the test's own.
qint64 tipOf(const QString& path) {
    const QString name = QStringLiteral("tip-") + path;
    qint64 tip = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(height) FROM block")) && q.next())
                tip = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tip;
}
} // namespace

class TestSyncDevnet : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    protocol::GenesisFile m_genesis;

    devnet::NodeConfig leaderConfig(const QString& sub, const QString& proposer) const {
        devnet::NodeConfig c;
        c.dataDir = m_dir.filePath(sub);
        c.genesis = m_genesis;
        c.blockTimeSeconds = 0.2;
        c.idleBlockSeconds = 3600; // no heartbeat blocks: the chain stands still once the mempool is empty
        c.proposerId = proposer;
        return c;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_genesis = test::realGenesis();
    }

    void leaderAndRefFollower() {
        devnet::DevnetNode leader(leaderConfig(QStringLiteral("leader"), QStringLiteral("leader-1")));
        QVERIFY(test::succeeded(leader.start()));
        devnet::NodeConfig fc = leaderConfig(QStringLiteral("follower"), QStringLiteral("follower-1"));
        fc.role = devnet::Role::Follower;
        fc.leaderUrl = leader.url();
        fc.quirks = devnet::Quirks::Ref;
        fc.importIntervalSeconds = 0.02;
        fc.followerPollSeconds = 0.1;
        devnet::DevnetNode follower(fc);
        QVERIFY(test::succeeded(follower.start()));

        // Three transfers from the genesis account, one per block.
        auto leaderRpc = rpcNode(leader.url());
        QVERIFY(test::submitTransfers(leaderRpc.get(), leader, 3));
        QTRY_COMPARE_WITH_TIMEOUT(follower.height(), leader.height(), 30'000);

        // The heights that hold a transaction, read from the leader's own database.
        chain::DbNode leaderDb(chain::DbOptions{leader.databasePath(), {}, 5000});
        const auto blocks = test::waitNode(leaderDb.blocks(0, leader.height(), true));
        QVERIFY(blocks.ok());
        QList<qint64> withTx;
        for (const chain::Block& b : blocks.value())
            if (b.header.txCount > 0)
                withTx.append(b.header.height);
        QCOMPARE(withTx.size(), 3);

        auto followerRpc = rpcNode(follower.url());
        const SyncResult r = test::compareAndWait({leaderRpc.get(), followerRpc.get()});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->pairs.at(0).lag, 0);
        QVERIFY(!r->pairs.at(0).forkHeight);
        QCOMPARE(r->findings.at(1).missingTxHeights, withTx); // exactly these, nothing else
        QVERIFY(r->findings.at(0).missingTxHeights.isEmpty());
        QCOMPARE(r->missingTxHeights(), withTx);
        QVERIFY(r->pairs.at(0).missingBlockHeights.isEmpty());
        QCOMPARE(verdictOf(r.value()), Verdict::MissingTransactions);

        // The same through a mix of backends: the leader's chain.db against the follower's RPC.
        const SyncResult mixed = test::compareAndWait({&leaderDb, followerRpc.get()});
        QVERIFY2(mixed.ok(), qPrintable(mixed.error().message));
        QCOMPARE(mixed->missingTxHeights(), withTx);
        QVERIFY(!mixed->pairs.at(0).forkHeight);

        follower.stop();
        leader.stop();
    }

    void twoLeadersSharingGenesisFork() {
        devnet::NodeConfig ca = leaderConfig(QStringLiteral("fork-a"), QStringLiteral("leader-a"));
        devnet::NodeConfig cb = leaderConfig(QStringLiteral("fork-b"), QStringLiteral("leader-b"));
        ca.idleBlockSeconds = 0.25; // heartbeat blocks keep both chains growing
        cb.idleBlockSeconds = 0.4;
        devnet::DevnetNode a(ca), b(cb);
        QVERIFY(test::succeeded(a.start()));
        QVERIFY(test::succeeded(b.start()));
        QTRY_VERIFY_WITH_TIMEOUT(a.height() >= 6 && b.height() >= 4, 30'000);

        // Live, over RPC: the fork point does not move while the chains grow.
        auto ra = rpcNode(a.url());
        auto rb = rpcNode(b.url());
        CompareOptions live;
        live.scan = false;
        const SyncResult over = test::compareAndWait({ra.get(), rb.get()}, live);
        QVERIFY2(over.ok(), qPrintable(over.error().message));
        QCOMPARE(over->pairs.at(0).forkHeight.value_or(-1), 1);
        QVERIFY(over->pairs.at(0).forkVerified);

        // Stopped, from their databases: everything exact.
        a.stop();
        b.stop();
        // A stopped node reports no height: read each chain's tip straight from its file.
        const qint64 ha = tipOf(a.databasePath()), hb = tipOf(b.databasePath());
        QVERIFY(ha >= 6 && hb >= 4);
        chain::DbNode da(chain::DbOptions{a.databasePath(), {}, 5000});
        chain::DbNode db(chain::DbOptions{b.databasePath(), {}, 5000});
        const SyncResult r = test::compareAndWait({&da, &db});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const PairFindings& pair = r->pairs.at(0);
        QCOMPARE(r->nodes.at(0).height, ha);
        QCOMPARE(r->nodes.at(1).height, hb);
        QCOMPARE(pair.lag, ha - hb);
        QCOMPARE(pair.forkHeight.value_or(-1), 1);
        QVERIFY(pair.forkVerified);
        QList<qint64> missing;
        for (qint64 h = std::min(ha, hb) + 1; h <= std::max(ha, hb); ++h)
            missing.append(h);
        QCOMPARE(pair.missingBlockHeights, missing);
        QCOMPARE(pair.stateAt(0), BlockState::Equal);
        QCOMPARE(pair.stateAt(1), BlockState::HashDiffers);
        QCOMPARE(pair.firstProposerSplit.value_or(-1), 1);
        QVERIFY(r->missingTxHeights().isEmpty());
        QVERIFY(summarize(r.value()).contains(QStringLiteral("fork at height 1")));
    }
};

QTEST_GUILESS_MAIN(TestSyncDevnet)
#include "tst_sync_devnet.moc"
