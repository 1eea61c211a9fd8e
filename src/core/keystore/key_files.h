#pragma once

#include "crypto/ed25519.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace aitbc::keystore {

/// Reads a password file the way AITBC's tools write them: the whole content, trailing newlines (LF or
/// CRLF) removed. False with `error` when the file cannot be read.
bool readPasswordFile(const QString& path, QByteArray& password, QString* error);

/// A keystore decrypted for signing: the key (OpenSSL's object only) and the file's address, verbatim.
struct SigningWallet {
    std::unique_ptr<crypto::Ed25519Key> key;
    QString address;
};

/// Decrypts `keystorePath` with the password in `passwordFile`, for headless signers (the CLI, the
/// devnet's demo agents). The password and the seed are wiped here. std::nullopt with a message that
/// names the file and the error kind (wrong password, corrupt file, …).
std::optional<SigningWallet> openWithPasswordFile(const QString& keystorePath, const QString& passwordFile,
                                                  QString* error);

} // namespace aitbc::keystore
