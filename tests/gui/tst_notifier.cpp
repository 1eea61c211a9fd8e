// Notifier's filter through a recording sink (NotificationSink is the seam; the D-Bus sink has its own
// test on a private session bus): switched-off kinds never reach the sink, the others arrive verbatim.
#include "messaging/responder_rules.h"
#include "messaging/status_report.h"
#include "notify/activity_watch.h"
#include "notify/health_watch.h"
#include "notify/notifier.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

namespace {
class RecordingSink : public NotificationSink {
public:
    QList<Notification> shown;
    void show(const Notification& n) override { shown.append(n); }
};

Notification make(NotificationKind kind, const QString& body) {
    return Notification{kind, QStringLiteral("title"), body};
}

NamedStatus node(const QString& name, qint64 height, const QString& hash, qint64 withoutTx = 0) {
    NamedStatus n;
    n.name = name;
    n.status.probed = n.status.reachable = true;
    n.status.height = height;
    n.status.headHash = hash;
    n.status.blocksWithoutTransactions = withoutTx;
    n.status.firstHeightWithoutTransactions = withoutTx > 0 ? 3 : -1;
    return n;
}

chain::ChainMessage message(const QString& hash, const QString& from, const QString& to,
                            const QString& text) {
    chain::ChainMessage m;
    m.txHash = hash;
    m.sender = from;
    m.recipient = to;
    m.text = text;
    return m;
}

int deliverAll(Notifier& n, const QList<Notification>& list) {
    int passed = 0;
    for (const Notification& x : list)
        passed += n.notify(x) ? 1 : 0;
    return passed;
}

const QString kMe = QStringLiteral("ait1me");
const QString kBob = QStringLiteral("ait1bob");
} // namespace

class TestNotifier : public QObject {
    Q_OBJECT
private slots:
    void everyKindOnByDefault() {
        RecordingSink sink;
        Notifier n(&sink);
        for (NotificationKind k : allNotificationKinds())
            QVERIFY(n.notify(make(k, notificationKindKey(k))));
        QCOMPARE(sink.shown.size(), allNotificationKinds().size());
        QCOMPARE(sink.shown.last().body, QStringLiteral("responder_budget_exhausted"));
        QCOMPARE(n.delivered(), 6);
        QCOMPARE(n.suppressed(), 0);
    }

    void switchedOffKindsAreDropped() {
        RecordingSink sink;
        Notifier n(&sink);
        n.setEnabled(NotificationKind::NewMessage, false);
        n.setEnabled(NotificationKind::Fork, false);
        QVERIFY(!n.notify(make(NotificationKind::NewMessage, QStringLiteral("hello"))));
        QVERIFY(n.notify(make(NotificationKind::NodeBehind, QStringLiteral("leader is 12 blocks behind"))));
        QVERIFY(!n.notify(make(NotificationKind::Fork, QStringLiteral("fork at 7"))));
        QCOMPARE(sink.shown.size(), 1);
        QCOMPARE(sink.shown.first().kind, NotificationKind::NodeBehind);
        QCOMPARE(n.suppressed(), 2);
        n.setEnabled(NotificationKind::NewMessage, true);
        QVERIFY(n.notify(make(NotificationKind::NewMessage, QStringLiteral("again"))));
        QCOMPARE(sink.shown.last().body, QStringLiteral("again"));
    }

    void forkAndMissingTransactionsFromNodeStatus() {
        RecordingSink sink;
        Notifier n(&sink);
        const QList<NamedStatus> fine = {node(QStringLiteral("leader"), 10, QStringLiteral("0xaa")),
                                         node(QStringLiteral("follower"), 10, QStringLiteral("0xaa"))};
        QCOMPARE(deliverAll(n, healthTransitions(fine, fine, 5)), 0);
        // The follower is found holding blocks without transactions, and a second leader forked.
        const QList<NamedStatus> bad = {node(QStringLiteral("leader"), 11, QStringLiteral("0xbb")),
                                        node(QStringLiteral("follower"), 11, QStringLiteral("0xbb"), 4),
                                        node(QStringLiteral("other"), 11, QStringLiteral("0xcc"))};
        QCOMPARE(deliverAll(n, healthTransitions(fine, bad, 5)), 2); // missing tx, the fork once
        QCOMPARE(sink.shown.at(0).kind, NotificationKind::FollowerMissingTransactions);
        QVERIFY(sink.shown.at(0).body.contains(QLatin1String("follower")));
        QCOMPARE(sink.shown.at(1).kind, NotificationKind::Fork);
        QVERIFY(sink.shown.at(1).body.contains(QLatin1String("other")));
        QVERIFY(sink.shown.at(1).body.contains(QLatin1String("height 11")));
        // Still the same: nothing new. Switched off: dropped.
        QCOMPARE(deliverAll(n, healthTransitions(bad, bad, 5)), 0);
        n.setEnabled(NotificationKind::Fork, false);
        n.setEnabled(NotificationKind::FollowerMissingTransactions, false);
        QCOMPARE(deliverAll(n, healthTransitions(fine, bad, 5)), 0);
        QCOMPARE(n.suppressed(), 2);
    }

    void newMessagesOnlyAfterTheFirstRead() {
        RecordingSink sink;
        Notifier n(&sink);
        QSet<QString> seen;
        const QList<chain::ChainMessage> history = {
            message(QStringLiteral("0x1"), kBob, kMe, QStringLiteral("old"))};
        QCOMPARE(deliverAll(n, newMessageNotifications(history, kMe, seen, true)), 0);
        QList<chain::ChainMessage> now = history;
        now << message(QStringLiteral("0x2"), kBob, kMe, QStringLiteral("hello <b>me</b>"))
            << message(QStringLiteral("0x3"), kMe, kBob, QStringLiteral("my own"))
            << message(QStringLiteral("0x4"), kBob, kMe, messaging::statusRequestText());
        QCOMPARE(deliverAll(n, newMessageNotifications(now, kMe, seen, false)), 1);
        QCOMPARE(sink.shown.constFirst().kind, NotificationKind::NewMessage);
        QVERIFY(sink.shown.constFirst().body.contains(QLatin1String("hello <b>me</b>"))); // plain text
        QCOMPARE(deliverAll(n, newMessageNotifications(now, kMe, seen, false)), 0);       // once
        // A flood is summed up, not one notification each.
        for (int i = 0; i < 20; ++i)
            now << message(QStringLiteral("0xf%1").arg(i), kBob, kMe, QStringLiteral("flood %1").arg(i));
        QCOMPARE(newMessageNotifications(now, kMe, seen, false).size(), 4);
        n.setEnabled(NotificationKind::NewMessage, false);
        now << message(QStringLiteral("0x9"), kBob, kMe, QStringLiteral("quiet"));
        QCOMPARE(deliverAll(n, newMessageNotifications(now, kMe, seen, false)), 0);
        QCOMPARE(n.suppressed(), 1);
    }

    void responderBudgetCount() {
        messaging::ResponderState state;
        QCOMPARE(overBudgetCount(state), 0);
        state.handled.insert(QStringLiteral("0x1"), QStringLiteral("answered"));
        state.handled.insert(QStringLiteral("0x2"), QStringLiteral("over-budget"));
        state.handled.insert(QStringLiteral("0x3"), QStringLiteral("over-budget"));
        QCOMPARE(overBudgetCount(state), 2);
    }

    void keysAreDistinct() {
        QSet<QString> keys;
        for (NotificationKind k : allNotificationKinds())
            keys.insert(notificationKindKey(k));
        QCOMPARE(keys.size(), allNotificationKinds().size());
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
