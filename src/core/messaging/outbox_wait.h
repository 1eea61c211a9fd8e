#pragma once

#include "messaging/outbox_entry.h"

#include <QList>
#include <QString>

namespace aitbc::messaging {

/// Why a message of the outbox is where it is, for the operator (the queue view, `aitbc-agent outbox
/// list`). Derived from the file alone, so any process can show it; the sending process writes what only
/// it knows (an unreachable node, a refusal) into the entry's reason, which is read back here.
enum class OutboxWaitKind {
    None,                ///< confirmed, or about to be signed and sent
    OnePendingPerSender, ///< an older message of the same sender goes first (the node admits one at a time)
    NodeUnreachable,     ///< the sending process cannot reach the node; it keeps retrying
    InsufficientBalance, ///< the sender's balance does not cover the fee
    WalletLocked,        ///< no running process holds the sender's key
    InMempool,           ///< signed and accepted (or being submitted): waiting for a block
    Failed,              ///< the node refused it; the reason is the node's words
    Cancelled,           ///< cancelled by the operator
};

struct OutboxWait {
    OutboxWaitKind kind = OutboxWaitKind::None;
    QString text;   ///< English, for the CLI and logs; the GUI translates by kind and shows `detail`
    QString detail; ///< the stored reason (the node's words), if any
};

/// `senderActive`: some process holds an unexpired lease on the entry's (chain, sender), i.e. is sending
/// for it (OutboxStore::senderLeaseOwner). `all`: the whole outbox (oldest first), to find an older
/// message of the same sender.
OutboxWait outboxWait(const OutboxEntry& entry, const QList<OutboxEntry>& all, bool senderActive);

/// "none", "one_pending_per_sender", "node_unreachable", "insufficient_balance", "wallet_locked",
/// "in_mempool", "failed", "cancelled".
QString outboxWaitCode(OutboxWaitKind kind);

/// What the operator sees as the state: "queued", "submitted" (signed, being sent), "mempool",
/// "confirmed", "failed", "cancelled".
QString outboxDisplayState(const OutboxEntry& entry);

} // namespace aitbc::messaging
