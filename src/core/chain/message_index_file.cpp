#include "chain/message_index_file.h"

#include "chain/binary_io.h"
#include "crypto/primitives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>

namespace aitbc::chain {

namespace {

constexpr char kMagic[8] = {'A', 'I', 'T', 'B', 'C', 'I', 'D', 'X'};
constexpr quint32 kVersion = 2;
constexpr int kHashSize = 32;
/// magic, version, directory offset, then the directory's SHA-256 at the very end.
constexpr qint64 kLeadBytes = 8 + 4;
constexpr qint64 kTrailBytes = 8 + kHashSize;
/// An index of a chain far larger than any real one (tens of millions of rows) stays below this; a
/// bigger file is not read.
constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;
/// The directory (one entry per address) is read whole; a directory of millions of addresses still fits.
constexpr qint64 kMaxDirectoryBytes = qint64(256) * 1024 * 1024;
enum class SectionKind : quint8 { Rows = 1, MessageSet = 2 };

using binary::Reader;
using binary::Writer;

} // namespace

std::optional<ChainDbIdentity> ChainDbIdentity::of(const QString& path, const QString& chainId) {
    ChainDbIdentity id;
    id.path = QFileInfo(path).absoluteFilePath();
    id.chainId = chainId;
    const QByteArray native = QFile::encodeName(path);
#if defined(STATX_BTIME)
    struct statx sx {};
    if (::statx(AT_FDCWD, native.constData(), 0, STATX_INO | STATX_BTIME, &sx) == 0) {
        id.device = (quint64(sx.stx_dev_major) << 32) | sx.stx_dev_minor;
        id.inode = sx.stx_ino;
        if (sx.stx_mask & STATX_BTIME)
            id.birthNs = qint64(sx.stx_btime.tv_sec) * 1000000000 + sx.stx_btime.tv_nsec;
        return id;
    }
    return std::nullopt;
#else
    struct stat st {};
    if (::stat(native.constData(), &st) != 0)
        return std::nullopt;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    return id;
#endif
}

QString persistedIndexPath(const QString& dir, const ChainDbIdentity& identity) {
    const QByteArray key = identity.path.toUtf8() + '\0' + identity.chainId.toUtf8();
    return QDir(dir).filePath(QString::fromLatin1(crypto::sha256(key).toHex().left(32)) +
                              QStringLiteral(".msgidx"));
}

Result<void> savePersistedIndex(const QString& file, const PersistedIndexSource& source) {
    const auto fail = [](const QString& reason) { return Result<void>(Error{reason}); };
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(QStringLiteral("cannot create %1").arg(QFileInfo(file).absolutePath()));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(out.errorString());
    Writer lead;
    lead.raw(kMagic, sizeof kMagic);
    lead.u32(kVersion);
    qint64 offset = 0; // of the next section, from the end of the lead
    bool written = out.write(lead.out()) == lead.out().size();
    Writer dir;
    const auto section = [&](SectionKind kind, const QString& address, qint64 upTo, QByteArrayView bytes) {
        written = written && out.write(bytes.data(), bytes.size()) == bytes.size();
        dir.u8(quint8(kind));
        dir.str(address);
        dir.i64(upTo);
        dir.i64(offset);
        dir.i64(bytes.size());
        const QByteArray digest = crypto::sha256(bytes);
        dir.raw(digest.constData(), size_t(digest.size()));
        offset += bytes.size();
    };
    const PersistedIndexHeader& h = source.header;
    dir.str(h.identity.path);
    dir.str(h.identity.chainId);
    dir.i64(qint64(h.identity.device));
    dir.i64(qint64(h.identity.inode));
    dir.i64(h.identity.birthNs);
    dir.i64(h.lastRowId);
    dir.i64(h.checkRowId);
    dir.str(h.checkHash);
    dir.i64(h.indexedRows);
    dir.u32(quint32(source.rowAddresses.size() + source.messageSets.size()));
    for (const QString& address : source.rowAddresses) {
        const auto rows = source.rowsOf(address);
        if (!rows)
            return fail(QStringLiteral("the rows of %1 could not be read back").arg(address));
        section(SectionKind::Rows, address, 0,
                QByteArrayView(reinterpret_cast<const char*>(rows->data()),
                               qsizetype(rows->size() * sizeof(qint64))));
    }
    for (auto it = source.messageSets.cbegin(); it != source.messageSets.cend(); ++it)
        section(SectionKind::MessageSet, it.key(), it->upToRowId, it->encoded);
    const QByteArray digest = crypto::sha256(dir.out());
    Writer trail;
    trail.i64(kLeadBytes + offset);
    trail.raw(digest.constData(), size_t(digest.size()));
    written =
        written && out.write(dir.out()) == dir.out().size() && out.write(trail.out()) == trail.out().size();
    if (!written || !out.commit())
        return fail(out.errorString());
    return {};
}

Result<void> savePersistedIndex(const QString& file, const PersistedIndex& index) {
    PersistedIndexSource source;
    source.header = index.header;
    source.rowAddresses = index.messageRows.keys();
    source.rowsOf = [&index](const QString& address) -> std::optional<std::vector<qint64>> {
        return index.messageRows.value(address);
    };
    source.messageSets = index.messageSets;
    return savePersistedIndex(file, source);
}

std::optional<PersistedIndexFile> PersistedIndexFile::open(const QString& file, QString* why) {
    const auto fail = [why](const QString& reason) -> std::optional<PersistedIndexFile> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    PersistedIndexFile f;
    f.m_file = std::make_shared<QFile>(file);
    if (!f.m_file->open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no index file"));
    f.m_size = f.m_file->size();
    if (f.m_size > kMaxFileBytes)
        return fail(QStringLiteral("index file too large"));
    if (f.m_size < kLeadBytes + kTrailBytes)
        return fail(QStringLiteral("not an index file"));
    const QByteArray lead = f.m_file->read(kLeadBytes);
    if (lead.size() != kLeadBytes || std::memcmp(lead.constData(), kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not an index file"));
    if (Reader(QByteArrayView(lead).sliced(sizeof kMagic)).u32() != kVersion)
        return fail(QStringLiteral("unknown index version"));
    if (!f.m_file->seek(f.m_size - kTrailBytes))
        return fail(QStringLiteral("truncated index file"));
    const QByteArray trail = f.m_file->read(kTrailBytes);
    Reader t(trail);
    const qint64 dirOffset = t.i64();
    const qint64 dirEnd = f.m_size - kTrailBytes;
    if (!t.ok() || trail.size() != kTrailBytes || dirOffset < kLeadBytes || dirOffset > dirEnd ||
        dirEnd - dirOffset > kMaxDirectoryBytes)
        return fail(QStringLiteral("truncated index file"));
    if (!f.m_file->seek(dirOffset))
        return fail(QStringLiteral("truncated index file"));
    const QByteArray dir = f.m_file->read(dirEnd - dirOffset);
    if (dir.size() != dirEnd - dirOffset || crypto::sha256(dir) != trail.mid(8))
        return fail(QStringLiteral("checksum mismatch"));
    Reader r(dir);
    PersistedIndexHeader& h = f.m_header;
    h.identity.path = r.str();
    h.identity.chainId = r.str();
    h.identity.device = quint64(r.i64());
    h.identity.inode = quint64(r.i64());
    h.identity.birthNs = r.i64();
    h.lastRowId = r.i64();
    h.checkRowId = r.i64();
    h.checkHash = r.str();
    h.indexedRows = r.i64();
    const quint32 sections = r.u32();
    // An entry costs at least 1 + 4 + 3 * 8 + 32 bytes: a count the directory cannot hold is refused
    // before anything is reserved.
    constexpr qint64 kMinEntryBytes = 1 + 4 + 3 * 8 + kHashSize;
    if (!r.ok() || qint64(sections) * kMinEntryBytes > r.left())
        return fail(QStringLiteral("bad section count"));
    const qint64 dataBytes = dirOffset - kLeadBytes;
    for (quint32 i = 0; i < sections; ++i) {
        const auto kind = SectionKind(r.u8());
        const QString address = r.str();
        Section s;
        s.upToRowId = r.i64();
        s.offset = r.i64();
        s.length = r.i64();
        s.digest.resize(kHashSize);
        r.raw(s.digest.data(), kHashSize);
        if (!r.ok() || s.offset < 0 || s.length < 0 || s.offset > dataBytes ||
            s.length > dataBytes - s.offset)
            return fail(QStringLiteral("section outside the file"));
        if (kind == SectionKind::Rows) {
            if (s.length % qint64(sizeof(qint64)) != 0)
                return fail(QStringLiteral("bad row section"));
            f.m_rows.insert(address, s);
        } else if (kind == SectionKind::MessageSet) {
            f.m_sets.insert(address, s);
        } // other kinds (a later version's records) are skipped
    }
    if (r.left() != 0)
        return fail(QStringLiteral("directory length mismatch"));
    return f;
}

qint64 PersistedIndexFile::rowCount(const QString& address) const {
    return m_rows.value(address).length / qint64(sizeof(qint64));
}

std::optional<QByteArray> PersistedIndexFile::readSection(const Section& s, QString* why) const {
    QByteArray bytes;
    if (m_file->seek(kLeadBytes + s.offset))
        bytes = m_file->read(s.length);
    if (bytes.size() != s.length) {
        if (why)
            *why = QStringLiteral("truncated index file");
        return std::nullopt;
    }
    if (crypto::sha256(bytes) != s.digest) {
        if (why)
            *why = QStringLiteral("checksum mismatch");
        return std::nullopt;
    }
    return bytes;
}

std::optional<std::vector<qint64>> PersistedIndexFile::rows(const QString& address, QString* why) const {
    const auto it = m_rows.constFind(address);
    if (it == m_rows.cend())
        return std::vector<qint64>{};
    const auto bytes = readSection(*it, why);
    if (!bytes)
        return std::nullopt;
    std::vector<qint64> ids(size_t(bytes->size()) / sizeof(qint64));
    std::memcpy(ids.data(), bytes->constData(), ids.size() * sizeof(qint64));
    if (!std::is_sorted(ids.begin(), ids.end())) {
        if (why)
            *why = QStringLiteral("row ids out of order");
        return std::nullopt;
    }
    return ids;
}

std::optional<PersistedMessageSet> PersistedIndexFile::messageSet(const QString& address,
                                                                  QString* why) const {
    const auto it = m_sets.constFind(address);
    if (it == m_sets.cend()) {
        if (why)
            *why = QStringLiteral("no message set");
        return std::nullopt;
    }
    const auto bytes = readSection(*it, why);
    if (!bytes)
        return std::nullopt;
    return PersistedMessageSet{it->upToRowId, *bytes};
}

std::optional<PersistedIndex> loadPersistedIndex(const QString& file, QString* why) {
    auto f = PersistedIndexFile::open(file, why);
    if (!f)
        return std::nullopt;
    PersistedIndex index;
    index.header = f->header();
    for (const QString& address : f->rowAddresses()) {
        auto rows = f->rows(address, why);
        if (!rows)
            return std::nullopt;
        index.messageRows.insert(address, std::move(*rows));
    }
    for (const QString& address : f->messageSetAddresses()) {
        auto set = f->messageSet(address, why);
        if (!set)
            return std::nullopt;
        index.messageSets.insert(address, std::move(*set));
    }
    return index;
}

} // namespace aitbc::chain
