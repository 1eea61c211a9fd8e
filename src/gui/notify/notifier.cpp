#include "notify/notifier.h"

namespace aitbc::gui {

void Notifier::setEnabled(NotificationKind kind, bool on) {
    if (on)
        m_disabled.remove(kind);
    else
        m_disabled.insert(kind);
}

bool Notifier::notify(const Notification& notification) {
    if (!m_sink || !isEnabled(notification.kind)) {
        ++m_suppressed;
        return false;
    }
    m_sink->show(notification);
    ++m_delivered;
    return true;
}

} // namespace aitbc::gui
