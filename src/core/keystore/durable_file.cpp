#include "keystore/durable_file.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aitbc::keystore {

namespace {

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool fsyncFolder(const QByteArray& folder) {
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Result<void> writeFileDurably(const QString& path, QByteArrayView bytes, DurableWrite mode) {
    const auto fail = [](const QString& message) -> Result<void> { return Error{message}; };
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    mode_t permissions = S_IRUSR | S_IWUSR;
    if (mode == DurableWrite::Replace) {
        struct stat st {};
        if (::stat(target.constData(), &st) == 0)
            permissions = st.st_mode & 07777;
    } else if (::access(target.constData(), F_OK) == 0) {
        return fail(QStringLiteral("%1 already exists; refusing to overwrite a keystore").arg(path));
    }

    QByteArray temp = folder + "/." + QFile::encodeName(info.fileName()) + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return fail(QStringLiteral("cannot create a file in %1: %2").arg(info.absolutePath(), systemError()));
    bool keepTemp = false;
    const auto cleanup = qScopeGuard([&] {
        if (!keepTemp)
            ::unlink(temp.constData());
    });
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, std::size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = systemError();
            ::close(fd);
            return fail(QStringLiteral("cannot write %1: %2").arg(path, why));
        }
        data += n;
        left -= n;
    }
    if ((permissions != (S_IRUSR | S_IWUSR) && ::fchmod(fd, permissions) != 0) || ::fsync(fd) != 0) {
        const QString why = systemError();
        ::close(fd);
        return fail(QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    if (::close(fd) != 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(path, systemError()));

    if (mode == DurableWrite::CreateNew) {
        // link() fails with EEXIST when a file appeared meanwhile: a keystore is never replaced.
        if (::link(temp.constData(), target.constData()) != 0) {
            if (errno == EEXIST)
                return fail(QStringLiteral("%1 already exists; refusing to overwrite a keystore").arg(path));
            return fail(QStringLiteral("cannot create %1: %2").arg(path, systemError()));
        }
    } else if (::rename(temp.constData(), target.constData()) != 0) {
        return fail(QStringLiteral("cannot replace %1: %2").arg(path, systemError()));
    } else {
        keepTemp = true; // renamed: the temporary name no longer exists
    }
    if (!fsyncFolder(folder))
        return fail(QStringLiteral("cannot sync the folder of %1: %2").arg(path, systemError()));
    return {};
}

} // namespace aitbc::keystore
