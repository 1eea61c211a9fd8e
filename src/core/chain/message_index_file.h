#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace aitbc::chain {

/// Which chain.db an index belongs to. A different file at the same path (replaced, re-created) has a
/// different device/inode or birth time, so its index is never used for it.
struct ChainDbIdentity {
    QString path; ///< absolute path of the chain.db
    QString chainId;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 birthNs = 0; ///< creation time where the file system records it (statx), else 0

    bool operator==(const ChainDbIdentity&) const = default;
    /// The identity of the file at `path` now; std::nullopt when it cannot be stat()ed.
    static std::optional<ChainDbIdentity> of(const QString& path, const QString& chainId);
};

/// The persisted form of DbReader's message index: row ids only (payloads are read back from the
/// chain.db on demand), plus the position and check row that validate it against the database.
///
/// Record kinds: the file holds sections, each tagged with a kind, so a second kind of record (agent
/// cards) can be stored beside the messages without a new format; a reader skips kinds it does not know.
struct PersistedIndex {
    enum class Kind : quint8 { Messages = 1 };

    ChainDbIdentity identity;
    qint64 lastRowId = 0;  ///< every row up to here was indexed or skipped
    qint64 checkRowId = 0; ///< the last indexed row ...
    QString checkHash;     ///< ... and its tx_hash and block hash, to detect a rewritten table
    qint64 indexedRows = 0;
    QHash<QString, std::vector<qint64>> messageRows; ///< address -> ascending row ids
};

/// Where the index of `identity` lives in `dir` (one file per chain.db path and chain id).
QString persistedIndexPath(const QString& dir, const ChainDbIdentity& identity);

/// Writes the index atomically (a temporary file renamed over the old one), private to the user.
bool savePersistedIndex(const QString& file, const PersistedIndex& index, QString* error);

/// Reads an index. Anything wrong (missing, truncated, checksum mismatch, unknown version, counts that
/// do not fit the file) gives std::nullopt and a reason; the caller then rebuilds from the chain.db.
/// Parsing is bounded by the file's size: every count is checked against the bytes left.
std::optional<PersistedIndex> loadPersistedIndex(const QString& file, QString* why);

} // namespace aitbc::chain
