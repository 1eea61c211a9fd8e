// DBusNotificationSink against the real freedesktop D-Bus interface: this test registers its own small
// notification server (org.freedesktop.Notifications on a second connection to the private session bus
// that dbus-run-session gives it) and checks what that server receives. Without a session bus it skips.
#include "notify/dbus_notification_sink.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QtTest>

using namespace aitbc::gui;

namespace {

struct NotifyCall {
    QString appName;
    QString summary;
    QString body;
    QVariantMap hints;
    int expireTimeout = 0;
};

/// A minimal org.freedesktop.Notifications server that records every Notify call.
class RecordingNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<NotifyCall> calls;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints,
                int expireTimeout) {
        Q_UNUSED(replacesId);
        Q_UNUSED(appIcon);
        Q_UNUSED(actions);
        calls.append(NotifyCall{appName, summary, body, hints, expireTimeout});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("body-markup")}; }
    void CloseNotification(uint id) { Q_UNUSED(id); }
};

} // namespace

class TestDBusNotifications : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
    }

    void fallbackWithoutServer() {
        QList<Notification> fallen;
        DBusNotificationSink sink([&](const Notification& n) { fallen.append(n); });
        QVERIFY(!sink.serverAvailable());
        QSignalSpy delivered(&sink, &DBusNotificationSink::delivered);
        sink.show(Notification{NotificationKind::NodeUnreachable, QStringLiteral("Node unreachable"),
                               QStringLiteral("leader: connection refused")});
        QCOMPARE(fallen.size(), 1);
        QCOMPARE(fallen.first().title, QStringLiteral("Node unreachable"));
        QCOMPARE(delivered.count(), 0);
    }

    void serverReceivesNotify() {
        QDBusConnection serverBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-server"));
        QVERIFY(serverBus.isConnected());
        RecordingNotificationServer server;
        QVERIFY(serverBus.registerObject(DBusNotificationSink::objectPath(), &server,
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(serverBus.registerService(DBusNotificationSink::serviceName()));

        int fallbacks = 0;
        DBusNotificationSink sink([&](const Notification&) { ++fallbacks; });
        QTRY_VERIFY(sink.serverAvailable());
        QSignalSpy delivered(&sink, &DBusNotificationSink::delivered);
        sink.show(Notification{NotificationKind::NewMessage, QStringLiteral("New message"),
                               QStringLiteral("from ait1abc: <b>ping</b> & more")});
        sink.show(Notification{NotificationKind::ResponderBudgetExhausted, QStringLiteral("Responder paused"),
                               QStringLiteral("daily fee budget spent")});
        QTRY_COMPARE(server.calls.size(), 2);
        QTRY_COMPARE(delivered.count(), 2);
        QCOMPARE(fallbacks, 0);
        QCOMPARE(delivered.at(0).at(0).toUInt(), 1u);
        QVERIFY(delivered.at(0).at(1).toString().isEmpty());
        const NotifyCall& first = server.calls.at(0);
        QCOMPARE(first.summary, QStringLiteral("New message"));
        // Text from the chain is shown as typed, never interpreted as markup.
        QCOMPARE(first.body, QStringLiteral("from ait1abc: &lt;b&gt;ping&lt;/b&gt; &amp; more"));
        QCOMPARE(first.hints.value(QStringLiteral("category")).toString(),
                 QStringLiteral("x-aitbc.new_message"));
        QCOMPARE(first.expireTimeout, -1);
        QCOMPARE(server.calls.at(1).hints.value(QStringLiteral("category")).toString(),
                 QStringLiteral("x-aitbc.responder_budget_exhausted"));

        serverBus.unregisterService(DBusNotificationSink::serviceName());
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-server"));
    }
};

QTEST_GUILESS_MAIN(TestDBusNotifications)
#include "tst_dbus_notifications.moc"
