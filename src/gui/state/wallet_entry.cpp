#include "state/wallet_entry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aitbc::gui {

namespace {

/// Keystore files are a few hundred bytes; anything far larger is not one and is not read whole.
constexpr qint64 kMaxKeystoreSize = 1024 * 1024;

WalletEntry readEntry(const QString& path, const QString& source) {
    WalletEntry entry;
    const QFileInfo fi(path);
    entry.path = fi.absoluteFilePath();
    entry.name = fi.completeBaseName();
    entry.source = source;
    QFile file(path);
    if (fi.size() > kMaxKeystoreSize) {
        entry.error = QCoreApplication::translate("aitbc::gui::Wallets", "File too large for a keystore");
        return entry;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        entry.error = QCoreApplication::translate("aitbc::gui::Wallets", "Cannot read file: %1")
                          .arg(file.errorString());
        return entry;
    }
    const auto info = keystore::inspect(file.readAll());
    if (!info) {
        entry.error = info.error().message;
        return entry;
    }
    entry.info = info.value();
    entry.readable = true;
    return entry;
}

} // namespace

QList<WalletEntry> scanKeystoreSource(const QString& source) {
    QList<WalletEntry> result;
    const QFileInfo fi(source);
    if (fi.isDir()) {
        // Hidden files (.password, .agent_daemon_password) are password files, not keystores (§3.1).
        const QDir dir(source);
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            result.append(readEntry(dir.filePath(name), source));
    } else if (fi.isFile()) {
        result.append(readEntry(source, source));
    }
    return result;
}

} // namespace aitbc::gui
