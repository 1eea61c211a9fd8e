#include "notify/activity_watch.h"

#include "messaging/acknowledgments.h"
#include "messaging/display_text.h"
#include "messaging/responder.h"
#include "messaging/status_report.h"
#include "panes/messages/responder_controller.h"
#include "state/app_context.h"
#include "state/message_feed.h"
#include "state/messaging_service.h"
#include "state/wallet_manager.h"

#include <QCoreApplication>

namespace aitbc::gui {

namespace {
constexpr int kDefaultIntervalMs = 5000;
/// At most this many notifications for one read: a burst (a flood, a long-offline wallet) is summed up.
constexpr int kMaxPerRead = 3;

bool isMachineTraffic(const chain::ChainMessage& m) {
    return messaging::isStatusRequest(m.text) || messaging::isAckPayload(m.payload) ||
           (m.text.startsWith(QLatin1Char('{')) && messaging::parseStatusReport(m.text).ok());
}
} // namespace

QList<Notification> newMessageNotifications(const QList<chain::ChainMessage>& messages,
                                            const QString& address, QSet<QString>& seen, bool baseline) {
    QList<Notification> out;
    int more = 0;
    for (const chain::ChainMessage& m : messages) {
        if (seen.contains(m.txHash))
            continue;
        seen.insert(m.txHash);
        if (baseline || m.recipient != address || m.sender == address || isMachineTraffic(m))
            continue;
        if (out.size() >= kMaxPerRead) {
            ++more;
            continue;
        }
        out.append({NotificationKind::NewMessage,
                    QCoreApplication::translate("ActivityWatch", "New message from %1")
                        .arg(messaging::elideMiddle(m.sender)),
                    QCoreApplication::translate("ActivityWatch", "To %1: %2")
                        .arg(messaging::elideMiddle(address), messaging::safeSingleLine(m.text, 160))});
    }
    if (more > 0)
        out.append(
            {NotificationKind::NewMessage, QCoreApplication::translate("ActivityWatch", "New messages"),
             QCoreApplication::translate("ActivityWatch", "%n more new message(s) to %1", nullptr, more)
                 .arg(messaging::elideMiddle(address))});
    return out;
}

int overBudgetCount(const messaging::ResponderState& state) {
    int n = 0;
    for (const QString& outcome : state.handled)
        n += outcome == QLatin1String("over-budget") ? 1 : 0;
    return n;
}

ActivityWatch::ActivityWatch(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ActivityWatch::check);
    m_timer.start();
}

void ActivityWatch::check() {
    MessagingService* messaging = m_context->messagingIfCreated();
    if (!messaging)
        return;
    checkResponders();
    chain::Node* node = messaging->submitNode();
    WalletManager* wallets = m_context->wallets();
    // The unlocked wallets' messages on the node messages go to, through the service's shared feeds
    // (the Messages pane reading the same wallet costs no second read).
    QSet<QString> watched;
    if (node)
        for (const WalletEntry& w : wallets->wallets())
            if (!w.address().isEmpty() && wallets->isAddressUnlocked(w.address()))
                watched.insert(w.address());
    for (auto it = m_feeds.begin(); it != m_feeds.end();) {
        if (it.value() && watched.contains(it.key()) && it.value()->node() == node) {
            ++it;
            continue;
        }
        if (it.value()) {
            disconnect(it.value(), nullptr, this, nullptr);
            messaging->unsubscribe(it.value(), this);
        }
        it = m_feeds.erase(it);
    }
    for (const QString& address : std::as_const(watched)) {
        QPointer<MessageFeed>& feed = m_feeds[address];
        if (!feed) {
            feed = messaging->subscribe(node, address, this);
            if (!feed)
                continue;
            MessageFeed* f = feed;
            connect(f, &MessageFeed::updated, this,
                    [this, f](qsizetype from, bool replaced) { onRead(f, from, replaced); });
            if (f->hasRead())
                onRead(f, 0, true);
        }
        feed->refresh(); // reads only when the head moved since the last read
    }
}

void ActivityWatch::onRead(MessageFeed* feed, qsizetype from, bool replaced) {
    const QString address = feed->address();
    const bool baseline = !m_seen.contains(address);
    QSet<QString>& seen = m_seen[address];
    const QList<chain::ChainMessage>& all = feed->messages();
    const QList<Notification> found = replaced
                                          ? newMessageNotifications(all, address, seen, baseline)
                                          : newMessageNotifications(all.mid(from), address, seen, baseline);
    for (const Notification& n : found)
        emit notification(n);
}

void ActivityWatch::checkResponders() {
    ResponderController* responders = m_context->messagingIfCreated()->responders();
    for (const WalletEntry& w : m_context->wallets()->wallets()) {
        const messaging::Responder* r = responders->responder(w.address());
        if (!r)
            continue;
        const int n = overBudgetCount(r->state());
        const int before = m_overBudget.value(w.address(), -1);
        m_overBudget.insert(w.address(), n);
        // Announced when a trigger goes unanswered for the budget, not for those already in the state
        // file when the dashboard started.
        if (before >= 0 && n > before)
            emit notification({NotificationKind::ResponderBudgetExhausted,
                               QCoreApplication::translate("ActivityWatch", "Responder budget spent"),
                               QCoreApplication::translate(
                                   "ActivityWatch", "The responder of %1 spent its daily fee budget and "
                                                    "stopped answering; it answers again as the fees "
                                                    "of the last 24 hours fall out of the budget.")
                                   .arg(messaging::elideMiddle(w.address()))});
    }
}

} // namespace aitbc::gui
