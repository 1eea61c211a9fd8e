#include "test_keystores.h"

#include "keystore/keystore.h"

#include <QDir>
#include <QFile>

namespace aitbc::test {

namespace {
void writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() ||
        !f.setPermissions(permissions))
        qFatal("test: cannot write %s: %s", qPrintable(path), qPrintable(f.errorString()));
}
} // namespace

QString writeTestKeystore(const QString& folder, const QString& name, char fill, const QByteArray& password,
                          PasswordFile passwordFile) {
    keystore::CreateOptions options;
    options.iterations = 1000;
    const auto bytes = keystore::createFromSeed(QByteArray(32, fill), password, options);
    if (!bytes.ok())
        qFatal("test: keystore: %s", qPrintable(bytes.error().message));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".json"));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    writeFile(path, bytes.value(), ownerOnly);
    if (passwordFile == PasswordFile::Yes)
        writeFile(QDir(folder).filePath(name + QStringLiteral(".password")), password + '\n', ownerOnly);
    return path;
}

} // namespace aitbc::test
