#pragma once
// Shared by cmd_message.cpp and cmd_daemon.cpp (header only: the CLI's CMake compiles cmd_*.cpp files).

#include "cli.h"
#include "keystore/key_files.h"
#include "util/error.h"

#include <QStandardPaths>

namespace aitbc::cli::messagecli {

/// Reads and decrypts `--keystore FILE` with `--password-file PF` (keystore::openWithPasswordFile: the
/// password and the seed are wiped there). The error names what is missing or wrong.
inline Result<keystore::SigningWallet> unlockWallet(const QString& keystorePath,
                                                    const QString& passwordFile) {
    if (keystorePath.isEmpty() || passwordFile.isEmpty())
        return Error{QStringLiteral("--keystore FILE and --password-file PF are required")};
    return keystore::openWithPasswordFile(keystorePath, passwordFile);
}

/// `<AppDataLocation of aitbc-agent>/<name>`.
inline QString dataFile(const QString& name) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') + name;
}

} // namespace aitbc::cli::messagecli
