#include "chain/message_index_file.h"

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
constexpr quint32 kVersion = 1;
constexpr int kHashSize = 32;
/// An index of a chain far larger than any real one (tens of millions of rows) stays below this; a
/// bigger file is not read into memory.
constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;

// Numbers are written in the machine's byte order: the file is a cache of this machine, never shared, and
// a file from another machine fails the identity check anyway.
class Writer {
public:
    void u8(quint8 v) { m_out.append(char(v)); }
    void u32(quint32 v) { raw(&v, sizeof v); }
    void i64(qint64 v) { raw(&v, sizeof v); }
    void str(const QString& s) {
        const QByteArray utf8 = s.toUtf8();
        u32(quint32(utf8.size()));
        m_out.append(utf8);
    }
    QByteArray& bytes() { return m_out; }

private:
    void raw(const void* p, std::size_t n) { m_out.append(static_cast<const char*>(p), qsizetype(n)); }
    QByteArray m_out;
};

class Reader {
public:
    explicit Reader(QByteArrayView in)
        : m_in(in) {}
    bool ok() const { return m_ok; }
    qsizetype left() const { return m_in.size() - m_pos; }
    quint8 u8() {
        quint8 v = 0;
        raw(&v, 1);
        return v;
    }
    quint32 u32() {
        quint32 v = 0;
        raw(&v, sizeof v);
        return v;
    }
    qint64 i64() {
        qint64 v = 0;
        raw(&v, sizeof v);
        return v;
    }
    QString str() {
        const quint32 n = u32();
        if (!m_ok || n > quint32(left())) {
            m_ok = false;
            return {};
        }
        const QString s = QString::fromUtf8(m_in.data() + m_pos, qsizetype(n));
        m_pos += n;
        return s;
    }
    void skip(qint64 n) {
        if (n < 0 || n > left())
            m_ok = false;
        else
            m_pos += n;
    }

private:
    void raw(void* p, std::size_t n) {
        if (!m_ok || qsizetype(n) > left()) {
            m_ok = false;
            return;
        }
        std::memcpy(p, m_in.data() + m_pos, n);
        m_pos += qsizetype(n);
    }
    QByteArrayView m_in;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

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

bool savePersistedIndex(const QString& file, const PersistedIndex& index, QString* error) {
    Writer w;
    w.bytes().append(kMagic, sizeof kMagic);
    w.u32(kVersion);
    w.str(index.identity.path);
    w.str(index.identity.chainId);
    w.i64(qint64(index.identity.device));
    w.i64(qint64(index.identity.inode));
    w.i64(index.identity.birthNs);
    w.i64(index.lastRowId);
    w.i64(index.checkRowId);
    w.str(index.checkHash);
    w.i64(index.indexedRows);
    w.u32(1); // sections
    // A section: kind, byte length (so an unknown kind can be skipped), then its records.
    w.u8(quint8(PersistedIndex::Kind::Messages));
    const qsizetype lengthAt = w.bytes().size();
    w.i64(0);
    w.u32(quint32(index.messageRows.size()));
    for (auto it = index.messageRows.cbegin(); it != index.messageRows.cend(); ++it) {
        w.str(it.key());
        w.u32(quint32(it.value().size()));
        w.bytes().append(reinterpret_cast<const char*>(it.value().data()),
                         qsizetype(it.value().size() * sizeof(qint64)));
    }
    const qint64 sectionBytes = w.bytes().size() - lengthAt - qsizetype(sizeof(qint64));
    std::memcpy(w.bytes().data() + lengthAt, &sectionBytes, sizeof sectionBytes);
    w.bytes().append(crypto::sha256(w.bytes()));

    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(QFileInfo(file).absolutePath());
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(w.bytes()) != w.bytes().size() || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

std::optional<PersistedIndex> loadPersistedIndex(const QString& file, QString* why) {
    const auto fail = [why](const QString& reason) -> std::optional<PersistedIndex> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no index file"));
    if (in.size() > kMaxFileBytes)
        return fail(QStringLiteral("index file too large"));
    const QByteArray bytes = in.readAll();
    if (bytes.size() < qsizetype(sizeof kMagic) + kHashSize ||
        std::memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not an index file"));
    const QByteArrayView body(bytes.constData(), bytes.size() - kHashSize);
    if (crypto::sha256(body) != bytes.right(kHashSize))
        return fail(QStringLiteral("checksum mismatch"));
    Reader r(body);
    r.skip(sizeof kMagic);
    if (r.u32() != kVersion)
        return fail(QStringLiteral("unknown index version"));
    PersistedIndex index;
    index.identity.path = r.str();
    index.identity.chainId = r.str();
    index.identity.device = quint64(r.i64());
    index.identity.inode = quint64(r.i64());
    index.identity.birthNs = r.i64();
    index.lastRowId = r.i64();
    index.checkRowId = r.i64();
    index.checkHash = r.str();
    index.indexedRows = r.i64();
    const quint32 sections = r.u32();
    for (quint32 s = 0; r.ok() && s < sections; ++s) {
        const auto kind = PersistedIndex::Kind(r.u8());
        const qint64 length = r.i64();
        if (!r.ok() || length < 0 || length > r.left())
            return fail(QStringLiteral("truncated section"));
        if (kind != PersistedIndex::Kind::Messages) {
            r.skip(length);
            continue;
        }
        const qsizetype end = r.left() - qsizetype(length);
        const quint32 addresses = r.u32();
        // Each address costs at least 8 bytes (two lengths): a count the section cannot hold is refused
        // before anything is reserved.
        if (qint64(addresses) * 8 > length)
            return fail(QStringLiteral("bad address count"));
        index.messageRows.reserve(qsizetype(addresses));
        for (quint32 a = 0; r.ok() && a < addresses; ++a) {
            const QString address = r.str();
            const quint32 n = r.u32();
            if (!r.ok() || qint64(n) * qint64(sizeof(qint64)) > r.left() - end)
                return fail(QStringLiteral("bad row count"));
            std::vector<qint64> ids(n);
            for (quint32 i = 0; i < n; ++i)
                ids[i] = r.i64();
            if (!std::is_sorted(ids.begin(), ids.end()))
                return fail(QStringLiteral("row ids out of order"));
            index.messageRows.insert(address, std::move(ids));
        }
        if (r.left() != end)
            return fail(QStringLiteral("section length mismatch"));
    }
    if (!r.ok() || r.left() != 0)
        return fail(QStringLiteral("truncated index file"));
    return index;
}

} // namespace aitbc::chain
