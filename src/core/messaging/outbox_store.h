#pragma once

#include "messaging/outbox_entry.h"

#include <QList>
#include <QString>

#include <optional>

namespace aitbc::messaging {

/// The durable outbox: the project's own SQLite file (never a node's chain.db), opened through
/// QSqlDatabase with `journal_mode=WAL` and `synchronous=FULL`, so a write that returned survives a
/// crash or power loss. Every state change of a message is one transaction.
///
/// Threading: like every QSqlDatabase connection, an OutboxStore must be opened and used on one thread
/// only. MessageSender runs it on a dedicated worker thread; tests and tools may use it directly.
class OutboxStore {
public:
    explicit OutboxStore(QString path);
    ~OutboxStore();
    OutboxStore(const OutboxStore&) = delete;
    OutboxStore& operator=(const OutboxStore&) = delete;

    /// Opens (or creates) the file and its tables. False with `error` set when that fails (unwritable
    /// folder, not an SQLite file, a newer schema).
    bool open(QString* error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /// The error text of the last failed call.
    QString lastError() const { return m_lastError; }

    /// Appends a new message (id assigned, written to disk before returning).
    std::optional<qint64> insert(const OutboxEntry& entry);
    /// Writes every field of an existing message.
    bool update(const OutboxEntry& entry);
    /// Records `old`'s attempt as superseded and writes `replacement` (same id) in one transaction.
    bool supersede(const OutboxEntry& old, const OutboxEntry& replacement, const QString& reason);
    /// All messages (chain `chainId`, or all when empty), oldest first.
    QList<OutboxEntry> entries(const QString& chainId = {}) const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    QList<SupersededAttempt> superseded(qint64 messageId) const;
    /// Whether any message (any state) answers `txHash` (the responder's second line of defence).
    bool hasReplyTo(const QString& txHash) const;

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
    mutable QString m_lastError;
};

} // namespace aitbc::messaging
