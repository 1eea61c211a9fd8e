#include "notify/activity_watch.h"

#include "messaging/acknowledgments.h"
#include "messaging/display_text.h"
#include "messaging/responder.h"
#include "messaging/status_report.h"
#include "panes/messages/responder_controller.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/wallet_manager.h"
#include "util/when_finished.h"

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
    if (!node || m_reads > 0 || !wallets->anyUnlocked())
        return;
    for (const WalletEntry& w : wallets->wallets()) {
        const QString address = w.address();
        if (address.isEmpty() || !wallets->isAddressUnlocked(address))
            continue;
        ++m_reads;
        util::whenFinished(this, node->messages(address),
                           [this, address](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                               --m_reads;
                               if (!r || !r->ok())
                                   return;
                               const bool baseline = !m_seen.contains(address);
                               QSet<QString>& seen = m_seen[address];
                               for (const Notification& n :
                                    newMessageNotifications(r->value(), address, seen, baseline))
                                   emit notification(n);
                           });
    }
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
