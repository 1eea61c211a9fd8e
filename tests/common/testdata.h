#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

namespace aitbc::test {

/// Path of a file in the read-only reference data (tests/data, see its README).
inline QString testDataPath(const QString& relative) {
    return QDir(QStringLiteral(AITBC_TESTDATA_DIR)).filePath(relative);
}

inline QByteArray readTestData(const QString& relative) {
    QFile f(testDataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

/// Copies a reference file (and its -wal/-shm companions, if any) into `dir` and returns the copy's path:
/// tests never open the shared databases in place.
inline QString copyTestData(const QString& relative, const QTemporaryDir& dir, const QString& newName = {}) {
    const QString src = testDataPath(relative);
    const QString dst = dir.filePath(newName.isEmpty() ? QFileInfo(src).fileName() : newName);
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString s = src + QLatin1String(suffix);
        if (QFile::exists(s)) {
            QFile::remove(dst + QLatin1String(suffix));
            if (!QFile::copy(s, dst + QLatin1String(suffix)))
                qFatal("cannot copy %s", qPrintable(s));
            QFile(dst + QLatin1String(suffix)).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    return dst;
}

} // namespace aitbc::test
