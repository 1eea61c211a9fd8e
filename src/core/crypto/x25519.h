#pragma once

#include "crypto/crypto_error.h"
#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace aitbc::crypto {

/// An X25519 key pair (RFC 7748) for the agent protocol's encryption (docs/agent-protocol.md). The
/// private scalar lives in locked memory and is wiped with the object. Move-only.
class X25519Key {
public:
    static constexpr int kKeySize = 32;

    /// The key pair whose private key is these 32 bytes (clamped by X25519 itself). Any other length is
    /// Kind::InvalidInput.
    static Result<X25519Key, CryptoError> fromPrivate(QByteArrayView privateKey);
    /// A fresh random key pair (RAND_priv_bytes), for the per-message ephemeral key.
    static X25519Key generate();
    /// The encryption key pair of a wallet: private key = HKDF-SHA256(ikm = the 32-byte Ed25519 seed,
    /// salt = empty, info = "AITBC-AGENT-X25519-1", 32 bytes). Domain-separated, so nothing new is stored
    /// and the signing key is never reused for key agreement.
    static Result<X25519Key, CryptoError> fromEd25519Seed(QByteArrayView seed);

    X25519Key(X25519Key&&) noexcept = default;
    X25519Key& operator=(X25519Key&&) noexcept = default;

    const QByteArray& publicKey() const { return m_publicKey; }
    /// The 32-byte shared secret with `peerPublic`. An all-zero result (a small-order peer key) is
    /// Kind::InvalidInput, as RFC 7748 §6.1 allows a party to check.
    Result<SecureBytes, CryptoError> agree(QByteArrayView peerPublic) const;

private:
    X25519Key() = default;
    SecureBytes m_private;
    QByteArray m_publicKey;
};

/// Info string of the wallet-seed derivation.
inline constexpr char kX25519SeedInfo[] = "AITBC-AGENT-X25519-1";

} // namespace aitbc::crypto
