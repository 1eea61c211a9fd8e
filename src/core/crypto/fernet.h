#pragma once

#include "crypto/crypto_error.h"
#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace aitbc::crypto {

/// Fernet (the `cryptography` package's format, version byte 0x80): AES-128-CBC with PKCS#7 padding and an
/// HMAC-SHA256 over version ‖ timestamp ‖ IV ‖ ciphertext. `key` is the 32 raw key bytes (signing key first,
/// then encryption key), i.e. the urlsafe-base64-decoded Fernet key. Used by the Fernet keystores (§3.3).
///
/// `token` is the token's ASCII text (urlsafe base64). Decryption does not enforce a TTL (the keystore
/// readers do not either). An HMAC mismatch is Kind::AuthenticationFailed; bad framing is Kind::InvalidInput.
Result<SecureBytes, CryptoError> fernetDecrypt(QByteArrayView key, QByteArrayView token);

/// Builds a Fernet token (ASCII). `timestamp` is seconds since the epoch; `iv` must be 16 bytes (pass
/// randomBytes(16) outside tests).
Result<QByteArray, CryptoError> fernetEncrypt(QByteArrayView key, QByteArrayView plaintext, quint64 timestamp,
                                              QByteArrayView iv);

} // namespace aitbc::crypto
