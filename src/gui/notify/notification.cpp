#include "notify/notification.h"

namespace aitbc::gui {

QList<NotificationKind> allNotificationKinds() {
    return {NotificationKind::NewMessage,
            NotificationKind::NodeUnreachable,
            NotificationKind::NodeBehind,
            NotificationKind::Fork,
            NotificationKind::FollowerMissingTransactions,
            NotificationKind::ResponderBudgetExhausted};
}

QString notificationKindKey(NotificationKind kind) {
    switch (kind) {
    case NotificationKind::NewMessage:
        return QStringLiteral("new_message");
    case NotificationKind::NodeUnreachable:
        return QStringLiteral("node_unreachable");
    case NotificationKind::NodeBehind:
        return QStringLiteral("node_behind");
    case NotificationKind::Fork:
        return QStringLiteral("fork");
    case NotificationKind::FollowerMissingTransactions:
        return QStringLiteral("follower_missing_transactions");
    case NotificationKind::ResponderBudgetExhausted:
        return QStringLiteral("responder_budget_exhausted");
    }
    return QStringLiteral("new_message");
}

} // namespace aitbc::gui
