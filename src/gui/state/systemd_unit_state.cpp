#include "state/systemd_unit_state.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace aitbc::gui {

namespace {
const QString kService = QStringLiteral("org.freedesktop.systemd1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/systemd1");
const QString kManager = QStringLiteral("org.freedesktop.systemd1.Manager");
const QString kUnit = QStringLiteral("org.freedesktop.systemd1.Unit");

QString text(const QVariantMap& p, const char* key) {
    QVariant v = p.value(QLatin1String(key));
    if (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    return v.userType() == QMetaType::QString ? v.toString().left(64) : QString();
}
} // namespace

UnitState parseUnitProperties(const QVariantMap& p) {
    UnitState s;
    s.reach = UnitState::Reach::Known;
    s.loadState = text(p, "LoadState");
    s.activeState = text(p, "ActiveState");
    s.subState = text(p, "SubState");
    s.unitFileState = text(p, "UnitFileState");
    QVariant since = p.value(QStringLiteral("ActiveEnterTimestamp"));
    if (since.userType() == qMetaTypeId<QDBusVariant>())
        since = since.value<QDBusVariant>().variant();
    bool ok = false;
    const qulonglong usec = since.toULongLong(&ok); // microseconds since the epoch; 0: never
    if (ok && usec > 0 && usec < 10'000'000'000ULL * 1'000'000ULL && s.activeState == QLatin1String("active"))
        s.activeSince = QDateTime::fromMSecsSinceEpoch(qint64(usec / 1000), Qt::UTC);
    if (s.loadState == QLatin1String("not-found"))
        s.reach = UnitState::Reach::NotLoaded;
    return s;
}

// SystemdUnitState::tr(), not a local helper: lupdate files the strings under the context the lookup uses.
QString describeUnitState(const UnitState& s, const QString& unit) {
    switch (s.reach) {
    case UnitState::Reach::Unknown:
        return SystemdUnitState::tr("Asking systemd about %1…").arg(unit);
    case UnitState::Reach::NoBus:
        return SystemdUnitState::tr(
                   "systemd is not reachable (no D-Bus connection): the state of %1 cannot be shown here. "
                   "On the machine that runs it: aitbc-agent service status.")
            .arg(unit);
    case UnitState::Reach::NoSystemd:
        return SystemdUnitState::tr(
                   "systemd is not reachable over D-Bus (%1): the state of %2 cannot be shown here. On the "
                   "machine that runs it: aitbc-agent service status.")
            .arg(s.error, unit);
    case UnitState::Reach::NotLoaded:
        return SystemdUnitState::tr("%1 is not installed here (aitbc-agent service install writes it).")
            .arg(unit);
    case UnitState::Reach::Failed:
        return SystemdUnitState::tr("systemd did not say how %1 is: %2").arg(unit, s.error);
    case UnitState::Reach::Known:
        break;
    }
    QString line = SystemdUnitState::tr("%1: %2 (%3)").arg(unit, s.activeState, s.subState);
    if (s.activeSince.isValid())
        line += SystemdUnitState::tr(", since %1")
                    .arg(QLocale().toString(s.activeSince.toLocalTime(), QLocale::ShortFormat));
    if (!s.unitFileState.isEmpty())
        line += SystemdUnitState::tr(", %1").arg(s.unitFileState);
    return line;
}

QString SystemdUnitState::defaultUnit() {
    return QStringLiteral("aitbc-agent-daemon.service");
}

SystemdUnitState::SystemdUnitState(QString unit, QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_unit(std::move(unit))
    , m_bus(std::move(bus)) {}

void SystemdUnitState::finish(UnitState state) {
    m_asking = false;
    m_state = std::move(state);
    emit changed();
}

void SystemdUnitState::refresh() {
    if (m_asking)
        return;
    if (!m_bus.isConnected()) {
        UnitState s;
        s.reach = UnitState::Reach::NoBus;
        finish(s);
        return;
    }
    m_asking = true;
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kManagerPath, kManager, QStringLiteral("GetUnit"));
    call << m_unit;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            const QDBusError e = reply.error();
            UnitState s;
            s.error = e.message().left(200);
            if (e.name() == QLatin1String("org.freedesktop.systemd1.NoSuchUnit"))
                s.reach = UnitState::Reach::NotLoaded;
            else if (e.type() == QDBusError::ServiceUnknown || e.type() == QDBusError::NoServer ||
                     e.type() == QDBusError::Disconnected ||
                     e.name().startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn.")))
                // (Spawn: the bus tried to start a systemd1 service file and it failed, as in a container.)
                s.reach = UnitState::Reach::NoSystemd;
            else
                s.reach = UnitState::Reach::Failed;
            finish(s);
            return;
        }
        QDBusMessage get = QDBusMessage::createMethodCall(kService, reply.value().path(),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("GetAll"));
        get << kUnit;
        auto* props = new QDBusPendingCallWatcher(m_bus.asyncCall(get, 5000), this);
        connect(props, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* p) {
            p->deleteLater();
            const QDBusPendingReply<QVariantMap> r = *p;
            if (r.isError()) {
                UnitState s;
                s.reach = UnitState::Reach::Failed;
                s.error = r.error().message().left(200);
                finish(s);
                return;
            }
            finish(parseUnitProperties(r.value()));
        });
    });
}

} // namespace aitbc::gui
