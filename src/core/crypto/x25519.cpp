#include "crypto/x25519.h"

#include "crypto/hkdf.h"
#include "crypto/primitives.h"

#include <openssl/evp.h>

#include <memory>

namespace aitbc::crypto {

namespace {
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

CryptoError error(CryptoError::Kind kind, const char* message) {
    return CryptoError{kind, QString::fromLatin1(message)};
}

PKey privateKey(const SecureBytes& raw) {
    return PKey(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, raw.data(), raw.size()),
                &EVP_PKEY_free);
}
} // namespace

Result<X25519Key, CryptoError> X25519Key::fromPrivate(QByteArrayView privateKeyBytes) {
    if (privateKeyBytes.size() != kKeySize)
        return error(CryptoError::Kind::InvalidInput, "an X25519 private key has 32 bytes");
    X25519Key key;
    key.m_private = SecureBytes::copyOf(privateKeyBytes);
    PKey pkey = privateKey(key.m_private);
    if (!pkey)
        return error(CryptoError::Kind::Internal, "OpenSSL refused the X25519 private key");
    QByteArray pub(kKeySize, Qt::Uninitialized);
    std::size_t len = std::size_t(pub.size());
    if (EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char*>(pub.data()), &len) != 1 ||
        len != std::size_t(kKeySize))
        return error(CryptoError::Kind::Internal, "OpenSSL gave no X25519 public key");
    key.m_publicKey = pub;
    return key;
}

X25519Key X25519Key::generate() {
    SecureBytes raw = randomSecret(kKeySize);
    auto key = fromPrivate(raw.view());
    if (!key)
        qFatal("X25519 key generation failed");
    return std::move(key.value());
}

Result<X25519Key, CryptoError> X25519Key::fromEd25519Seed(QByteArrayView seed) {
    if (seed.size() != 32)
        return error(CryptoError::Kind::InvalidInput, "an Ed25519 seed has 32 bytes");
    SecureBytes raw = hkdfSha256(seed, {}, QByteArrayView(kX25519SeedInfo), kKeySize);
    if (raw.isEmpty())
        return error(CryptoError::Kind::Internal, "HKDF failed");
    return fromPrivate(raw.view());
}

Result<SecureBytes, CryptoError> X25519Key::agree(QByteArrayView peerPublic) const {
    if (peerPublic.size() != kKeySize)
        return error(CryptoError::Kind::InvalidInput, "an X25519 public key has 32 bytes");
    PKey mine = privateKey(m_private);
    PKey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr,
                                          reinterpret_cast<const unsigned char*>(peerPublic.data()),
                                          std::size_t(peerPublic.size())),
              &EVP_PKEY_free);
    if (!mine || !peer)
        return error(CryptoError::Kind::InvalidInput, "OpenSSL refused the X25519 key");
    PKeyCtx ctx(EVP_PKEY_CTX_new(mine.get(), nullptr), &EVP_PKEY_CTX_free);
    SecureBytes shared{std::size_t(kKeySize)};
    std::size_t len = shared.size();
    // OpenSSL itself fails the derivation when the result is all zero (a small-order peer point).
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), shared.data(), &len) != 1 || len != shared.size())
        return error(CryptoError::Kind::InvalidInput, "X25519 key agreement failed (invalid peer key)");
    if (shared.equals(QByteArray(kKeySize, '\0')))
        return error(CryptoError::Kind::InvalidInput, "X25519 key agreement gave zero (invalid peer key)");
    return shared;
}

} // namespace aitbc::crypto
