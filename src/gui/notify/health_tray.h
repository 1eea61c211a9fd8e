#pragma once

#include "notify/dbus_notification_sink.h"
#include "notify/health_watch.h"
#include "notify/notifier.h"

#include <QObject>
#include <QSystemTrayIcon>

namespace aitbc::gui {

class AppSettings;

/// The tray icon (a dot coloured by the nodes' overall health) and the desktop notifications for node
/// events: HealthWatch -> Notifier -> DBusNotificationSink, falling back to the tray's own balloon.
class HealthTray : public QObject {
    Q_OBJECT
public:
    /// The number of blocks a node may lag before it counts as behind, until the settings say otherwise.
    static constexpr qint64 kDefaultBehindLimit = 10;

    explicit HealthTray(NodeRegistry* nodes, QObject* parent = nullptr);

    QSystemTrayIcon* trayIcon() { return &m_tray; }
    Notifier* notifier() { return &m_notifier; }
    HealthWatch* watch() { return &m_watch; }
    /// Takes the notification switches and the behind limit from the settings.
    void applySettings(const AppSettings& settings);
    /// The colour the icon shows now.
    QColor colour() const { return m_colour; }

private:
    void show(OverallHealth health);

    QSystemTrayIcon m_tray;
    HealthWatch m_watch;
    DBusNotificationSink m_sink;
    Notifier m_notifier;
    QColor m_colour;
};

} // namespace aitbc::gui
