#pragma once
// Shared by cmd_message.cpp and cmd_daemon.cpp (header only: the CLI's CMake compiles cmd_*.cpp files).

#include "cli.h"
#include "keystore/key_files.h"

#include <QStandardPaths>

#include <optional>

namespace aitbc::cli::messagecli {

/// Reads and decrypts `--keystore FILE` with `--password-file PF` (keystore::openWithPasswordFile: the
/// password and the seed are wiped there). Returns std::nullopt with a distinct message.
inline std::optional<keystore::SigningWallet> unlockWallet(const QString& keystorePath,
                                                           const QString& passwordFile, QString* error) {
    if (keystorePath.isEmpty() || passwordFile.isEmpty()) {
        *error = QStringLiteral("--keystore FILE and --password-file PF are required");
        return std::nullopt;
    }
    auto wallet = keystore::openWithPasswordFile(keystorePath, passwordFile);
    if (!wallet) {
        *error = wallet.error().message;
        return std::nullopt;
    }
    return std::move(wallet).value();
}

/// `<AppDataLocation of aitbc-agent>/<name>`.
inline QString dataFile(const QString& name) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') + name;
}

} // namespace aitbc::cli::messagecli
