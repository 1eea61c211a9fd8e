#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace aitbc::messaging {

/// Where a message in the outbox stands. Transitions (MessageSender):
///   Queued -> Prepared (signed with the sender's current nonce, node hash predicted, written BEFORE the
///   POST) Prepared -> Submitted (the node accepted it, or it was found in the mempool) Prepared/Submitted ->
///   Confirmed (its hash was found in a block) Prepared/Submitted -> Prepared with a new nonce, only when the
///   old nonce was consumed by another
///     transaction and the old hash is neither in the mempool nor on chain (the old attempt is recorded
///     as superseded and never sent again)
///   Queued/Prepared -> Failed (the node refused it for a reason a retry cannot fix: balance, unknown
///     sender, fee, schema); Failed -> Queued only on the user's explicit retry.
enum class OutboxState { Queued, Prepared, Submitted, Confirmed, Failed };

/// "queued", "prepared", "submitted", "confirmed", "failed".
QString outboxStateName(OutboxState s);
std::optional<OutboxState> outboxStateFromName(const QString& name);

/// One message of the outbox. Plain value; the store and the sender's mirror hold copies.
struct OutboxEntry {
    qint64 id = -1;
    QString chainId;
    QString sender;
    QString recipient;
    QString text;
    QString inReplyTo; ///< node hash of the message this one answers (responder), else empty
    OutboxState state = OutboxState::Queued;
    QString reason; ///< Failed: the node's reason, verbatim; otherwise what the sender is waiting for
    // The current attempt (set from Prepared on).
    qint64 nonce = -1;
    QString txHash;          ///< predicted node hash (§1.6), replaced by the node's answer if it differs
    QByteArray body;         ///< the exact POST body (compact JSON), re-sent as is after a restart
    qint64 sinceHeight = -1; ///< chain head when the attempt was prepared: it cannot be in earlier blocks
    qint64 blockHeight = -1; ///< Confirmed: the block that holds it
    int attempts = 0;        ///< POSTs made for this message
    QDateTime createdAt;     ///< UTC, when the user (or the responder) wrote it
    QDateTime submittedAt;
    QDateTime confirmedAt;
    QDateTime blockTime; ///< Confirmed: the block's timestamp (UTC)
    /// How many times the stored row was written. Several processes share one outbox file: a write made
    /// on the strength of what was read succeeds only while the row still has the revision that was read.
    qint64 revision = 0;
    /// The fee to sign this message with; -1: the sending process's fee (the node profile's). Set by the
    /// operator (OutboxStore::setFee) while the message is still queued.
    qint64 fee = -1;
    /// Send end-to-end encrypted (encrypted_envelope.h) for the recipient's agent-card key, looked up when
    /// the message is signed; never sent in clear when the recipient has no valid card (it fails instead).
    /// `text` stays the plaintext here (the outbox file is private to the user): a re-signed attempt has
    /// a new nonce, which the associated data binds, so it is encrypted afresh.
    bool encrypt = false;
    /// Further payload members signed with the message (compact JSON object text, empty for none): an
    /// agent card's members (agent_card.h), made when the wallet was unlocked; they do not depend on the
    /// nonce, so a re-signed attempt carries the same.
    QByteArray extraMembers;

    bool isFinal() const { return state == OutboxState::Confirmed || state == OutboxState::Failed; }
    bool inFlight() const { return state == OutboxState::Prepared || state == OutboxState::Submitted; }
};

/// An attempt that was replaced by a re-signed one (new nonce). Kept for the audit trail; never re-sent.
struct SupersededAttempt {
    qint64 messageId = -1;
    qint64 nonce = -1;
    QString txHash;
    QByteArray body;
    QString reason;
    QDateTime at;
};

} // namespace aitbc::messaging

Q_DECLARE_METATYPE(aitbc::messaging::OutboxEntry)
