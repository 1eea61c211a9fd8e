#pragma once

#include "notify/dbus_notification_sink.h"
#include "notify/health_watch.h"
#include "notify/notifier.h"

#include <QObject>
#include <QSystemTrayIcon>

namespace aitbc::gui {

class ActivityWatch;
class AppContext;
class AppSettings;

/// The tray icon (a dot coloured by the nodes' overall health) and the desktop notifications: node
/// events (HealthWatch) and, once watchActivity() is called, new messages and the responder's budget
/// (ActivityWatch), each -> Notifier (the kinds switched off in the settings stop here) ->
/// DBusNotificationSink, falling back to the tray's own balloon.
class HealthTray : public QObject {
    Q_OBJECT
public:
    /// The number of blocks a node may lag before it counts as behind, until the settings say otherwise.
    static constexpr qint64 kDefaultBehindLimit = 10;

    explicit HealthTray(NodeRegistry* nodes, QObject* parent = nullptr);

    QSystemTrayIcon* trayIcon() { return &m_tray; }
    Notifier* notifier() { return &m_notifier; }
    HealthWatch* watch() { return &m_watch; }
    /// Adds the notifications of new messages and of a responder out of budget (ActivityWatch).
    void watchActivity(AppContext* context);
    ActivityWatch* activity() { return m_activity; }
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
    ActivityWatch* m_activity = nullptr;
};

} // namespace aitbc::gui
