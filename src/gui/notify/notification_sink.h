#pragma once

#include "notify/notification.h"

namespace aitbc::gui {

/// Where a notification goes: the desktop (DBusNotificationSink) or, in unit tests, a recorder.
class NotificationSink {
public:
    virtual ~NotificationSink() = default;
    virtual void show(const Notification& notification) = 0;
};

} // namespace aitbc::gui
