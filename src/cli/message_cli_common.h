#pragma once
// Shared by cmd_message.cpp and cmd_daemon.cpp (header only: the CLI's CMake compiles cmd_*.cpp files).

#include "cli.h"
#include "crypto/ed25519.h"
#include "keystore/keystore.h"

#include <QFile>
#include <QStandardPaths>

#include <memory>
#include <optional>

namespace aitbc::cli::messagecli {

/// An unlocked keystore: the signing key and the file's address (verbatim, §2.1).
struct UnlockedWallet {
    std::unique_ptr<crypto::Ed25519Key> key;
    QString address;
};

/// Reads and decrypts `--keystore FILE` with `--password-file PF`. The password and the seed are wiped
/// here; only OpenSSL's key object keeps the key. Returns std::nullopt with a distinct message.
inline std::optional<UnlockedWallet> unlockWallet(const QString& keystorePath, const QString& passwordFile,
                                                  QString* error) {
    if (keystorePath.isEmpty() || passwordFile.isEmpty()) {
        *error = QStringLiteral("--keystore FILE and --password-file PF are required");
        return std::nullopt;
    }
    QFile f(keystorePath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read keystore %1: %2").arg(keystorePath, f.errorString());
        return std::nullopt;
    }
    const QByteArray fileBytes = f.readAll();
    QByteArray password;
    if (!readPasswordFile(passwordFile, password, error))
        return std::nullopt;
    auto unlocked = keystore::unlock(fileBytes, password);
    crypto::SecureBytes::takeFrom(password); // wipes the QByteArray copy
    if (!unlocked.ok()) {
        *error =
            QStringLiteral("%1 (%2): %3")
                .arg(keystorePath, keystore::errorKindName(unlocked.error().kind), unlocked.error().message);
        return std::nullopt;
    }
    auto key = crypto::Ed25519Key::fromSeed(unlocked->seed.view());
    if (!key.ok()) {
        *error = key.error().message;
        return std::nullopt;
    }
    UnlockedWallet w;
    w.key = std::make_unique<crypto::Ed25519Key>(std::move(key).value());
    w.address = unlocked->address;
    if (w.address.isEmpty()) {
        *error = QStringLiteral("keystore %1 has no address").arg(keystorePath);
        return std::nullopt;
    }
    return w;
}

/// `<AppDataLocation of aitbc-agent>/<name>`.
inline QString dataFile(const QString& name) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') + name;
}

} // namespace aitbc::cli::messagecli
