#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace aitbc::gui {

/// What the dashboard tells the operator about while it is in the background. Each kind can be switched
/// off on its own (AppSettings, the settings dialog).
enum class NotificationKind {
    NewMessage,                  ///< an incoming agent message
    NodeUnreachable,             ///< a configured node stopped answering
    NodeBehind,                  ///< a node is more than N blocks behind the others
    Fork,                        ///< two nodes disagree on a block hash at the same height
    FollowerMissingTransactions, ///< a follower holds blocks without their transactions
    ResponderBudgetExhausted,    ///< the responder's daily fee budget is spent: it stops answering
};

/// Every kind, in the order the settings dialog lists them.
QList<NotificationKind> allNotificationKinds();

/// A stable key per kind ("new_message", "node_unreachable", …) for settings and the D-Bus hints.
QString notificationKindKey(NotificationKind kind);

struct Notification {
    NotificationKind kind = NotificationKind::NewMessage;
    QString title; ///< translated, short
    QString body;  ///< translated; chain and node text inside it is plain text, never markup
};

} // namespace aitbc::gui
Q_DECLARE_METATYPE(aitbc::gui::Notification)
