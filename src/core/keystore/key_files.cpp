#include "keystore/key_files.h"

#include "crypto/secure_bytes.h"
#include "keystore/keystore.h"

#include <QFile>
#include <QScopeGuard>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace aitbc::keystore {

namespace {

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

/// The permission bits that the group and users other than the owner and this process's user get from
/// the file's POSIX access ACL; std::nullopt when the file has no ACL (the mode bits then say it all).
std::optional<unsigned> aclGroupOrOtherBits(int fd, uid_t owner) {
    char buffer[1024];
    const ssize_t n = ::fgetxattr(fd, "system.posix_acl_access", buffer, sizeof buffer);
    // 4-byte header, then 8-byte entries {le16 tag, le16 perm, le32 id} (linux/posix_acl_xattr.h). An ACL
    // too long for the buffer falls back to the mode bits, whose group bits then show the ACL mask: refused
    // unless nobody but the owner gets anything.
    if (n < 4 || (n - 4) % 8 != 0)
        return std::nullopt;
    constexpr unsigned kUser = 0x02, kGroupObj = 0x04, kGroup = 0x08, kMask = 0x10, kOther = 0x20;
    const auto le16 = [&](ssize_t at) {
        return unsigned(quint8(buffer[at])) | unsigned(quint8(buffer[at + 1])) << 8;
    };
    const auto le32 = [&](ssize_t at) { return quint32(le16(at)) | quint32(le16(at + 2)) << 16; };
    unsigned masked = 0, other = 0, mask = 7;
    for (ssize_t at = 4; at < n; at += 8) {
        const unsigned tag = le16(at), perm = le16(at + 2) & 7;
        const quint32 id = le32(at + 4);
        if (tag == kUser && id != ::geteuid() && id != owner)
            masked |= perm;
        else if (tag == kGroupObj || tag == kGroup)
            masked |= perm;
        else if (tag == kMask)
            mask = perm;
        else if (tag == kOther)
            other = perm;
    }
    return (masked & mask) | other;
}

QString octalMode(mode_t mode) {
    return QStringLiteral("0%1").arg(unsigned(mode & 07777), 3, 8, QLatin1Char('0'));
}

} // namespace

PasswordFileAccess passwordFileAccessFromEnvironment() {
    const QByteArray value = qgetenv(kAllowInsecurePasswordFileEnv);
    return value.isEmpty() || value == "0" ? PasswordFileAccess::OwnerOnly
                                           : PasswordFileAccess::AllowGroupOrOther;
}

Result<QByteArray> readPasswordFile(const QString& path, PasswordFileAccess access) {
    QByteArray password;
    const auto fail = [&](const QString& message) -> Result<QByteArray> {
        wipe(password);
        return Error{message};
    };
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below refuses it anyway.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fail(QStringLiteral("cannot read password file %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return fail(QStringLiteral("cannot read password file %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return fail(QStringLiteral("password file %1 is not a regular file (a pipe, device or folder would "
                                   "block or never end); put the password in a file of its own")
                        .arg(path));
    if (st.st_size > kMaxPasswordFileBytes)
        return fail(QStringLiteral("password file %1 is %2 bytes; a password file holds one line of at most "
                                   "%3 bytes")
                        .arg(path)
                        .arg(qint64(st.st_size))
                        .arg(kMaxPasswordFileBytes));
    if (access == PasswordFileAccess::OwnerOnly) {
        const auto acl = aclGroupOrOtherBits(fd, st.st_uid);
        const bool open = acl ? *acl != 0 : (st.st_mode & 077) != 0;
        if (open)
            return fail(QStringLiteral("password file %1 is accessible by group or others (mode %2%3): run "
                                       "'chmod 600 %1', or pass --allow-insecure-password-file (or set "
                                       "%4=1) to use it anyway")
                            .arg(path, octalMode(st.st_mode), acl ? QStringLiteral(" and an ACL") : QString(),
                                 QLatin1String(kAllowInsecurePasswordFileEnv)));
    }
    // One read into a buffer of the cap plus one byte: a file that grew since fstat is still bounded.
    password.resize(kMaxPasswordFileBytes + 1);
    qsizetype total = 0;
    while (total < password.size()) {
        const ssize_t n = ::read(fd, password.data() + total, std::size_t(password.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(QStringLiteral("cannot read password file %1: %2")
                            .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        total += n;
    }
    if (total > kMaxPasswordFileBytes)
        return fail(QStringLiteral("password file %1 is larger than %2 bytes; a password file holds one line")
                        .arg(path)
                        .arg(kMaxPasswordFileBytes));
    // Shrinking keeps the same block, so no unwiped copy of the password is left behind.
    password.truncate(total);
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    return password;
}

Result<SigningWallet> openWithPasswordFile(const QString& keystorePath, const QString& passwordFile,
                                           PasswordFileAccess access) {
    QFile f(keystorePath);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read keystore %1: %2").arg(keystorePath, f.errorString())};
    }
    // Keystores are under 1 KiB: a huge file is not one, and must not be read whole.
    constexpr qint64 kMaxKeystoreBytes = 1 << 20;
    const QByteArray fileBytes = f.read(kMaxKeystoreBytes + 1);
    if (fileBytes.size() > kMaxKeystoreBytes) {
        return Error{QStringLiteral("keystore %1 is larger than %2 bytes; not a keystore")
                         .arg(keystorePath)
                         .arg(kMaxKeystoreBytes)};
    }
    auto read = readPasswordFile(passwordFile, access);
    if (!read)
        return read.error();
    const crypto::SecureBytes secret = crypto::SecureBytes::takeFrom(read.value()); // wipes the QByteArray
    auto unlocked = keystore::unlock(fileBytes, secret.view());
    if (!unlocked.ok()) {
        return Error{QStringLiteral("%1 (%2): %3")
                         .arg(keystorePath, errorKindName(unlocked.error().kind), unlocked.error().message)};
    }
    auto key = crypto::Ed25519Key::fromSeed(unlocked->seed.view());
    if (!key.ok()) {
        return Error{key.error().message};
    }
    SigningWallet w;
    w.key = std::make_unique<crypto::Ed25519Key>(std::move(key).value());
    w.address = unlocked->address;
    if (w.address.isEmpty()) {
        return Error{QStringLiteral("keystore %1 has no address").arg(keystorePath)};
    }
    return w;
}

} // namespace aitbc::keystore
