#pragma once

#include "notify/notification_sink.h"

#include <QDBusConnection>
#include <QObject>

#include <functional>

namespace aitbc::gui {

/// Desktop notifications through the freedesktop interface org.freedesktop.Notifications (method
/// Notify on /org/freedesktop/Notifications of the session bus). When no notification server is on the
/// bus (no session bus, a minimal desktop), `fallback` is used instead: the tray icon's showMessage.
///
/// The call is asynchronous: a stalled notification server never blocks the GUI thread.
class DBusNotificationSink : public QObject, public NotificationSink {
    Q_OBJECT
public:
    using Fallback = std::function<void(const Notification&)>;

    explicit DBusNotificationSink(Fallback fallback, QDBusConnection bus = QDBusConnection::sessionBus(),
                                  QObject* parent = nullptr);

    /// Whether a notification server is registered on the bus now.
    bool serverAvailable() const;

    void show(const Notification& notification) override;

    static QString serviceName();
    static QString objectPath();

signals:
    /// The server answered Notify with this id (0 when it refused or failed: the error is in `error`).
    void delivered(uint id, const QString& error);

private:
    Fallback m_fallback;
    QDBusConnection m_bus;
};

} // namespace aitbc::gui
