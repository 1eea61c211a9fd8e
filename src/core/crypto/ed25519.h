#pragma once

#include "crypto/crypto_error.h"
#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <mutex>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace aitbc::crypto {

/// An Ed25519 signing key (RFC 8032, pure, no prehash), held by OpenSSL, which wipes the private key when
/// the object is destroyed. Move-only. The private key is the 32-byte seed (protocol.md §1.4).
class Ed25519Key {
public:
    static constexpr int kSeedSize = 32;
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;

    /// Derives the key pair from a 32-byte seed. Any other length is Kind::InvalidInput.
    static Result<Ed25519Key, CryptoError> fromSeed(QByteArrayView seed);
    /// A fresh random key (seed from RAND_priv_bytes).
    static Ed25519Key generate();

    Ed25519Key(Ed25519Key&&) noexcept = default;
    Ed25519Key& operator=(Ed25519Key&&) noexcept = default;
    ~Ed25519Key();

    /// The 32 raw public-key bytes.
    const QByteArray& publicKey() const { return m_publicKey; }
    /// The 64-byte signature of `message` (deterministic). Thread-safe; one thread at a time uses the
    /// key's prepared signing context, others fall back to a fresh one.
    QByteArray sign(QByteArrayView message) const;
    /// Writes the 64-byte signature of `message` to `out` (which must hold kSignatureSize bytes).
    void signInto(QByteArrayView message, unsigned char* out) const;
    /// The 32-byte seed, copied into locked memory (for writing a keystore).
    SecureBytes seed() const;

private:
    Ed25519Key() = default;
    struct Free {
        void operator()(EVP_PKEY* p) const;
        void operator()(EVP_MD_CTX* p) const;
    };
    /// Lazily prepared signing state, shared by moves. Setting up an Ed25519 signing context (provider
    /// fetch, key import into the context) costs about a tenth of a signature, so it is done once per key.
    struct SignContext {
        std::mutex mutex;
        std::unique_ptr<EVP_MD_CTX, Free> ctx;
    };
    std::unique_ptr<EVP_PKEY, Free> m_key;
    QByteArray m_publicKey;
    std::unique_ptr<SignContext> m_signContext = std::make_unique<SignContext>();
};

/// Verifies an Ed25519 signature. False for wrong sizes as well as for bad signatures.
bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace aitbc::crypto
