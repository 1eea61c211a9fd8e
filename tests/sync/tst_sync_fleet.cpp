// The Sync pane's fleet view against a small devnet fleet on 127.0.0.1 (a leader, followers in step, a
// follower falling behind, a forked leader, closed ports): every node's finding equals what was
// arranged, the worst come first, and the pane polls through the registry's one subscription per node
// with bounded concurrency. bench_fleet runs the same with fifty nodes and measures it.
#include "devnet_fleet.h"
#include "panes/sync/fleet_model.h"
#include "panes/sync/height_chart.h"
#include "panes/sync/sync_pane.h"
#include "state/node_registry.h"

#include <QTableView>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

class TestSyncFleet : public QObject {
    Q_OBJECT
private slots:
    void fleetFindingsEqualWhatWasArranged() {
        test::Fleet fleet;
        QVERIFY(fleet.dir.isValid());
        QString error;
        QVERIFY2(test::startFleet(fleet, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(fleet.nodes.front()->height() >= 4, 30'000);

        NodeRegistry registry;
        for (const chain::NodeProfile& p : std::as_const(fleet.profiles))
            QVERIFY(registry.addProfile(p) >= 0);
        registry.setRefreshInterval(500);
        SyncPane pane(&registry);
        pane.resize(1000, 700);
        pane.show();
        pane.fleet()->setMinRescanMs(500);
        // On a loaded machine an in-step follower may trail by a few blocks for a moment; the slow ones
        // fall behind by two blocks a second, so a wider threshold tells them apart just as surely.
        sync::AdviceOptions options;
        options.transientLagBlocks = 5;
        pane.fleet()->setAdviceOptions(options);
        pane.setFleetMode(true);
        QVERIFY(pane.fleetTable()->isVisible());
        QCOMPARE(pane.fleet()->rowCount(), fleet.profiles.size());
        QCOMPARE(pane.fleet()->names().constFirst(), QStringLiteral("leader"));

        QTRY_VERIFY_WITH_TIMEOUT(pane.fleet()->rowsFilled() == fleet.profiles.size(), 60'000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            test::fleetMismatches(*pane.fleet(), fleet).isEmpty(),
            qPrintable(test::fleetMismatches(*pane.fleet(), fleet).join(QStringLiteral("; "))), 90'000);

        // Worst first: the closed ports, the fork, then the REF followers without transactions (the slow
        // one has more: it is also behind); the reference last.
        QAbstractItemModel* table = pane.fleetTable()->model();
        const auto kindAt = [table](int row) {
            return table->index(row, 0).data(FleetModel::KindRole).toInt();
        };
        QCOMPARE(kindAt(0), int(sync::Advice::Kind::Unreachable));
        QCOMPARE(kindAt(1), int(sync::Advice::Kind::Unreachable));
        QCOMPARE(kindAt(2), int(sync::Advice::Kind::Fork));
        QCOMPARE(kindAt(3), int(sync::Advice::Kind::MissingTransactions));
        QCOMPARE(kindAt(4), int(sync::Advice::Kind::MissingTransactions));
        QCOMPARE(table->index(3, FleetModel::NodeColumn).data().toString(), QStringLiteral("slow-0"));
        QVERIFY(table->index(4, FleetModel::MissingTxColumn).data().toString().toInt() >= 2);
        QCOMPARE(kindAt(5), -1);
        QVERIFY(table->index(table->rowCount() - 1, FleetModel::NodeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("leader")));
        QCOMPARE(table->index(2, FleetModel::ForkColumn).data().toString(), QStringLiteral("1"));
        QVERIFY2(pane.headlineText().startsWith(QStringLiteral("Problem: 5 of 8 nodes need attention")),
                 qPrintable(pane.headlineText()));
        QVERIFY(pane.summaryText().contains(QStringLiteral("What to do:")));

        // One chart line per node, drawn from the fleet's history.
        pane.chart()->grab();
        QVERIFY(pane.chart()->lastPrimitiveCount() > 0);
        QCOMPARE(pane.fleet()->history().nodeCount(), fleet.profiles.size());

        // The Nodes pane's view of the same fleet: only REF followers carry the warning (the in-step one
        // at once; the slow ones too once they import the transfers' blocks, which depends on timing).
        QTRY_VERIFY_WITH_TIMEOUT(
            registry.status(registry.indexOf(QStringLiteral("ref-follower-0"))).lacksTransactions(), 30'000);
        for (int row = 0; row < registry.count(); ++row) {
            const QString name = registry.profile(row).name;
            if (name != QStringLiteral("ref-follower-0") && !name.startsWith(QStringLiteral("slow-")))
                QVERIFY2(!registry.status(row).lacksTransactions(), qPrintable(name));
        }
        QVERIFY(registry.peakActiveRefreshes() <= registry.maxConcurrentRefreshes());
        QVERIFY(pane.fleet()->peakScansRunning() <= 4);
        QVERIFY(pane.grab().save(QStringLiteral(AITBC_BINARY_DIR "/sync_fleet.png")));

        pane.setFleetMode(false);
        QVERIFY(!pane.fleetTable()->isVisible());
        registry.setRefreshInterval(0);
    }
};

QTEST_MAIN(TestSyncFleet)
#include "tst_sync_fleet.moc"
