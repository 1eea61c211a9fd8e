// compareAnyNodes over a real DbNode (a copy of the real leader's chain.db) and a ReportedNode holding
// the view an agent would report of the real follower: the findings the report allows, and a comparison
// that ends with an error, not a crash, when one of its nodes is closed while it runs, or is cancelled.
#include "chain/db_node.h"
#include "sync/node_view.h"
#include "sync/reported_compare.h"
#include "sync/reported_node.h"
#include "sync_fixtures.h"
#include "test_future.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::sync;

class TestReportedCompare : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_leaderPath;
    QString m_followerPath;

    std::unique_ptr<chain::DbNode> open(const QString& path) {
        return std::make_unique<chain::DbNode>(chain::DbOptions{path, {}, 5000});
    }

    static CompareOptions named() {
        CompareOptions o;
        o.names = {QStringLiteral("leader"), QStringLiteral("agent's node")};
        return o;
    }

    /// A reported node whose agent names only a head at `height`.
    static std::unique_ptr<ReportedNode> reportedAt(qint64 height) {
        auto node =
            std::make_unique<ReportedNode>(QStringLiteral("ait1agent"), QStringLiteral("ait-mainnet"));
        NodeView v;
        v.chainId = QStringLiteral("ait-mainnet");
        v.head.height = height;
        v.head.hash = QStringLiteral("0xreported");
        node->setView(v, QDateTime::currentDateTimeUtc());
        return node;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_leaderPath = test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("leader.db"));
        m_followerPath = test::copyTestData(test::kFollowerDb, m_dir, QStringLiteral("follower.db"));
    }

    void reportedFollowerHasTheScannedFindings() {
        auto follower = open(m_followerPath);
        QObject context;
        std::optional<NodeView> view;
        readNodeView(follower.get(), &context, 500, [&view](const NodeView& v) { view = v; });
        QTRY_VERIFY(view.has_value());
        QVERIFY2(view->error.isEmpty(), qPrintable(view->error));
        ReportedNode reported(QStringLiteral("ait1agent"), view->chainId);
        reported.setView(*view, QDateTime::currentDateTimeUtc());

        auto leader = open(m_leaderPath);
        const SyncResult r = test::waitFor(compareAnyNodes({leader.get(), &reported}, named()));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->nodes.at(0).height, 22);
        QCOMPARE(r->nodes.at(1).height, 21);
        QCOMPARE(r->pairs.size(), 1);
        QCOMPARE(r->pairs.constFirst().lag, 1);
        QVERIFY(!r->pairs.constFirst().forkHeight);
        QList<qint64> expected;
        for (qint64 h = 2; h <= 21; ++h)
            expected.append(h);
        QCOMPARE(r->findings.at(1).missingTxHeights, expected);
        QVERIFY(r->findings.at(0).missingTxHeights.isEmpty());
        QVERIFY(r->scanned);
    }

    void closedReportedNodeEndsTheComparison() {
        auto leader = open(m_leaderPath);
        auto reported = reportedAt(30); // above the leader: its hash at 22 would be asked of it
        QFuture<SyncResult> f = compareAnyNodes({leader.get(), reported.get()}, named());
        reported.reset();
        const SyncResult r = test::waitFor(f);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().node, 1);
        QVERIFY2(r.error().message.contains(QStringLiteral("closed")), qPrintable(r.error().message));
    }

    void closedDirectNodeEndsTheComparison() {
        auto leader = open(m_leaderPath);
        auto reported = reportedAt(10); // below the leader: the leader's block 10 would be asked for
        QFuture<SyncResult> f = compareAnyNodes({leader.get(), reported.get()}, named());
        leader.reset();
        const SyncResult r = test::waitFor(f);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().node, 0);
    }

    void cancelEndsAReportedComparison() {
        auto leader = open(m_leaderPath);
        auto reported = reportedAt(21);
        QFuture<SyncResult> f = compareAnyNodes({leader.get(), reported.get()}, named());
        f.cancel();
        QVERIFY(test::finishes(f));
        QVERIFY(f.isCanceled());
        QCOMPARE(f.resultCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportedCompare)
#include "tst_reported_compare.moc"
