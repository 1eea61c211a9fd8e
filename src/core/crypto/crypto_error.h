#pragma once

#include <QString>

namespace aitbc::crypto {

/// Why a cryptographic operation failed. Authentication failures are kept apart from malformed input so
/// that callers can tell "wrong password" from "corrupt file".
struct CryptoError {
    enum class Kind {
        None,
        InvalidInput,         ///< wrong key/nonce/seed length, bad token framing
        AuthenticationFailed, ///< GCM tag or Fernet HMAC mismatch
        Internal,             ///< OpenSSL reported an unexpected failure
    };
    Kind kind = Kind::None;
    QString message;
};

} // namespace aitbc::crypto
