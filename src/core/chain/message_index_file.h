#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QFile;

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

/// Where the index stands: the position and check row that validate it against the database.
struct PersistedIndexHeader {
    ChainDbIdentity identity;
    qint64 lastRowId = 0;  ///< every row up to here was indexed or skipped
    qint64 checkRowId = 0; ///< the last indexed row ...
    QString checkHash;     ///< ... and its tx_hash and block hash, to detect a rewritten table
    qint64 indexedRows = 0;
};

/// The messages of one address already read, encoded (message_set_codec.h), valid up to a row id.
struct PersistedMessageSet {
    qint64 upToRowId = 0;
    QByteArray encoded;
};

/// The persisted form of DbReader's message index, whole (tests and tools; DbReader itself reads the
/// file lazily through PersistedIndexFile).
struct PersistedIndex {
    PersistedIndexHeader header;
    QHash<QString, std::vector<qint64>> messageRows; ///< address -> ascending row ids
    QHash<QString, PersistedMessageSet> messageSets; ///< address -> its messages already read
};

/// Where the index of `identity` lives in `dir` (one file per chain.db path and chain id).
QString persistedIndexPath(const QString& dir, const ChainDbIdentity& identity);

/// What savePersistedIndex writes, supplied one address at a time so that a save never needs every
/// address's rows in memory at once.
struct PersistedIndexSource {
    PersistedIndexHeader header;
    QList<QString> rowAddresses;
    /// The ascending row ids of one of rowAddresses; std::nullopt aborts the save.
    std::function<std::optional<std::vector<qint64>>(const QString&)> rowsOf;
    QHash<QString, PersistedMessageSet> messageSets;
};

/// Writes the index atomically (a temporary file renamed over the old one), private to the user.
/// Layout: the sections (row ids, message sets) first, then a directory of them (address, offset,
/// length, SHA-256 of the section), then the directory's offset and the SHA-256 of the directory. A
/// load reads the directory only; each section is read, and checked, when its address is first asked.
Result<void> savePersistedIndex(const QString& file, const PersistedIndexSource& source);
Result<void> savePersistedIndex(const QString& file, const PersistedIndex& index);

/// An opened index file: its header and directory, checked; sections are read on demand. Anything
/// wrong (missing, truncated, checksum mismatch, unknown version, offsets outside the file) gives
/// std::nullopt and a reason, and so does a section read later that no longer matches its checksum; the
/// caller then rebuilds from the chain.db. Every count and offset is checked against the file's size.
class PersistedIndexFile {
public:
    static std::optional<PersistedIndexFile> open(const QString& file, QString* why);

    const PersistedIndexHeader& header() const { return m_header; }
    QList<QString> rowAddresses() const { return m_rows.keys(); }
    bool hasRows(const QString& address) const { return m_rows.contains(address); }
    qint64 rowCount(const QString& address) const;
    /// The row ids of `address` (empty when it has none in the file).
    std::optional<std::vector<qint64>> rows(const QString& address, QString* why) const;
    bool hasMessageSet(const QString& address) const { return m_sets.contains(address); }
    QList<QString> messageSetAddresses() const { return m_sets.keys(); }
    std::optional<PersistedMessageSet> messageSet(const QString& address, QString* why) const;

private:
    struct Section {
        qint64 offset = 0;
        qint64 length = 0;
        qint64 upToRowId = 0; // message sets only
        QByteArray digest;
    };
    std::optional<QByteArray> readSection(const Section& s, QString* why) const;

    std::shared_ptr<QFile> m_file; // kept open: a save renames a new file over it, this one stays
    qint64 m_size = 0;
    PersistedIndexHeader m_header;
    QHash<QString, Section> m_rows;
    QHash<QString, Section> m_sets;
};

/// Reads a whole index (every section). Same checks as PersistedIndexFile.
std::optional<PersistedIndex> loadPersistedIndex(const QString& file, QString* why);

} // namespace aitbc::chain
