#pragma once

#include "chain/message_index_file.h"
#include "chain/message_set.h"
#include "chain/node.h"

#include <QHash>
#include <QSet>
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
    /// Keep the message index across restarts in `indexDir` (see DbReader). Off: rebuilt on every start.
    bool persistIndex = true;
    /// Where persisted indexes live; empty: QStandardPaths::CacheLocation + "/chain-index".
    QString indexDir = {};
    /// The first load of a large table is read in rowid ranges at once, one more range per this many
    /// rows (at most one per core, four in all).
    qint64 rowsPerFirstLoadPart = 100000;
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
///
/// The index is persisted in the application's cache folder (DbOptions::indexDir), keyed by the
/// chain.db's path and chain id and stamped with the file's identity (device, inode, birth time). On the
/// first call after a start it is loaded, checked against the database (the last indexed row must still
/// have the same tx hash and block hash) and then extended by the rows added since, so a restart costs
/// what was added while the app was closed. Only the file's directory is read at that point: an
/// address's row ids, and the messages already shown for it (so a long conversation is not read and
/// parsed again), are read from the file when that address is first asked for; rows of addresses never
/// asked for stay on disk. A corrupt file (found at open or at that later read), or one of another
/// chain.db, is discarded and the index rebuilt.
///
/// The very first load, when there is no index yet, does not wait for the index: that address's rows are
/// selected by sequential passes over rowid ranges (read at once on helper connections for a large
/// table) and finishIndex() builds the index afterwards.
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
    /// Builds the index if the last messages() call answered from a targeted query instead (see
    /// messages()); a no-op otherwise. DbNode queues it right after such a call.
    void finishIndex();
    /// One address's messages in rows with ids in (afterId, upToId], in table order: a part of the first
    /// load (see messages()), run on a reader of its own per part.
    struct RangeRows {
        QList<ChainMessage> messages;
        QList<qint64> rowIds; ///< parallel to messages
        std::optional<NodeError> error;
        bool tooBig = false; ///< the error is a value over kMaxValueBytes
    };
    RangeRows scanAddressRange(const QString& address, qint64 afterId, qint64 upToId);
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
        qint64 scannedRows = 0;    ///< rows read by index scans since this reader started
        bool restored = false;     ///< the index came from the persisted file
        qint64 saves = 0;          ///< times the index was written to its file
        qint64 targetedLoads = 0;  ///< first loads answered by a query for one address (no index yet)
        qint64 restoredSets = 0;   ///< addresses whose messages came from the persisted file
    };
    IndexStats indexStats() const { return m_stats; }

private:
    std::optional<NodeError> ensureOpen();
    std::optional<NodeError> updateIndex();
    /// The first load without an index; std::nullopt when it cannot serve (then the index path runs).
    std::optional<NodeResult<QList<ChainMessage>>> targetedFirstLoad(const QString& address);
    void resetIndex();
    void restoreIndex();
    /// Brings `address`'s row ids from the persisted file into memory (once); false when the file no
    /// longer matches its checksums (the index is then reset and must be rebuilt).
    bool loadPersistedRows(const QString& address);
    /// The address's messages from the persisted file, when it has them and they are sound; false when
    /// the file no longer matches its checksums (the index is then reset and must be rebuilt).
    bool restoreMessageSet(const QString& address);
    /// Throws the persisted file away (damaged) and starts a new index.
    void discardPersisted(const QString& why);
    void saveIndex();
    QString indexFile() const;
    NodeError sqlError(const QSqlError& error, const QString& what);
    NodeError failed(QSqlQuery& query, const QString& what);
    /// ChainOrder: sorted by block height, then row id. TableOrder: the table's own order (no sort).
    enum class RowOrder { ChainOrder, TableOrder };
    NodeResult<QList<Transaction>> transactionsWhere(const QString& condition, const QVariantList& binds,
                                                     QList<qint64>* rowIds,
                                                     RowOrder order = RowOrder::ChainOrder);
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

    // Row ids per address. For an address still in m_basePending, only the rows indexed since the
    // persisted file was written; its older rows stay in the file until the address is asked for.
    QHash<QString, std::vector<qint64>> m_rowsByAddress;
    std::optional<PersistedIndexFile> m_persisted;
    QSet<QString> m_basePending;
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
    std::optional<ChainDbIdentity> m_identity;        // of the open file
    std::optional<ChainDbIdentity> m_restoreTriedFor; // the identity a restore was last attempted for
    bool m_indexDirty = false;                        // rows indexed since the last save
    bool m_indexPending = false;                      // a targeted first load ran; finishIndex() builds
    qint64 m_rowsSinceSave = 0;
};

} // namespace aitbc::chain
