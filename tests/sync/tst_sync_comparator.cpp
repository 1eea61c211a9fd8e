// compareNodes over real DbNodes on copies of the real leader/follower databases and forked copies:
// lag, fork point (with the number of block requests), missing transactions and blocks, range limits,
// progress, cancellation and errors.
#include "chain/db_node.h"
#include "sync/sync_summary.h"
#include "sync_await.h"
#include "sync_fixtures.h"

#include <QtTest>

#include <cmath>

using namespace aitbc;
using namespace aitbc::sync;

namespace {
QList<qint64> range(qint64 from, qint64 to) {
    QList<qint64> out;
    for (qint64 h = from; h <= to; ++h)
        out.append(h);
    return out;
}
} // namespace

class TestSyncComparator : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_leaderPath;
    QString m_followerPath;

    std::unique_ptr<chain::DbNode> open(const QString& path) {
        return std::make_unique<chain::DbNode>(chain::DbOptions{path, {}, 5000});
    }
    CompareOptions named(const QStringList& names) {
        CompareOptions o;
        o.names = names;
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_leaderPath = test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("leader.db"));
        m_followerPath = test::copyTestData(test::kFollowerDb, m_dir, QStringLiteral("follower.db"));
    }

    void realLeaderAndImportBlockFollower() {
        auto leader = open(m_leaderPath);
        auto follower = open(m_followerPath);
        const SyncResult r = test::compareAndWait(
            {leader.get(), follower.get()}, named({QStringLiteral("leader"), QStringLiteral("follower")}));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const SyncReport& report = r.value();
        QCOMPARE(report.nodes.at(0).height, 22);
        QCOMPARE(report.nodes.at(1).height, 21);
        QCOMPARE(report.nodes.at(0).hash,
                 QStringLiteral("0xd9b7dab64b") + report.nodes.at(0).hash.mid(12)); // head of the real chain
        QCOMPARE(report.pairs.size(), 1);
        const PairFindings& pair = report.pairs.at(0);
        QCOMPARE(pair.lag, 1);
        QVERIFY(!pair.forkHeight);
        QCOMPARE(pair.forkProbes, 1); // §7.3: equal hashes at min(heights) settle it
        QVERIFY(report.blockRequests <= 2);
        QCOMPARE(report.missingTxHeights(), range(2, 21));
        QVERIFY(report.findings.at(0).missingTxHeights.isEmpty());
        QCOMPARE(pair.missingBlockHeights, QList<qint64>{22});
        QVERIFY(report.scanned);
        QCOMPARE(verdictOf(report), Verdict::MissingTransactions);
        const QString words = summarize(report);
        QVERIFY2(words.contains(QStringLiteral("follower 1 block behind leader")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("20 blocks on follower since height 2 imported without their "
                                               "transactions")),
                 qPrintable(words));
        QVERIFY2(words.endsWith(QStringLiteral("no fork")), qPrintable(words));
    }

    void forkFoundByBinarySearch_data() {
        QTest::addColumn<qint64>("forkAt");
        for (qint64 f : {1, 2, 10, 21, 22})
            QTest::addRow("fork at %lld", f) << f;
    }

    void forkFoundByBinarySearch() {
        QFETCH(qint64, forkAt);
        const QString branch =
            test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("branch-%1.db").arg(forkAt));
        test::forkChain(branch, forkAt);
        auto a = open(m_leaderPath);
        auto b = open(branch);
        CompareOptions o;
        o.scan = false; // the search alone: heads + O(log h) block requests
        const SyncResult r = test::compareAndWait({a.get(), b.get()}, o);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const PairFindings& pair = r->pairs.at(0);
        QCOMPARE(pair.forkHeight.value_or(-1), forkAt);
        QVERIFY(pair.forkVerified);
        QCOMPARE(pair.lag, 0);
        // One probe at the top, then a binary search over 22 heights, plus the linkage check (2 heights).
        const int maxProbes = 1 + int(std::ceil(std::log2(22.0))) + 2;
        QVERIFY2(r->blockRequests <= 2 * maxProbes, qPrintable(QString::number(r->blockRequests)));
        QVERIFY(!r->scanned);
        QCOMPARE(verdictOf(r.value()), Verdict::Forked);
    }

    void scanConfirmsTheSearch() {
        const QString branch = test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("branch-scan.db"));
        test::forkChain(branch, 7);
        auto a = open(m_leaderPath);
        auto b = open(branch);
        const SyncResult r = test::compareAndWait({a.get(), b.get()});
        QVERIFY(r.ok());
        QCOMPARE(r->pairs.at(0).forkHeight.value_or(-1), 7);
        QVERIFY(r->pairs.at(0).forkVerified);
        QCOMPARE(r->pairs.at(0).stateCounts[size_t(BlockState::HashDiffers)], 16);
        QCOMPARE(r->pairs.at(0).firstProposerSplit.value_or(-1), 7);
    }

    void brokenLinkageIsFlagged() {
        // Hashes differ only at height 12 and agree again above it: impossible for real PoA blocks (the
        // hash covers the parent) but possible with /rpc/importBlock, which stores any hash (§5.2).
        const QString odd = test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("odd.db"));
        test::execOn(odd, [](QSqlDatabase& db) {
            test::execSql(db, QStringLiteral("UPDATE block SET hash = '0x' || substr(hash, 3, 60) || 'dead' "
                                             "WHERE height = 12"));
        });
        auto a = open(m_leaderPath);
        auto b = open(odd);
        const SyncResult r = test::compareAndWait({a.get(), b.get()});
        QVERIFY(r.ok());
        QCOMPARE(r->pairs.at(0).forkHeight.value_or(-1), 12); // the scan corrects the search's "no fork"
        QVERIFY(!r->pairs.at(0).forkVerified);
    }

    void differentGenesisForksAtZero() {
        const QString other = test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("other.db"));
        test::forkChain(other, 0);
        auto a = open(m_leaderPath);
        auto b = open(other);
        CompareOptions o;
        o.scan = false;
        const SyncResult r = test::compareAndWait({a.get(), b.get()}, o);
        QVERIFY(r.ok());
        QCOMPARE(r->pairs.at(0).forkHeight.value_or(-1), 0);
    }

    void rangeLimitsTheScan() {
        auto leader = open(m_leaderPath);
        auto follower = open(m_followerPath);
        CompareOptions o;
        o.from = 5;
        o.to = 10;
        o.pageSize = 4;
        const SyncResult r = test::compareAndWait({leader.get(), follower.get()}, o);
        QVERIFY(r.ok());
        QCOMPARE(r->missingTxHeights(), range(5, 10));
        QVERIFY(r->pairs.at(0).missingBlockHeights.isEmpty());
        QCOMPARE(r->pairs.at(0).lag, 1); // lag is about the heads, whatever the range
        QCOMPARE(r->scanFrom, 5);
        QCOMPARE(r->scanTo, 10);
    }

    void withoutScanTheHeightsAboveTheShorterHeadAreStillMissing() {
        auto leader = open(m_leaderPath);
        auto follower = open(m_followerPath);
        CompareOptions o;
        o.scan = false;
        const SyncResult r = test::compareAndWait({leader.get(), follower.get()}, o);
        QVERIFY(r.ok());
        QCOMPARE(r->pairs.at(0).missingBlockHeights, QList<qint64>{22});
        QVERIFY(r->missingTxHeights().isEmpty()); // not scanned: nothing claimed
    }

    void progressCoversTheRange() {
        auto leader = open(m_leaderPath);
        auto follower = open(m_followerPath);
        CompareOptions o;
        o.pageSize = 5;
        QFuture<SyncResult> f = compareNodes({leader.get(), follower.get()}, o);
        QFutureWatcher<SyncResult> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        watcher.setFuture(f);
        QVERIFY(test::finishes(f));
        QCoreApplication::processEvents();
        QCOMPARE(f.progressMaximum(), 23);
        QCOMPARE(f.progressValue(), 23);
        QVERIFY(!progress.isEmpty());
    }

    void cancelStopsTheScan() {
        auto leader = open(m_leaderPath);
        auto follower = open(m_followerPath);
        CompareOptions o;
        o.pageSize = 1;
        QFuture<SyncResult> f = compareNodes({leader.get(), follower.get()}, o);
        f.cancel();
        QVERIFY(test::finishes(f));
        QVERIFY(f.isCanceled());
        QCOMPARE(f.resultCount(), 0);
    }

    void unreadableNodeIsAClearError() {
        auto leader = open(m_leaderPath);
        auto missing = open(m_dir.filePath(QStringLiteral("does-not-exist/chain.db")));
        const SyncResult r = test::compareAndWait({leader.get(), missing.get()},
                                                  named({QStringLiteral("leader"), QStringLiteral("ghost")}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().node, 1);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("ghost: ")), qPrintable(r.error().message));
    }

    void oneNodeIsNotAComparison() {
        auto leader = open(m_leaderPath);
        const SyncResult r = test::compareAndWait({leader.get()});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("two nodes")));
    }

    void jsonHasTheCliContract() {
        auto leader = open(m_leaderPath);
        auto follower = open(m_followerPath);
        const SyncResult r = test::compareAndWait({leader.get(), follower.get()},
                                                  named({QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(r.ok());
        const QJsonObject o = reportToJson(r.value());
        QCOMPARE(o.value(QStringLiteral("lag")).toInteger(), 1);
        QVERIFY(o.value(QStringLiteral("fork_height")).isNull());
        QCOMPARE(o.value(QStringLiteral("missing_tx_heights")).toArray().size(), 20);
        QCOMPARE(o.value(QStringLiteral("missing_tx_heights")).toArray().first().toInteger(), 2);
        QCOMPARE(o.value(QStringLiteral("missing_block_heights")).toArray(), QJsonArray{22});
        const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.at(0)[QStringLiteral("name")].toString(), QStringLiteral("A"));
        QCOMPARE(nodes.at(1)[QStringLiteral("height")].toInteger(), 21);
        QVERIFY(nodes.at(1)[QStringLiteral("hash")].toString().startsWith(QStringLiteral("0x2f2afe05af")));
        QCOMPARE(o.value(QStringLiteral("verdict_code")).toString(), QStringLiteral("missing_transactions"));
        QVERIFY(!o.value(QStringLiteral("verdict")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncComparator)
#include "tst_sync_comparator.moc"
