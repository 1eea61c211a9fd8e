#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArrayView>

namespace aitbc::crypto {

/// HKDF-SHA256 (RFC 5869, extract then expand) through OpenSSL's EVP_KDF. An empty `salt` is the RFC's
/// default (32 zero bytes). The output is key material, so it is locked and wiped; empty when OpenSSL fails
/// or `length` is outside 1..8160.
SecureBytes hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length);

} // namespace aitbc::crypto
