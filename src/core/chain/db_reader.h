#pragma once

#include "chain/message_set.h"
#include "chain/node.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace aitbc::chain {

/// The largest single value (payload, metadata, any string or blob) read from a chain.db. Real rows are
/// under 1 KiB; a larger value is refused by SQLite itself (sqlite3_limit) with a clear error instead of
/// being loaded.
constexpr qint64 kMaxValueBytes = 4 * 1024 * 1024;

/// How to open a node's chain.db.
struct DbOptions {
    QString path;             ///< the node's chain.db (its -wal/-shm beside it are read by SQLite)
    QString chainId;          ///< empty: the chain with the most blocks in the file
    int busyTimeoutMs = 5000; ///< how long to wait for a writer's lock before reporting it
};

/// The worker-thread side of DbNode: owns one read-only QSqlDatabase connection and the project's own
/// message index. Not thread-safe by design: every call must come from the one thread DbNode runs its
/// work on (QSqlDatabase connections belong to the thread that opened them).
///
/// The message index: REF's chain.db has no index on sender or recipient (§4.4 lists them as a HEAD
/// addition) and we may not add one to the node's file. So the reader keeps, in memory, for every
/// address the row ids of the confirmed transactions it sent or received, built by scanning
/// `"transaction"` rows with `id > lastSeenRowId` (a range scan of the INTEGER PRIMARY KEY). A poll
/// therefore costs time proportional to the rows added since the previous poll, not to the chain.
/// Memory is kept in memory rather than in a cache file beside the app: a rebuild costs one scan of
/// three narrow columns on start, and there is no stale cache to invalidate when the node's file is
/// replaced or re-synced.
class DbReader {
public:
    explicit DbReader(DbOptions options);
    ~DbReader();
    DbReader(const DbReader&) = delete;
    DbReader& operator=(const DbReader&) = delete;

    NodeResult<NodeHealth> health();
    NodeResult<BlockHeader> head();
    NodeResult<Block> block(qint64 height);
    NodeResult<QList<Block>> blocks(qint64 from, qint64 to, bool withTransactions);
    NodeResult<QList<MempoolEntry>> mempool();
    NodeResult<Account> account(const QString& address);
    NodeResult<QList<ChainMessage>> messages(const QString& address);
    /// Closes the connection (call on the worker thread before it ends).
    void close();

    /// The chain id in use (resolved from the file when the options left it empty).
    QString chainId() const { return m_chainId; }

    /// Index figures, for benchmarks and the status bar.
    struct IndexStats {
        qint64 lastRowId = 0;
        qint64 indexedRows = 0;
        qint64 addresses = 0;
        qint64 lastScanRows = 0;   ///< rows read by the last incremental scan
        qint64 oversizedSkips = 0; ///< times a row was skipped because a value exceeds kMaxValueBytes
    };
    IndexStats indexStats() const { return m_stats; }

private:
    std::optional<NodeError> ensureOpen();
    std::optional<NodeError> updateIndex();
    void resetIndex();
    NodeError sqlError(const QSqlError& error, const QString& what);
    NodeError failed(QSqlQuery& query, const QString& what);
    NodeResult<QList<Transaction>> transactionsWhere(const QString& condition, const QVariantList& binds,
                                                     QList<qint64>* rowIds);
    QString txColumns() const;

    DbOptions m_options;
    QString m_connectionName;
    QString m_chainId;
    bool m_open = false;
    bool m_immutable = false;  // opened with immutable=1 (read-only folder, no -wal file)
    bool m_reopen = false;     // the file was found damaged: reopen and re-index on the next call
    bool m_headSchema = false; // block.signature exists (§4.4)
    bool m_hasTxMetadata = true;
    bool m_hasTxTimestamp = true;
    quint64 m_fileDev = 0;
    quint64 m_fileIno = 0;

    QHash<QString, std::vector<qint64>> m_rowsByAddress;
    qint64 m_lastRowId = 0;         // scan position: every row up to here was indexed or skipped
    qint64 m_checkRowId = 0;        // the last indexed row, whose hash detects a rewritten table
    QString m_lastRowHash;          // tx_hash of m_checkRowId
    bool m_lastErrorTooBig = false; // the last sqlError() was SQLITE_TOOBIG (a value over the limit)
    struct AddressCache {
        AddressMessages messages;
        qint64 upToRowId = 0;
    };
    QHash<QString, AddressCache> m_cache;
    IndexStats m_stats;
};

} // namespace aitbc::chain
