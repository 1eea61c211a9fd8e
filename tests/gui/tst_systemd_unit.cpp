// The local agent service's state over D-Bus (org.freedesktop.systemd1): without a bus, or without
// systemd on it (containers, CI), the dashboard says so; with this test's own small systemd Manager and
// Unit objects on the private session bus dbus-run-session gives it, the unit's properties are read and
// shown. The property parser is also fed hostile values.
#include "panes/nodes/local_service_label.h"
#include "state/systemd_unit_state.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QtTest>

using namespace aitbc::gui;

namespace {

const QString kUnitPath = QStringLiteral("/org/freedesktop/systemd1/unit/aitbc_2dagent_2ddaemon_2eservice");

/// org.freedesktop.systemd1.Unit with the properties the dashboard reads (exported as D-Bus properties,
/// so org.freedesktop.DBus.Properties.GetAll is Qt's own).
class FakeUnit : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.systemd1.Unit")
    Q_PROPERTY(QString LoadState READ loadState)
    Q_PROPERTY(QString ActiveState READ activeState)
    Q_PROPERTY(QString SubState READ subState)
    Q_PROPERTY(QString UnitFileState READ unitFileState)
    Q_PROPERTY(qulonglong ActiveEnterTimestamp READ activeEnter)
public:
    QString loadState() const { return QStringLiteral("loaded"); }
    QString activeState() const { return QStringLiteral("active"); }
    QString subState() const { return QStringLiteral("running"); }
    QString unitFileState() const { return QStringLiteral("enabled"); }
    qulonglong activeEnter() const { return 1'700'000'000'000'000ULL; }
};

class FakeManager : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.systemd1.Manager")
public slots:
    QDBusObjectPath GetUnit(const QString& name) {
        if (name == SystemdUnitState::defaultUnit())
            return QDBusObjectPath(kUnitPath);
        sendErrorReply(QStringLiteral("org.freedesktop.systemd1.NoSuchUnit"),
                       QStringLiteral("Unit %1 not loaded.").arg(name));
        return {};
    }
};

QDBusConnection noBus() {
    return QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/aitbc-test-bus"),
                                         QStringLiteral("no-bus"));
}

} // namespace

class TestSystemdUnit : public QObject {
    Q_OBJECT
private slots:
    void withoutABusItSaysSo() {
        SystemdUnitState s(SystemdUnitState::defaultUnit(), noBus());
        QSignalSpy changed(&s, &SystemdUnitState::changed);
        s.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.state().reach, UnitState::Reach::NoBus);
        QVERIFY(describeUnitState(s.state(), s.unit()).contains(QLatin1String("not reachable")));

        LocalServiceLabel label(noBus(), noBus());
        label.refresh();
        QVERIFY2(label.text().contains(QLatin1String("systemd is not reachable")), qPrintable(label.text()));
        QVERIFY(label.text().contains(QLatin1String("aitbc-agent-daemon.service")));
    }

    void parsesUnitProperties() {
        QVariantMap p;
        p.insert(QStringLiteral("LoadState"), QVariant::fromValue(QDBusVariant(QStringLiteral("loaded"))));
        p.insert(QStringLiteral("ActiveState"), QStringLiteral("failed"));
        p.insert(QStringLiteral("SubState"), QVariant::fromValue(QDBusVariant(42))); // wrong type
        p.insert(QStringLiteral("UnitFileState"), QString(5000, QLatin1Char('x')));  // oversized
        p.insert(QStringLiteral("ActiveEnterTimestamp"), QVariant::fromValue(QDBusVariant(qulonglong(0))));
        const UnitState s = parseUnitProperties(p);
        QCOMPARE(s.reach, UnitState::Reach::Known);
        QCOMPARE(s.loadState, QStringLiteral("loaded"));
        QCOMPARE(s.activeState, QStringLiteral("failed"));
        QCOMPARE(s.subState, QString());
        QCOMPARE(s.unitFileState.size(), 64);
        QVERIFY(!s.activeSince.isValid());
        QVariantMap missing;
        missing.insert(QStringLiteral("LoadState"), QStringLiteral("not-found"));
        QCOMPARE(parseUnitProperties(missing).reach, UnitState::Reach::NotLoaded);
    }

    void readsTheUnitFromSystemdOnTheBus() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        // No systemd on this private bus yet: said as such.
        SystemdUnitState before(SystemdUnitState::defaultUnit(), QDBusConnection::sessionBus());
        before.refresh();
        QTRY_VERIFY(before.state().reach != UnitState::Reach::Unknown);
        QCOMPARE(before.state().reach, UnitState::Reach::NoSystemd);
        QVERIFY(describeUnitState(before.state(), before.unit()).contains(QLatin1String("not reachable")));

        QDBusConnection server =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-systemd"));
        QVERIFY(server.isConnected());
        FakeManager manager;
        FakeUnit unit;
        QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/systemd1"), &manager,
                                      QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerObject(kUnitPath, &unit, QDBusConnection::ExportAllProperties));
        QVERIFY(server.registerService(QStringLiteral("org.freedesktop.systemd1")));

        SystemdUnitState s(SystemdUnitState::defaultUnit(), QDBusConnection::sessionBus());
        QSignalSpy changed(&s, &SystemdUnitState::changed);
        s.refresh();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(s.state().reach, UnitState::Reach::Known);
        QCOMPARE(s.state().activeState, QStringLiteral("active"));
        QCOMPARE(s.state().subState, QStringLiteral("running"));
        QCOMPARE(s.state().unitFileState, QStringLiteral("enabled"));
        QCOMPARE(s.state().activeSince.toSecsSinceEpoch(), qint64(1'700'000'000));
        QVERIFY(describeUnitState(s.state(), s.unit()).contains(QLatin1String("active (running)")));

        SystemdUnitState other(QStringLiteral("nothing-here.service"), QDBusConnection::sessionBus());
        other.refresh();
        QTRY_VERIFY(other.state().reach != UnitState::Reach::Unknown);
        QCOMPARE(other.state().reach, UnitState::Reach::NotLoaded);

        // The label prefers the bus where the unit is known.
        LocalServiceLabel label(noBus(), QDBusConnection::sessionBus());
        label.refresh();
        QTRY_VERIFY2(label.text().contains(QLatin1String("active (running)")), qPrintable(label.text()));
        server.unregisterService(QStringLiteral("org.freedesktop.systemd1"));
    }
};

QTEST_MAIN(TestSystemdUnit)
#include "tst_systemd_unit.moc"
