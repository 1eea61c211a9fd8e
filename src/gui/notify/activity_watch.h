#pragma once

#include "chain/types.h"
#include "notify/notification.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace aitbc::messaging {
struct ResponderState;
}

namespace aitbc::gui {

class AppContext;
class MessageFeed;

/// What one wallet's messages deserve: a notification per message to `address` that is not in `seen`
/// (hashes already announced or known at the first read), from another sender, and a conversation
/// message (status requests, status reports and acknowledgments are machine traffic, not news). `seen`
/// takes every hash; with `baseline` nothing is announced (the first read of a wallet: its history).
QList<Notification> newMessageNotifications(const QList<chain::ChainMessage>& messages,
                                            const QString& address, QSet<QString>& seen, bool baseline);

/// Triggers the responder left unanswered because its daily fee budget was spent.
int overBudgetCount(const messaging::ResponderState& state);

/// The notification sources beyond node health: new messages to the unlocked wallets (on the node
/// messages are submitted to, through MessagingService's shared feeds: one read per new head, only the
/// new messages looked at) and a responder whose fee budget ran out. Every `intervalMs` it follows the
/// wallets unlocked then. It never creates the messaging service (no outbox is opened for it) and asks
/// nothing of locked wallets.
class ActivityWatch : public QObject {
    Q_OBJECT
public:
    explicit ActivityWatch(AppContext* context, QObject* parent = nullptr);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// Looks now (what the timer does).
    void check();

signals:
    void notification(const aitbc::gui::Notification& notification);

private:
    void checkResponders();
    void onRead(MessageFeed* feed, qsizetype from, bool replaced);

    AppContext* m_context;
    QTimer m_timer;
    QHash<QString, QSet<QString>> m_seen;          ///< per wallet address
    QHash<QString, int> m_overBudget;              ///< per responder address, as last announced
    QHash<QString, QPointer<MessageFeed>> m_feeds; ///< per watched wallet address
};

} // namespace aitbc::gui
