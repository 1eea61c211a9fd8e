// Notifier's filter through a recording sink (NotificationSink is the seam; the D-Bus sink has its own
// test on a private session bus): switched-off kinds never reach the sink, the others arrive verbatim.
#include "notify/notifier.h"

#include <QtTest>

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

    void keysAreDistinct() {
        QSet<QString> keys;
        for (NotificationKind k : allNotificationKinds())
            keys.insert(notificationKindKey(k));
        QCOMPARE(keys.size(), allNotificationKinds().size());
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
