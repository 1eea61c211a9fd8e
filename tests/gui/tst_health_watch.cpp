// The tray's health rule and the node notifications, from node statuses: a node going down or falling
// behind is announced once (on the transition), and the overall colour follows.
#include "notify/health_watch.h"

#include <QtTest>

using namespace aitbc::gui;

namespace {
NamedStatus node(const QString& name, bool reachable, qint64 height) {
    NamedStatus n;
    n.name = name;
    n.status.probed = true;
    n.status.reachable = reachable;
    n.status.height = height;
    n.status.lastError = reachable ? QString() : QStringLiteral("connection refused");
    return n;
}
} // namespace

class TestHealthWatch : public QObject {
    Q_OBJECT
private slots:
    void overall() {
        QCOMPARE(overallHealth({}, 5), OverallHealth::Unknown);
        NamedStatus unprobed;
        unprobed.name = QStringLiteral("new");
        QCOMPARE(overallHealth({unprobed}, 5), OverallHealth::Unknown);
        QCOMPARE(
            overallHealth({node(QStringLiteral("a"), true, 100), node(QStringLiteral("b"), true, 96)}, 5),
            OverallHealth::Healthy);
        QCOMPARE(
            overallHealth({node(QStringLiteral("a"), true, 100), node(QStringLiteral("b"), true, 94)}, 5),
            OverallHealth::Degraded);
        QCOMPARE(
            overallHealth({node(QStringLiteral("a"), true, 100), node(QStringLiteral("b"), false, -1)}, 5),
            OverallHealth::Degraded);
        QVERIFY(healthColour(OverallHealth::Healthy) != healthColour(OverallHealth::Degraded));
        QVERIFY(healthColour(OverallHealth::Unknown) != healthColour(OverallHealth::Healthy));
    }

    void transitionsOnly() {
        const QList<NamedStatus> fine = {node(QStringLiteral("leader"), true, 100),
                                         node(QStringLiteral("follower"), true, 99)};
        QVERIFY(healthTransitions(fine, fine, 5).isEmpty());

        const QList<NamedStatus> down = {node(QStringLiteral("leader"), true, 101),
                                         node(QStringLiteral("follower"), false, 99)};
        QList<Notification> n = healthTransitions(fine, down, 5);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().kind, NotificationKind::NodeUnreachable);
        QVERIFY(n.first().body.contains(QLatin1String("follower")));
        QVERIFY(n.first().body.contains(QLatin1String("connection refused")));
        QVERIFY(healthTransitions(down, down, 5).isEmpty()); // still down: said once

        const QList<NamedStatus> behind = {node(QStringLiteral("leader"), true, 120),
                                           node(QStringLiteral("follower"), true, 110)};
        n = healthTransitions(down, behind, 5);
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.first().kind, NotificationKind::NodeBehind);
        QVERIFY(n.first().body.contains(QLatin1String("10 blocks")));
        QVERIFY(healthTransitions(
                    behind,
                    {node(QStringLiteral("leader"), true, 121), node(QStringLiteral("follower"), true, 111)},
                    5)
                    .isEmpty());
        QVERIFY(healthTransitions(behind, fine, 5).isEmpty()); // recovered: no alarm
    }
};

QTEST_GUILESS_MAIN(TestHealthWatch)
#include "tst_health_watch.moc"
