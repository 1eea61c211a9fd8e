// CompletenessScan over the real leader and follower databases (read with the project's DbReader) and
// over copies altered the way real faults look: a fork, a hole, an idle proposer, a state-root split.
#include "chain/db_reader.h"
#include "sync/completeness_scan.h"
#include "sync_fixtures.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::sync;

namespace {

QList<qint64> range(qint64 from, qint64 to) {
    QList<qint64> out;
    for (qint64 h = from; h <= to; ++h)
        out.append(h);
    return out;
}

/// Scans the given databases over [from, to] in pages of `pageSize`.
CompletenessScan scanFiles(const QStringList& paths, qint64 from, qint64 to, int pageSize,
                           ScanSettings settings = {}) {
    std::vector<std::unique_ptr<chain::DbReader>> readers;
    for (const QString& p : paths)
        readers.push_back(std::make_unique<chain::DbReader>(chain::DbOptions{p, {}, 5000}));
    CompletenessScan scan(paths.size(), from, to, settings);
    for (qint64 page = from; page <= to; page += pageSize) {
        const qint64 last = std::min(to, page + pageSize - 1);
        QList<QList<chain::Block>> blocks;
        for (auto& r : readers) {
            auto got = r->blocks(page, last, true);
            if (!got.ok())
                qFatal("read failed: %s", qPrintable(got.error().message));
            blocks.append(got.value());
        }
        scan.addPage(page, last, blocks);
    }
    for (auto& r : readers)
        r->close();
    return scan;
}

} // namespace

class TestCompletenessScan : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_leader;
    QString m_follower;

    QString copyOf(const QString& shared, const QString& name) {
        return test::copyTestData(shared, m_dir, name);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_leader = copyOf(test::kLeaderDb, QStringLiteral("leader.db"));
        m_follower = copyOf(test::kFollowerDb, QStringLiteral("follower.db"));
    }

    void realFollowerLacksExactlyItsTransactions_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("page 1") << 1;
        QTest::newRow("page 7") << 7;
        QTest::newRow("page 500") << 500;
    }

    void realFollowerLacksExactlyItsTransactions() {
        QFETCH(int, pageSize);
        const CompletenessScan scan = scanFiles({m_leader, m_follower}, 0, 22, pageSize);
        const NodeFindings& leader = scan.nodeFindings().at(0);
        const NodeFindings& follower = scan.nodeFindings().at(1);
        QCOMPARE(leader.missingTxHeights, QList<qint64>{});
        QCOMPARE(follower.missingTxHeights, range(2, 21)); // observed-node.md: 2:1/0 ... 21:1/0
        QCOMPARE(follower.missingTxTotal, 20);
        QCOMPARE(leader.blocksScanned, 23);
        QCOMPARE(follower.blocksScanned, 22);
        // The heartbeat block at 22 came 60.05 s after 21: within the tolerance, not an outage.
        QVERIFY(leader.timestampGaps.isEmpty());
        QVERIFY(leader.proposerChanges.isEmpty());

        const PairFindings& pair = scan.pairFindings().at(0);
        QCOMPARE(pair.missingBlockHeights, QList<qint64>{22});
        QVERIFY(pair.stateRootDiffHeights.isEmpty()); // importBlock copies the leader's roots verbatim
        QVERIFY(!scan.firstHashDifference(0));
        QVERIFY(!pair.firstProposerSplit);
        QCOMPARE(pair.stateAt(0), BlockState::Equal);
        QCOMPARE(pair.stateAt(1), BlockState::Equal);
        for (qint64 h = 2; h <= 21; ++h)
            QCOMPARE(pair.stateAt(h), BlockState::MissingTransactions);
        QCOMPARE(pair.stateAt(22), BlockState::MissingBlock);
        QCOMPARE(pair.stateAt(23), BlockState::NotScanned);
        QCOMPARE(pair.stateCounts[size_t(BlockState::Equal)], 2);
        QCOMPARE(pair.stateCounts[size_t(BlockState::MissingTransactions)], 20);
        QCOMPARE(pair.stateCounts[size_t(BlockState::MissingBlock)], 1);
    }

    void strictHeartbeatSeesTheIdleMinute() {
        const CompletenessScan scan = scanFiles({m_leader, m_follower}, 0, 22, 500, ScanSettings{60, 0});
        const QList<TimestampGap> gaps = scan.nodeFindings().at(0).timestampGaps;
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.at(0).height, 22);
        QVERIFY(gaps.at(0).seconds > 60 && gaps.at(0).seconds < 61);
    }

    void sameChainTwiceIsAllEqual() {
        const QString twin = copyOf(test::kLeaderDb, QStringLiteral("twin.db"));
        const CompletenessScan scan = scanFiles({m_leader, twin}, 0, 22, 5);
        QCOMPARE(scan.pairFindings().at(0).stateCounts[size_t(BlockState::Equal)], 23);
        QVERIFY(scan.pairFindings().at(0).missingBlockHeights.isEmpty());
        QVERIFY(scan.nodeFindings().at(1).missingTxHeights.isEmpty());
    }

    void forkedCopyDiffersFromTheForkOn() {
        const QString branch = copyOf(test::kLeaderDb, QStringLiteral("branch.db"));
        test::forkChain(branch, 10);
        const CompletenessScan scan = scanFiles({m_leader, branch}, 0, 22, 4);
        const PairFindings& pair = scan.pairFindings().at(0);
        QCOMPARE(scan.firstHashDifference(0).value_or(-1), 10);
        QCOMPARE(pair.firstProposerSplit.value_or(-1), 10);
        QCOMPARE(scan.nodeFindings().at(1).proposerChanges, QList<qint64>{10});
        QCOMPARE(pair.stateAt(9), BlockState::Equal);
        for (qint64 h = 10; h <= 22; ++h)
            QCOMPARE(pair.stateAt(h), BlockState::HashDiffers);
        QVERIFY(pair.missingBlockHeights.isEmpty());
    }

    void holeInTheFollowerIsAMissingBlock() {
        const QString holed = copyOf(test::kFollowerDb, QStringLiteral("holed.db"));
        test::execOn(holed, [](QSqlDatabase& db) {
            test::execSql(db, QStringLiteral("DELETE FROM block WHERE height = 7"));
        });
        const CompletenessScan scan = scanFiles({m_leader, holed}, 0, 22, 3);
        QCOMPARE(scan.pairFindings().at(0).missingBlockHeights, (QList<qint64>{7, 22}));
        QCOMPARE(scan.pairFindings().at(0).stateAt(7), BlockState::MissingBlock);
        QList<qint64> expected = range(2, 21);
        expected.removeOne(7);
        QCOMPARE(scan.nodeFindings().at(1).missingTxHeights, expected);
    }

    void idleProposerIsAGap() {
        const QString idle = copyOf(test::kLeaderDb, QStringLiteral("idle.db"));
        test::execOn(idle, [](QSqlDatabase& db) {
            // Shift heights 15.. by five minutes, written in the node's own text format.
            test::execSql(
                db, QStringLiteral("UPDATE block SET timestamp = strftime('%Y-%m-%d %H:%M:%f', timestamp, "
                                   "'+5 minutes') || '000' WHERE height >= 15"));
        });
        const CompletenessScan scan = scanFiles({m_leader, idle}, 0, 22, 500);
        const QList<TimestampGap> gaps = scan.nodeFindings().at(1).timestampGaps;
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.at(0).height, 15);
        QVERIFY(gaps.at(0).seconds > 300 && gaps.at(0).seconds < 320);
    }

    void stateRootDifferenceIsReportedNotCounted() {
        const QString roots = copyOf(test::kLeaderDb, QStringLiteral("roots.db"));
        test::execOn(roots, [](QSqlDatabase& db) {
            test::execSql(db, QStringLiteral("UPDATE block SET state_root = ? WHERE height = 5"),
                          {QVariant(QStringLiteral("0x") + QString(64, QLatin1Char('a')))});
        });
        const CompletenessScan scan = scanFiles({m_leader, roots}, 0, 22, 500);
        const PairFindings& pair = scan.pairFindings().at(0);
        QCOMPARE(pair.stateRootDiffHeights, QList<qint64>{5});
        QCOMPARE(pair.stateAt(5), BlockState::Equal);
    }

    void threeNodesMakeTwoPairs() {
        const CompletenessScan scan = scanFiles({m_leader, m_follower, m_leader}, 0, 22, 500);
        QCOMPARE(scan.pairFindings().size(), 2);
        QCOMPARE(scan.pairFindings().at(0).b, 1);
        QCOMPARE(scan.pairFindings().at(1).b, 2);
        QCOMPARE(scan.pairFindings().at(1).stateCounts[size_t(BlockState::Equal)], 23);
    }
};

QTEST_GUILESS_MAIN(TestCompletenessScan)
#include "tst_completeness_scan.moc"
