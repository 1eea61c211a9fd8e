#pragma once

#include "keystore/keystore.h"
#include "json/value.h"

#include <QByteArray>

namespace aitbc::keystore::detail {

enum class CipherFamily { AesGcm, Fernet };

/// A keystore file parsed and validated far enough that decryption can start: every encoded field is
/// decoded, every length and the iteration count checked. Nothing here is secret.
struct Parsed {
    json::Value root;
    bool nestedCrypto = true; ///< `crypto` object vs fields at top level (§3.2)
    CipherFamily family = CipherFamily::AesGcm;
    Info info;
    QByteArray salt;          ///< AES: kdfparams.salt; Fernet: kdfparams.salt, else cipherparams.salt
    QByteArray alternateSalt; ///< Fernet only: cipherparams.salt when it differs from `salt`
    QByteArray nonce;         ///< AES only
    QByteArray ciphertext;    ///< AES: ciphertext ‖ tag; Fernet: the token's ASCII text
    int dklen = 32;
    bool hasMac = false;
};

Result<Parsed, KeystoreError> parse(QByteArrayView fileBytes);

/// Builds an error; keeps construction sites short.
inline KeystoreError fail(ErrorKind kind, const QString& message) {
    return KeystoreError{kind, message};
}

} // namespace aitbc::keystore::detail
