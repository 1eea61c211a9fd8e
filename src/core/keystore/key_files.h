#pragma once

#include "crypto/ed25519.h"
#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace aitbc::keystore {

/// A password file larger than this is refused unread: a password is a line, not a stream.
constexpr qint64 kMaxPasswordFileBytes = 4096;

/// Set (to any value but "0") to accept password files that the group or others may access, as the
/// `--allow-insecure-password-file` option of aitbc-agent does.
constexpr char kAllowInsecurePasswordFileEnv[] = "AITBC_ALLOW_INSECURE_PASSWORD_FILE";

/// Whether a password file may be accessible by the group or others.
enum class PasswordFileAccess {
    OwnerOnly,        ///< refuse group/other access (the default, like ssh for private keys)
    AllowGroupOrOther ///< accept it (the caller's explicit choice)
};
/// OwnerOnly unless kAllowInsecurePasswordFileEnv is set.
PasswordFileAccess passwordFileAccessFromEnvironment();

/// Reads a password file the way AITBC's tools write them: the whole content, trailing newlines (LF or
/// CRLF) removed. Refused, with an `error` that names the file: anything but a regular file (a FIFO or a
/// device such as /dev/zero would block or never end), a file over kMaxPasswordFileBytes, and (with
/// OwnerOnly) a file whose mode or ACL lets the group or others in. An ACL entry for the current user
/// is not "others": systemd hands LoadCredential= files to a service that way (mode 0440 + ACL).
/// The caller wipes the password after use.
Result<QByteArray> readPasswordFile(const QString& path,
                                    PasswordFileAccess access = passwordFileAccessFromEnvironment());

/// A keystore decrypted for signing: the key (OpenSSL's object only) and the file's address, verbatim.
struct SigningWallet {
    std::unique_ptr<crypto::Ed25519Key> key;
    QString address;
};

/// Decrypts `keystorePath` with the password in `passwordFile`, for headless signers (the CLI, the
/// devnet's demo agents). The password and the seed are wiped here. The error names the file and the
/// error kind (wrong password, corrupt file, …).
Result<SigningWallet> openWithPasswordFile(const QString& keystorePath, const QString& passwordFile,
                                           PasswordFileAccess access = passwordFileAccessFromEnvironment());

} // namespace aitbc::keystore
