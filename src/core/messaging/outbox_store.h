#pragma once

#include "messaging/outbox_entry.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace aitbc::messaging {

/// Extra conditions of a conditional outbox write (OutboxStore::updateIfUnchanged), checked in the same
/// statement as the write.
struct OutboxWriteGuard {
    /// Non-empty: only while this owner holds an unexpired lease on the entry's (chain, sender).
    QString leaseOwner;
    /// Only if no other message of the same sender and chain is in flight (Prepared/Submitted): the
    /// node admits one pending transaction per sender, and one nonce must not carry two texts.
    bool soleInFlight = false;
};

/// The durable outbox: the project's own SQLite file (never a node's chain.db), opened through
/// QSqlDatabase with `journal_mode=WAL` and `synchronous=FULL`, so a write that returned survives a
/// crash or power loss. Every state change of a message is one transaction. The file and its `-wal`,
/// `-shm` and `-journal` companions are private to the user (0600) from the moment they exist.
///
/// Several processes may share one file (the dashboard and any number of `aitbc-agent` runs). Two tools
/// keep them from sending a message twice (README-messaging.md, "Several processes, one outbox"):
///  - conditional writes: a state change is written only if the row still has the revision it was
///    decided on (updateIfUnchanged), so a decision made on a stale copy is refused, never applied;
///  - a lease per (chain, sender) with an expiry (claimSender): only its holder signs and sends that
///    sender's messages, so one process at a time spends the sender's nonces.
///
/// Threading: like every QSqlDatabase connection, an OutboxStore must be opened and used on one thread
/// only. MessageSender runs it on a dedicated worker thread; tests and tools may use it directly.
class OutboxStore {
public:
    /// The outcome of a conditional write.
    enum class WriteResult {
        Written,  ///< on disk
        Conflict, ///< the row changed since it was read, or a condition of the guard failed: not written
        Failed,   ///< SQLite error (locked past the busy timeout, disk full): not written, see lastError()
    };
    using WriteGuard = OutboxWriteGuard;

    explicit OutboxStore(QString path);
    ~OutboxStore();
    OutboxStore(const OutboxStore&) = delete;
    OutboxStore& operator=(const OutboxStore&) = delete;

    /// Opens (or creates) the file and its tables. The error says why that failed (unwritable folder, not
    /// an SQLite file, a newer schema).
    Result<void> open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /// The error text of the last failed call.
    QString lastError() const { return m_lastError; }

    /// Appends a new message (id assigned, written to disk before returning).
    std::optional<qint64> insert(const OutboxEntry& entry);
    /// Writes every field of an existing message, whatever its stored revision (single-process tools).
    bool update(const OutboxEntry& entry);
    /// Records `old`'s attempt as superseded and writes `replacement` (same id) in one transaction.
    bool supersede(const OutboxEntry& old, const OutboxEntry& replacement, const QString& reason);
    /// Writes every field of `entry` if the stored row still has `entry.revision` and `guard` holds, in
    /// one statement. On Written, `entry.revision` is the new stored revision.
    WriteResult updateIfUnchanged(OutboxEntry& entry, const WriteGuard& guard = {});
    /// As supersede(), in one transaction, if the stored row still has `old.revision` and `guard` holds.
    /// On Written, `replacement.revision` is the new stored revision.
    WriteResult supersedeIfUnchanged(const OutboxEntry& old, OutboxEntry& replacement, const QString& reason,
                                     const WriteGuard& guard = {});

    /// The operator's actions on one message (the dashboard's queue view, `aitbc-agent outbox`). Each is
    /// one write transaction (BEGIN IMMEDIATE) that reads the row and changes it only if its state still
    /// allows it. The revision is bumped, so a sending process that decided on the old row has its own
    /// write refused (updateIfUnchanged) and decides again from the file: a message cancelled here is
    /// never signed, one whose fee changed is signed with the new fee. Conflict (lastError() says why)
    /// when the message has moved on (a sender prepared it first); Failed when there is no such message
    /// or SQLite failed. `after`, if given, receives the row as written.
    ///
    /// Queued -> Failed with the reason cancelledReason().
    WriteResult cancelQueued(qint64 id, OutboxEntry* after = nullptr);
    /// Failed -> Queued, to be signed afresh (new nonce). The refused attempt, if there was one, is kept
    /// in `superseded` and never sent again; the node refused it, so it is in no mempool and no block.
    WriteResult retryFailed(qint64 id, OutboxEntry* after = nullptr);
    /// Sets the fee of a Queued message (not signed yet); `fee` >= 0.
    WriteResult setQueuedFee(qint64 id, qint64 fee, OutboxEntry* after = nullptr);

    /// Takes or renews `owner`'s lease on sending for (chainId, sender), valid `ttlMs` from now. False
    /// when another owner holds a lease that has not expired, or on an SQLite error.
    bool claimSender(const QString& chainId, const QString& sender, const QString& owner, qint64 ttlMs);
    /// Gives back `owner`'s lease on (chainId, sender); with an empty sender, every lease of `owner`.
    bool releaseSender(const QString& owner, const QString& chainId = {}, const QString& sender = {});
    /// The owner of the unexpired lease on (chainId, sender), or an empty string.
    QString senderLeaseOwner(const QString& chainId, const QString& sender) const;
    /// SQLite's `data_version`: it changes when another connection (process) committed to the file, so a
    /// reader can skip re-reading an unchanged outbox. -1 on error.
    qint64 dataVersion() const;
    /// All messages (chain `chainId`, or all when empty), oldest first. `ok`, if given, is false when
    /// the read failed (an empty list then says nothing about the file).
    QList<OutboxEntry> entries(const QString& chainId = {}, bool* ok = nullptr) const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<SupersededAttempt> superseded(qint64 messageId) const;
    /// Whether any message (any state) answers `txHash` (the responder's second line of defence).
    bool hasReplyTo(const QString& txHash) const;

    /// The reason a cancelled message carries (its state is Failed: it is final until retried).
    static QString cancelledReason();

private:
    WriteResult operatorChange(qint64 id, OutboxState required, const QString& action,
                               const std::function<void(OutboxEntry&)>& change, OutboxEntry* after);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    mutable QString m_lastError;
};

} // namespace aitbc::messaging
