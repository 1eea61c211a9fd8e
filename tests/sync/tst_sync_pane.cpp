// The sync pane under the offscreen platform: the real leader and follower databases through DbNodes,
// the summary in words, the strip's colours per height, hover and click to the side-by-side view, the
// chart's aggregation, and a screenshot (sync_pane_real.png in the build directory).
#include "chain/db_node.h"
#include "panes/sync/block_pair_dialog.h"
#include "panes/sync/block_strip.h"
#include "panes/sync/height_chart.h"
#include "panes/sync/sync_findings_model.h"
#include "panes/sync/sync_pane.h"
#include "state/node_registry.h"
#include "sync_fixtures.h"
#include "test_result.h"

#include "chain/node_profile.h"
#include "devnet_traffic.h"

#include "sync/sync_advice.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;
using sync::BlockState;

class TestSyncPane : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<chain::DbNode> m_leader;
    std::unique_ptr<chain::DbNode> m_follower;

    /// Pane comparing the real leader and follower, scanned once.
    std::unique_ptr<SyncPane> scannedPane() {
        auto pane = std::make_unique<SyncPane>(nullptr);
        pane->resize(900, 640);
        pane->show();
        QSignalSpy report(pane->model(), &SyncModel::reportChanged);
        pane->model()->setNodes({m_leader.get(), m_follower.get()},
                                {QStringLiteral("leader"), QStringLiteral("follower")});
        report.clear();
        pane->model()->rescan();
        if (!report.wait(30'000))
            qFatal("no report");
        pane->layout()->activate(); // the findings text changed height: place the strips before mouse tests
        return pane;
    }

    /// x coordinate of the middle of `height`'s columns on a strip spanning `count` heights.
    static int xOf(const BlockStrip* strip, qint64 height, qint64 count) {
        return int((height * strip->width() + strip->width() / 2) / count);
    }

private slots:
    void emptyStateUntilTwoNodes() {
        gui::NodeRegistry registry;
        gui::SyncPane pane(&registry);
        pane.resize(800, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.showsEmptyState());
        auto* add = pane.findChild<QPushButton*>(QStringLiteral("syncAddNodeButton"));
        QVERIFY(add && add->isVisible());
        QSignalSpy requested(&pane, &gui::SyncPane::addNodeRequested);
        add->click();
        QCOMPARE(requested.count(), 1);
        chain::NodeProfile p;
        p.name = QStringLiteral("leader");
        p.rpcUrl = QStringLiteral("http://127.0.0.1:9");
        QVERIFY(registry.addProfile(p) >= 0);
        QVERIFY(pane.showsEmptyState()); // one node: still nothing to compare
        p.name = QStringLiteral("follower");
        QVERIFY(registry.addProfile(p) >= 0);
        QVERIFY(!pane.showsEmptyState());
        QVERIFY(!add->isVisible());
        registry.removeProfile(1);
        QVERIFY(pane.showsEmptyState());
    }

    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // The English plural forms, as the application installs them ("20 blocks", not "20 block(s)").
        auto* english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/aitbc_en.qm")));
        QCoreApplication::installTranslator(english);
        m_leader = std::make_unique<chain::DbNode>(chain::DbOptions{
            test::copyTestData(test::kLeaderDb, m_dir, QStringLiteral("leader.db")), {}, 5000});
        m_follower = std::make_unique<chain::DbNode>(chain::DbOptions{
            test::copyTestData(test::kFollowerDb, m_dir, QStringLiteral("follower.db")), {}, 5000});
    }

    void summaryAndStripShowTheRealFollower() {
        auto pane = scannedPane();
        const QString summary = pane->model()->summary(); // the comparator's words, the pane's tooltip
        QCOMPARE(pane->findChild<QLabel*>(QStringLiteral("summaryLabel"))->toolTip(), summary);
        QVERIFY2(summary.contains(QStringLiteral("follower 1 block behind leader")), qPrintable(summary));
        QVERIFY2(
            summary.contains(QStringLiteral("20 blocks on follower since height 2 imported without their "
                                            "transactions")),
            qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("no fork")), qPrintable(summary));

        QCOMPARE(pane->strips().size(), 1);
        const BlockStrip* strip = pane->strips().at(0);
        QCOMPARE(strip->heightCount(), 23);
        const QImage& image = strip->image();
        QCOMPARE(image.width(), strip->width());
        QCOMPARE(image.pixelColor(xOf(strip, 0, 23), 0), BlockStrip::stateColor(BlockState::Equal));
        QCOMPARE(image.pixelColor(xOf(strip, 1, 23), 0), BlockStrip::stateColor(BlockState::Equal));
        for (qint64 h = 2; h <= 21; ++h)
            QCOMPARE(image.pixelColor(xOf(strip, h, 23), 0),
                     BlockStrip::stateColor(BlockState::MissingTransactions));
        QCOMPARE(image.pixelColor(xOf(strip, 22, 23), 0), BlockStrip::stateColor(BlockState::MissingBlock));

        const QString shot = QStringLiteral(AITBC_BINARY_DIR "/sync_pane_real.png");
        QVERIFY(pane->grab().save(shot));
    }

    // The real follower's 20 blocks without transactions are one row "2 – 21", the block only the leader
    // has is another; double-clicking a row opens its first block side by side.
    void findingsTableListsStretchesOfHeights() {
        auto pane = scannedPane();
        SyncFindingsModel* findings = pane->findings();
        QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(findings->rowCount(), 2);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return findings->index(row, column).data(role);
        };
        QCOMPARE(cell(0, SyncFindingsModel::HeightsColumn).toString(), QStringLiteral("2 – 21"));
        QCOMPARE(cell(0, SyncFindingsModel::NodeColumn).toString(), QStringLiteral("follower"));
        QCOMPARE(cell(0, SyncFindingsModel::FindingColumn).toString(),
                 QStringLiteral("20 blocks imported without their transactions"));
        QCOMPARE(cell(0, 0, SyncFindingsModel::FirstHeightRole).toLongLong(), 2);
        QCOMPARE(cell(0, 0, SyncFindingsModel::LastHeightRole).toLongLong(), 21);
        QCOMPARE(cell(1, SyncFindingsModel::HeightsColumn).toString(), QStringLiteral("22"));
        QCOMPARE(cell(1, 0, SyncFindingsModel::KindRole).toInt(),
                 int(SyncFindingsModel::Kind::MissingBlocks));

        auto* table = pane->findChild<QTableView*>(QStringLiteral("findingsTable"));
        QVERIFY(table);
        QCOMPARE(table->model(), findings);
        emit table->activated(findings->index(0, SyncFindingsModel::FindingColumn));
        QTRY_VERIFY(pane->blockDialog() && pane->blockDialog()->isVisible());
    }

    void findingsModelMergesOnlyConsecutiveHeights() {
        sync::SyncReport report;
        report.nodes.resize(2);
        report.findings.resize(2);
        report.findings[1].missingTxHeights = {9, 3, 4, 5, 7};
        sync::PairFindings pair;
        pair.forkHeight = 6;
        report.pairs = {pair};
        SyncFindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(report, {QStringLiteral("a"), QStringLiteral("b")});
        QStringList rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows << model.index(r, 0).data().toString();
        QCOMPARE(rows, (QStringList{QStringLiteral("3 – 5"), QStringLiteral("6"), QStringLiteral("7"),
                                    QStringLiteral("9")}));
        QCOMPARE(model.index(1, 0).data(SyncFindingsModel::KindRole).toInt(),
                 int(SyncFindingsModel::Kind::Fork));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void narrowStripShowsTheWorstStateOfEachBucket() {
        BlockStrip strip;
        strip.resize(10, 20);
        // 1000 heights, all equal except one fork height at 555: its bucket must be red.
        QByteArray states(1000, char(BlockState::Equal));
        states[555] = char(BlockState::HashDiffers);
        strip.setStates(states, 0, 999);
        const BlockStrip::Bucket b = strip.bucketAt(5);
        QCOMPARE(b.first, 500);
        QCOMPARE(b.last, 599);
        QCOMPARE(b.worst, BlockState::HashDiffers);
        QCOMPARE(b.worstHeight, 555);
        QCOMPARE(strip.image().pixelColor(5, 0), BlockStrip::stateColor(BlockState::HashDiffers));
        QCOMPARE(strip.image().pixelColor(4, 0), BlockStrip::stateColor(BlockState::Equal));
    }

    void clickOpensBothBlocksSideBySide() {
        auto pane = scannedPane();
        BlockStrip* strip = pane->strips().at(0);
        QSignalSpy ready(pane->model(), &SyncModel::blockPairReady);
        QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(xOf(strip, 5, 23), strip->height() / 2));
        QVERIFY(ready.wait(10'000));
        QCOMPARE(ready.last().at(1).toLongLong(), 5);
        BlockPairDialog* dialog = pane->blockDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fieldText(0, 0), dialog->fieldText(1, 0)); // same hash on both
        QVERIFY(dialog->fieldText(0, 0).startsWith(QStringLiteral("0x39fca71e80")));
        QCOMPARE(dialog->fieldText(0, 5), QStringLiteral("1 transaction, held by this node"));
        QCOMPARE(dialog->fieldText(1, 5),
                 QStringLiteral("1 transaction, not held by this node (imported without it)"));
        QCOMPARE(dialog->transactionCount(0), 1);
        QCOMPARE(dialog->transactionCount(1), 1); // the "counted but not held" line
        QVERIFY(QTest::qWaitForWindowExposed(dialog) || dialog->isVisible());
        QVERIFY(dialog->grab().save(QStringLiteral(AITBC_BINARY_DIR "/sync_block_pair.png")));
    }

    void clickAboveTheShorterHeadShowsTheMissingBlock() {
        auto pane = scannedPane();
        BlockStrip* strip = pane->strips().at(0);
        QSignalSpy ready(pane->model(), &SyncModel::blockPairReady);
        QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(xOf(strip, 22, 23), strip->height() / 2));
        QVERIFY(ready.wait(10'000));
        const BlockSide a = ready.last().at(2).value<BlockSide>();
        const BlockSide b = ready.last().at(3).value<BlockSide>();
        QVERIFY(a.present);
        QVERIFY(!b.present);
        QVERIFY(b.error.isEmpty()); // absent, not unreadable
        QCOMPARE(pane->blockDialog()->fieldText(1, 0), QStringLiteral("(no block at this height)"));
    }

    void hoverAsksForBothBlocks() {
        auto pane = scannedPane();
        BlockStrip* strip = pane->strips().at(0);
        QSignalSpy ready(pane->model(), &SyncModel::blockPairReady);
        QTest::mouseMove(strip, QPoint(xOf(strip, 12, 23), strip->height() / 2));
        QVERIFY(ready.wait(10'000));
        QCOMPARE(ready.last().at(1).toLongLong(), 12);
        const QString tip =
            BlockPairDialog::tooltipText(12, QStringLiteral("leader"), ready.last().at(2).value<BlockSide>(),
                                         QStringLiteral("follower"), ready.last().at(3).value<BlockSide>());
        QVERIFY(tip.contains(QStringLiteral("1 transaction, not held by this node")));
        QVERIFY(tip.contains(QStringLiteral("Height 12")));
    }

    void chartAggregatesLongHistories() {
        auto pane = scannedPane();
        SyncModel* model = pane->model();
        // Ten thousand polls of two nodes: the chart still draws at most one segment per column and node.
        for (int i = 0; i < 10'000; ++i)
            model->recordHeads(1'000'000 + i * 1000, {1000 + i / 10, 500 + i / 5});
        HeightChart* chart = pane->chart();
        chart->grab();
        QVERIFY(chart->lastPrimitiveCount() > 0);
        QVERIFY2(chart->lastPrimitiveCount() <= 2 * chart->width(),
                 qPrintable(QString::number(chart->lastPrimitiveCount())));
        const sync::CatchUpEstimator& e = model->catchUp(0);
        QCOMPARE(e.lag(), (1000 + 9999 / 10) - (500 + 9999 / 5));
    }

    /// A devnet leader with transactions and a REF follower catching up at a visible pace, then two
    /// leaders that share a genesis and fork: the pane as a user sees it (screenshots in the build dir).
    void liveDevnetScreenshots() {
        QTemporaryDir dir;
        devnet::NodeConfig lc;
        lc.dataDir = dir.filePath(QStringLiteral("leader"));
        lc.genesis = test::realGenesis();
        lc.blockTimeSeconds = 0.2;
        lc.idleBlockSeconds = 0.6;
        lc.proposerId = QStringLiteral("leader-a");
        devnet::DevnetNode leader(lc);
        QVERIFY(test::succeeded(leader.start()));
        chain::NodeProfile lp;
        lp.name = QStringLiteral("leader");
        lp.rpcUrl = leader.url().toString();
        auto leaderRpc = chain::createNode(lp);
        QVERIFY(test::submitTransfers(leaderRpc.get(), leader, 4));
        QTRY_VERIFY_WITH_TIMEOUT(leader.height() >= 14, 30'000);

        devnet::NodeConfig fc = lc;
        fc.dataDir = dir.filePath(QStringLiteral("follower"));
        fc.role = devnet::Role::Follower;
        fc.leaderUrl = leader.url();
        fc.quirks = devnet::Quirks::Ref;
        fc.importIntervalSeconds = 0.25; // 4 blocks/s against the leader's ~1.5: visibly catching up
        fc.followerPollSeconds = 0.2;
        devnet::DevnetNode follower(fc);
        QVERIFY(test::succeeded(follower.start()));
        chain::NodeProfile fp;
        fp.name = QStringLiteral("follower");
        fp.rpcUrl = follower.url().toString();
        auto followerRpc = chain::createNode(fp);

        SyncPane pane(nullptr);
        pane.resize(900, 460);
        pane.show();
        pane.model()->setMinRescanMs(500);
        pane.model()->setNodes({leaderRpc.get(), followerRpc.get()}, {lp.name, fp.name});
        pane.model()->setPollInterval(250);
        QSignalSpy reports(pane.model(), &SyncModel::reportChanged);
        // The follower is still behind: after a few polls the summary gives the catch-up rate.
        QTRY_VERIFY_WITH_TIMEOUT(reports.size() >= 4, 20'000);
        QVERIFY2(pane.model()->summary().contains(QStringLiteral("behind")) ||
                     pane.model()->summary().contains(QStringLiteral("same height")),
                 qPrintable(pane.model()->summary()));
        QVERIFY(pane.grab().save(QStringLiteral(AITBC_BINARY_DIR "/sync_pane_devnet_catchup.png")));
        QTRY_VERIFY_WITH_TIMEOUT(follower.height() >= leader.height() - 1, 30'000);
        QTRY_VERIFY2_WITH_TIMEOUT(pane.summaryText().contains(QStringLiteral("without their transactions")),
                                  qPrintable(pane.summaryText()), 20'000);
        QVERIFY(pane.grab().save(QStringLiteral(AITBC_BINARY_DIR "/sync_pane_devnet_follower.png")));

        // A second leader with the same genesis and chain id but its own proposer: a fork at height 1.
        devnet::NodeConfig bc = lc;
        bc.dataDir = dir.filePath(QStringLiteral("leader-b"));
        bc.proposerId = QStringLiteral("leader-b");
        bc.idleBlockSeconds = 0.4;
        devnet::DevnetNode other(bc);
        QVERIFY(test::succeeded(other.start()));
        chain::NodeProfile op;
        op.name = QStringLiteral("leader-b");
        op.rpcUrl = other.url().toString();
        auto otherRpc = chain::createNode(op);
        QTRY_VERIFY_WITH_TIMEOUT(other.height() >= 8, 30'000);
        reports.clear();
        pane.model()->setNodes({leaderRpc.get(), otherRpc.get()}, {lp.name, op.name});
        pane.model()->rescan();
        QTRY_VERIFY_WITH_TIMEOUT(pane.model()->summary().contains(QStringLiteral("fork at height 1")),
                                 20'000);
        QVERIFY2(pane.headlineText().contains(QStringLiteral("leader-b is on another chain than leader from "
                                                             "height 1")),
                 qPrintable(pane.headlineText()));
        // Two more polls, so the chart shows both chains past the fork in the screenshot.
        const qsizetype shown = reports.size();
        QTRY_VERIFY_WITH_TIMEOUT(reports.size() >= shown + 2, 20'000);
        QVERIFY(pane.grab().save(QStringLiteral(AITBC_BINARY_DIR "/sync_pane_devnet_fork.png")));
        pane.model()->setPollInterval(0);
        pane.model()->setNodes({}, {});
    }

    // Normal one-block propagation: the follower is now level, now one block behind, poll after poll.
    // The headline names the real finding (blocks without transactions) and does not move with the lag.
    void headlineStableAcrossPollsWithOneBlockLag() {
        auto pane = scannedPane();
        const QString headline = pane->headlineText();
        const QString shown = pane->summaryText();
        QVERIFY2(headline.contains(QStringLiteral("follower holds 20 blocks without their transactions")),
                 qPrintable(headline));
        int changes = 0;
        for (int i = 0; i < 40; ++i) {
            const qint64 leader = 22 + i / 2;
            const qint64 follower = leader - (i % 2); // level, one behind, level, ...
            pane->model()->recordHeads(2'000'000 + i * 2000, {leader, follower});
            changes += pane->headlineText() != headline || pane->summaryText() != shown ? 1 : 0;
        }
        QCOMPARE(changes, 0);
        QVERIFY(!pane->summaryText().contains(QStringLiteral("behind")));
    }

    // The finding says what it breaks and what to do, in an operator's words.
    void findingSaysWhatItBreaksAndWhatToDo() {
        auto pane = scannedPane();
        const QString text = pane->summaryText();
        QVERIFY2(text.contains(QStringLiteral("Balances and messages read from follower are wrong")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Read balances and messages from leader; resync follower")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("tx_count")));
    }

    // A lag within the threshold is never a finding; a lag above it becomes one only when it lasts,
    // and goes away only when the node stays close for as long.
    void transientLagIsNotAFinding() {
        auto pane = scannedPane();
        SyncModel* model = pane->model();
        const auto lagging = [model] {
            int n = 0;
            for (const sync::Advice& a : model->advice())
                n += a.kind == sync::Advice::Kind::Lagging ? 1 : 0;
            return n;
        };
        qint64 t = 3'000'000;
        for (qint64 lag : {0, 1, 2, 1, 0, 2, 1})
            model->recordHeads(t += 2000, {100, 100 - lag});
        QCOMPARE(lagging(), 0);
        model->recordHeads(t += 2000, {100, 90}); // one slow poll: a spike, not a finding
        QCOMPARE(lagging(), 0);
        model->recordHeads(t += 2000, {101, 100});
        QCOMPARE(lagging(), 0);
        for (int i = 0; i < 3; ++i)
            model->recordHeads(t += 2000, {110 + i, 100});
        QVERIFY2(lagging() == 1, qPrintable(pane->summaryText()));
        QVERIFY2(pane->headlineText().contains(QStringLiteral("Problem:")), qPrintable(pane->headlineText()));
        QVERIFY2(pane->summaryText().contains(QStringLiteral("follower is 12 blocks behind leader")),
                 qPrintable(pane->summaryText()));
        model->recordHeads(t += 2000, {113, 113}); // one good poll does not clear it either
        QCOMPARE(lagging(), 1);
        model->recordHeads(t += 2000, {114, 113});
        model->recordHeads(t += 2000, {114, 114});
        QCOMPARE(lagging(), 0);
    }

    void lagHysteresisNeedsConsecutivePolls() {
        sync::LagHysteresis h(2, 3);
        QList<bool> states;
        for (qint64 lag : {3, 3, 0, 3, 3, 3, 0, 0, 5, 0})
            states << h.add(lag);
        QCOMPARE(states, (QList<bool>{false, false, false, false, false, true, true, true, true, true}));
        QVERIFY(h.add(0));  // two in-step polls in a row: still lagging
        QVERIFY(!h.add(0)); // the third
    }

    // The dialog highlights exactly the fields that differ: same hash, different transactions held.
    void blockDialogHighlightsDifferingFields() {
        auto pane = scannedPane();
        QSignalSpy ready(pane->model(), &SyncModel::blockPairReady);
        pane->showBlockPair(0, 5);
        QVERIFY(ready.wait(10'000));
        BlockPairDialog* dialog = pane->blockDialog();
        QVERIFY(dialog && dialog->isVisible());
        for (int row = 0; row < 5; ++row) {
            QVERIFY2(!dialog->fieldDiffers(0, row), qPrintable(QString::number(row)));
            QVERIFY(!dialog->fieldDiffers(1, row));
        }
        QVERIFY(dialog->fieldDiffers(0, 5));
        QVERIFY(dialog->fieldDiffers(1, 5));
        const QString tip =
            BlockPairDialog::tooltipText(5, QStringLiteral("leader"), ready.last().at(2).value<BlockSide>(),
                                         QStringLiteral("follower"), ready.last().at(3).value<BlockSide>());
        QCOMPARE(tip.count(QStringLiteral("background-color")), 1);

        // Above the follower's head every field of the follower's side differs.
        ready.clear();
        pane->showBlockPair(0, 22);
        QVERIFY(ready.wait(10'000));
        QVERIFY(dialog->fieldDiffers(1, 0));
        QVERIFY(dialog->fieldDiffers(0, 0));
    }

    // Switching the compared pair and back keeps each node's history; the axes carry round ticks.
    void chartKeepsHistoryPerNode() {
        SyncPane pane(nullptr);
        pane.resize(900, 420);
        pane.show();
        SyncModel* model = pane.model();
        model->setNodes({m_leader.get(), m_follower.get()},
                        {QStringLiteral("leader"), QStringLiteral("follower")});
        for (int i = 0; i < 30; ++i)
            model->recordHeads(1'000'000 + i * 2000, {100 + i, 98 + i});
        QCOMPARE(model->history().samples(1).size(), 30);
        model->setNodes({m_leader.get(), m_follower.get()},
                        {QStringLiteral("leader"), QStringLiteral("other")});
        QCOMPARE(model->history().samples(0).size(), 30); // the leader's line goes on
        QCOMPARE(model->history().samples(1).size(), 0);
        model->recordHeads(1'100'000, {130, 40});
        model->setNodes({m_leader.get(), m_follower.get()},
                        {QStringLiteral("leader"), QStringLiteral("follower")});
        QCOMPARE(model->history().samples(0).size(), 31);
        QCOMPARE(model->history().samples(1).size(), 30);

        HeightChart* chart = pane.chart();
        chart->grab();
        const QList<qint64> heights = chart->lastHeightTicks();
        QVERIFY2(heights.size() >= 3, qPrintable(QString::number(heights.size())));
        for (qint64 h : heights)
            QVERIFY(h >= 98 && h <= 130);
        const qint64 step = heights.at(1) - heights.at(0);
        QVERIFY(step == 1 || step == 2 || step == 5 || step == 10 || step == 20);
        QVERIFY2(chart->lastTimeTicks().size() >= 3,
                 qPrintable(QString::number(chart->lastTimeTicks().size())));
        QCOMPARE(chart->lastTimeTicks().first(), 0);
        QCOMPARE(HeightChart::niceTicks(0, 100, 5), (QList<qint64>{0, 20, 40, 60, 80, 100}));
        QCOMPARE(HeightChart::niceTicks(7, 9, 10), (QList<qint64>{7, 8, 9}));
        QCOMPARE(HeightChart::niceTicks(0, std::numeric_limits<qint64>::max(), 5).size(), 2);
    }

    // Two nodes at the same height: both lines show (the follower's does not hide the leader's).
    void bothLinesVisibleWhenLevel() {
        SyncPane pane(nullptr);
        pane.resize(900, 420);
        pane.show();
        SyncModel* model = pane.model();
        model->setNodes({m_leader.get(), m_follower.get()}, {QStringLiteral("l"), QStringLiteral("f")});
        for (int i = 0; i < 40; ++i)
            model->recordHeads(5'000'000 + i * 2000, {500, 500});
        const QImage image = pane.chart()->grab().toImage();
        int lead = 0, follow = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb px = image.pixel(x, y);
                lead += px == HeightChart::nodeColor(0).rgb() ? 1 : 0;
                follow += px == HeightChart::nodeColor(1).rgb() ? 1 : 0;
            }
        }
        QVERIFY2(lead > 200, qPrintable(QString::number(lead)));
        QVERIFY2(follow > 100, qPrintable(QString::number(follow)));
    }

    void emptyModelIsHarmless() {
        SyncPane pane(nullptr);
        pane.resize(600, 300);
        pane.model()->rescan(); // no nodes: nothing happens
        QVERIFY(!pane.model()->isScanning());
        QVERIFY(pane.strips().isEmpty());
        QVERIFY(!pane.grab().isNull());
    }
};

QTEST_MAIN(TestSyncPane)
#include "tst_sync_pane.moc"
