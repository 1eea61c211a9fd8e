#pragma once

#include "notify/notification_sink.h"

#include <QSet>

namespace aitbc::gui {

/// Decides what reaches the sink: kinds the operator switched off are dropped (and counted, so a test
/// can tell "dropped" from "not yet delivered"). Every kind is on until switched off.
class Notifier {
public:
    explicit Notifier(NotificationSink* sink)
        : m_sink(sink) {}

    void setEnabled(NotificationKind kind, bool on);
    bool isEnabled(NotificationKind kind) const { return !m_disabled.contains(kind); }

    /// True when the notification was passed to the sink.
    bool notify(const Notification& notification);

    int delivered() const { return m_delivered; }
    int suppressed() const { return m_suppressed; }

private:
    NotificationSink* m_sink;
    QSet<NotificationKind> m_disabled;
    int m_delivered = 0;
    int m_suppressed = 0;
};

} // namespace aitbc::gui
