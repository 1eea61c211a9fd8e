#include "messaging/outbox_wait.h"

#include "messaging/outbox_store.h"

namespace aitbc::messaging {

namespace {

bool mentionsBalance(const QString& reason) {
    return reason.contains(QLatin1String("insufficient balance"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("insufficient funds"), Qt::CaseInsensitive);
}

OutboxWait make(OutboxWaitKind kind, const QString& text, const QString& detail = {}) {
    return OutboxWait{kind, text, detail};
}

} // namespace

OutboxWait outboxWait(const OutboxEntry& e, const QList<OutboxEntry>& all, bool senderActive) {
    switch (e.state) {
    case OutboxState::Confirmed:
        return make(OutboxWaitKind::None, QString());
    case OutboxState::Failed:
        if (e.reason == OutboxStore::cancelledReason())
            return make(OutboxWaitKind::Cancelled, e.reason);
        if (mentionsBalance(e.reason))
            return make(OutboxWaitKind::InsufficientBalance,
                        QStringLiteral("insufficient balance for the fee: %1").arg(e.reason), e.reason);
        return make(OutboxWaitKind::Failed, e.reason, e.reason);
    case OutboxState::Prepared:
    case OutboxState::Submitted:
        return make(OutboxWaitKind::InMempool, QStringLiteral("waiting for a block"), e.reason);
    case OutboxState::Queued:
        break;
    }
    // The sender writes "node unavailable, will retry: …" and keeps the message queued.
    if (e.reason.startsWith(QLatin1String("node unavailable"), Qt::CaseInsensitive))
        return make(OutboxWaitKind::NodeUnreachable, e.reason, e.reason);
    if (mentionsBalance(e.reason))
        return make(OutboxWaitKind::InsufficientBalance,
                    QStringLiteral("insufficient balance for the fee: %1").arg(e.reason), e.reason);
    for (const OutboxEntry& other : all) {
        if (other.id == e.id)
            break; // only older messages (lower ids) go first
        if (other.sender == e.sender && other.chainId == e.chainId && !other.isFinal())
            return make(
                OutboxWaitKind::OnePendingPerSender,
                QStringLiteral("one pending transaction per sender: message %1 goes first").arg(other.id),
                e.reason);
    }
    if (e.reason.startsWith(QLatin1String("waiting for the wallet"), Qt::CaseInsensitive) || !senderActive)
        return make(OutboxWaitKind::WalletLocked,
                    QStringLiteral("wallet locked: no running process holds the key of %1 (the dashboard "
                                   "with the wallet unlocked, 'message send' or the daemon sends it)")
                        .arg(e.sender),
                    e.reason);
    return make(OutboxWaitKind::None, e.reason.isEmpty() ? QStringLiteral("being sent") : e.reason, e.reason);
}

QString outboxWaitCode(OutboxWaitKind kind) {
    switch (kind) {
    case OutboxWaitKind::None:
        return QStringLiteral("none");
    case OutboxWaitKind::OnePendingPerSender:
        return QStringLiteral("one_pending_per_sender");
    case OutboxWaitKind::NodeUnreachable:
        return QStringLiteral("node_unreachable");
    case OutboxWaitKind::InsufficientBalance:
        return QStringLiteral("insufficient_balance");
    case OutboxWaitKind::WalletLocked:
        return QStringLiteral("wallet_locked");
    case OutboxWaitKind::InMempool:
        return QStringLiteral("in_mempool");
    case OutboxWaitKind::Failed:
        return QStringLiteral("failed");
    case OutboxWaitKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("none");
}

QString outboxDisplayState(const OutboxEntry& e) {
    switch (e.state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Prepared:
        return QStringLiteral("submitted");
    case OutboxState::Submitted:
        return QStringLiteral("mempool");
    case OutboxState::Confirmed:
        return QStringLiteral("confirmed");
    case OutboxState::Failed:
        return e.reason == OutboxStore::cancelledReason() ? QStringLiteral("cancelled")
                                                          : QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace aitbc::messaging
