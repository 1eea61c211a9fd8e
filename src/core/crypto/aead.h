#pragma once

#include "crypto/crypto_error.h"
#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace aitbc::crypto {

/// ChaCha20-Poly1305 (RFC 8439) through OpenSSL EVP: 32-byte key, 12-byte nonce, the 16-byte tag appended
/// to the ciphertext. `associatedData` is authenticated, not encrypted.
inline constexpr int kAeadKeySize = 32;
inline constexpr int kAeadNonceSize = 12;
inline constexpr int kAeadTagSize = 16;

Result<QByteArray, CryptoError> chachaPolyEncrypt(QByteArrayView key, QByteArrayView nonce,
                                                  QByteArrayView plaintext, QByteArrayView associatedData);
/// Inverse of chachaPolyEncrypt. A wrong key, nonce, associated data or a changed byte is
/// Kind::AuthenticationFailed; wrong sizes are Kind::InvalidInput. The plaintext is returned in locked
/// memory.
Result<SecureBytes, CryptoError> chachaPolyDecrypt(QByteArrayView key, QByteArrayView nonce,
                                                   QByteArrayView ciphertextAndTag,
                                                   QByteArrayView associatedData);

} // namespace aitbc::crypto
