#include "notify/health_tray.h"

#include "notify/activity_watch.h"
#include "settings/app_settings.h"

#include <QPainter>
#include <QPixmap>

namespace aitbc::gui {

namespace {
QIcon dot(const QColor& colour) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(3, 3, 26, 26));
    return QIcon(pixmap);
}

QString tooltip(OverallHealth health) {
    switch (health) {
    case OverallHealth::Healthy:
        return HealthTray::tr("AITBC Dashboard: all nodes healthy");
    case OverallHealth::Degraded:
        return HealthTray::tr("AITBC Dashboard: a node is unreachable or behind");
    case OverallHealth::Unknown:
        break;
    }
    return HealthTray::tr("AITBC Dashboard: no node has answered yet");
}
} // namespace

HealthTray::HealthTray(NodeRegistry* nodes, QObject* parent)
    : QObject(parent)
    , m_watch(nodes, kDefaultBehindLimit)
    , m_sink([this](const Notification& n) {
        if (m_tray.isVisible() && QSystemTrayIcon::supportsMessages())
            m_tray.showMessage(n.title, n.body);
    })
    , m_notifier(&m_sink) {
    connect(&m_watch, &HealthWatch::healthChanged, this, &HealthTray::show);
    connect(&m_watch, &HealthWatch::notification, this,
            [this](const Notification& n) { m_notifier.notify(n); });
    show(m_watch.health());
}

void HealthTray::watchActivity(AppContext* context) {
    if (m_activity)
        return;
    m_activity = new ActivityWatch(context, this);
    connect(m_activity, &ActivityWatch::notification, this,
            [this](const Notification& n) { m_notifier.notify(n); });
}

void HealthTray::applySettings(const AppSettings& settings) {
    for (NotificationKind kind : allNotificationKinds())
        m_notifier.setEnabled(kind, settings.notificationEnabled(notificationKindKey(kind)));
    m_watch.setBehindLimit(settings.behindLimitBlocks());
}

void HealthTray::show(OverallHealth health) {
    m_colour = healthColour(health);
    m_tray.setIcon(dot(m_colour));
    m_tray.setToolTip(tooltip(health));
}

} // namespace aitbc::gui
