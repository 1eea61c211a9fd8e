#include "notify/dbus_notification_sink.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace aitbc::gui {

namespace {
/// The server's default expiry.
constexpr int kDefaultTimeout = -1;
/// The common servers (GNOME Shell, Plasma, dunst, mako) read Notify's body as markup: escaped, chain and
/// node text shows as typed and cannot inject links or images.
QString plain(const QString& s) {
    return s.toHtmlEscaped();
}
} // namespace

DBusNotificationSink::DBusNotificationSink(Fallback fallback, QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_fallback(std::move(fallback))
    , m_bus(std::move(bus)) {}

QString DBusNotificationSink::serviceName() {
    return QStringLiteral("org.freedesktop.Notifications");
}

QString DBusNotificationSink::objectPath() {
    return QStringLiteral("/org/freedesktop/Notifications");
}

bool DBusNotificationSink::serverAvailable() const {
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    return m_bus.interface()->isServiceRegistered(serviceName()).value();
}

void DBusNotificationSink::show(const Notification& n) {
    if (!serverAvailable()) {
        if (m_fallback)
            m_fallback(n);
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(serviceName(), objectPath(), serviceName(), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), QStringLiteral("x-aitbc.%1").arg(notificationKindKey(n.kind)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.aitbc.Dashboard"));
    const QString app = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("AITBC Dashboard")
                                                                      : QCoreApplication::applicationName();
    call << app << uint(0) << QString() << n.title << plain(n.body) << QStringList() << hints
         << kDefaultTimeout;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isError())
            emit delivered(0, reply.error().message());
        else
            emit delivered(reply.value(), QString());
    });
}

} // namespace aitbc::gui
