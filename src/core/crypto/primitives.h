#pragma once

#include "crypto/crypto_error.h"
#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace aitbc::crypto {

/// SHA-256 of `data` (32 raw bytes).
QByteArray sha256(QByteArrayView data);
/// HMAC-SHA256 (32 raw bytes).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
/// PBKDF2-HMAC-SHA256 through OpenSSL's PKCS5_PBKDF2_HMAC; the result is key material, so it is locked
/// and wiped. Returns an empty buffer if OpenSSL fails or the parameters are out of range.
SecureBytes pbkdf2HmacSha256(QByteArrayView password, QByteArrayView salt, int iterations, int length);
/// Cryptographically secure random bytes (OpenSSL RAND_bytes) for salts, nonces and IVs.
QByteArray randomBytes(int count);
/// Cryptographically secure random bytes generated directly into locked memory (new seeds).
SecureBytes randomSecret(int count);
/// Constant-time comparison.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// AES-256-GCM, no AAD, 16-byte tag appended to the ciphertext, as the AITBC keystores store it (§3.2).
/// `key` is 32 bytes, `nonce` 12 bytes.
Result<QByteArray, CryptoError> aes256GcmEncrypt(QByteArrayView key, QByteArrayView nonce,
                                                 QByteArrayView plaintext);
/// Inverse of aes256GcmEncrypt. A tag mismatch is Kind::AuthenticationFailed; input shorter than the tag is
/// Kind::InvalidInput.
Result<SecureBytes, CryptoError> aes256GcmDecrypt(QByteArrayView key, QByteArrayView nonce,
                                                  QByteArrayView ciphertextAndTag);

} // namespace aitbc::crypto
