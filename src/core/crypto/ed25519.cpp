#include "crypto/ed25519.h"

#include "crypto/primitives.h"

#include <openssl/err.h>
#include <openssl/evp.h>

namespace aitbc::crypto {

namespace {
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
const unsigned char* u8(QByteArrayView v) {
    return reinterpret_cast<const unsigned char*>(v.data());
}
} // namespace

void Ed25519Key::Free::operator()(EVP_PKEY* p) const {
    EVP_PKEY_free(p);
}

void Ed25519Key::Free::operator()(EVP_MD_CTX* p) const {
    EVP_MD_CTX_free(p);
}

Ed25519Key::~Ed25519Key() = default;

Result<Ed25519Key, CryptoError> Ed25519Key::fromSeed(QByteArrayView seed) {
    if (seed.size() != kSeedSize)
        return CryptoError{CryptoError::Kind::InvalidInput,
                           QStringLiteral("Ed25519 seed must be 32 bytes, got %1").arg(seed.size())};
    Ed25519Key key;
    key.m_key.reset(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u8(seed), std::size_t(seed.size())));
    if (!key.m_key)
        return CryptoError{CryptoError::Kind::Internal, QStringLiteral("OpenSSL rejected the Ed25519 seed")};
    QByteArray pub(kPublicKeySize, Qt::Uninitialized);
    std::size_t len = std::size_t(pub.size());
    if (EVP_PKEY_get_raw_public_key(key.m_key.get(), reinterpret_cast<unsigned char*>(pub.data()), &len) !=
            1 ||
        len != kPublicKeySize)
        return CryptoError{CryptoError::Kind::Internal,
                           QStringLiteral("cannot derive the Ed25519 public key")};
    key.m_publicKey = pub;
    return key;
}

Ed25519Key Ed25519Key::generate() {
    const SecureBytes seed = randomSecret(kSeedSize);
    return std::move(fromSeed(seed.view()).value());
}

QByteArray Ed25519Key::sign(QByteArrayView message) const {
    QByteArray sig(kSignatureSize, Qt::Uninitialized);
    signInto(message, reinterpret_cast<unsigned char*>(sig.data()));
    return sig;
}

namespace {
bool signWith(EVP_MD_CTX* ctx, QByteArrayView message, unsigned char* out) {
    std::size_t len = Ed25519Key::kSignatureSize;
    return EVP_DigestSign(ctx, out, &len, u8(message), std::size_t(message.size())) == 1 &&
           len == Ed25519Key::kSignatureSize;
}
bool initFor(EVP_MD_CTX* ctx, EVP_PKEY* key) {
    return EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key) == 1;
}
} // namespace

void Ed25519Key::signInto(QByteArrayView message, unsigned char* out) const {
    // A moved-from key has no context and no key; signing with it is a programming error.
    if (m_signContext && m_key) {
        std::unique_lock lock(m_signContext->mutex, std::try_to_lock);
        if (lock.owns_lock()) {
            auto& ctx = m_signContext->ctx;
            if (!ctx) {
                ctx.reset(EVP_MD_CTX_new());
                if (ctx && !initFor(ctx.get(), m_key.get()))
                    ctx.reset();
            }
            // Ed25519 signs in one shot, and OpenSSL 3.0 lets a context sign again without a new init.
            // Versions that refuse get the init they ask for, then the context is ready again.
            if (ctx && signWith(ctx.get(), message, out))
                return;
            ERR_clear_error();
            if (ctx && initFor(ctx.get(), m_key.get()) && signWith(ctx.get(), message, out))
                return;
            ctx.reset();
        }
    }
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || !m_key || !initFor(ctx.get(), m_key.get()) || !signWith(ctx.get(), message, out))
        qFatal("Ed25519 signing failed"); // cannot happen with a valid key; never sign garbage silently
}

SecureBytes Ed25519Key::seed() const {
    SecureBytes out{kSeedSize};
    std::size_t len = kSeedSize;
    if (EVP_PKEY_get_raw_private_key(m_key.get(), out.data(), &len) != 1 || len != kSeedSize)
        return {};
    return out;
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature) {
    if (publicKey.size() != Ed25519Key::kPublicKeySize || signature.size() != Ed25519Key::kSignatureSize)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u8(publicKey), std::size_t(publicKey.size())),
        &EVP_PKEY_free);
    if (!pkey)
        return false;
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), u8(signature), std::size_t(signature.size()), u8(message),
                            std::size_t(message.size())) == 1;
}

} // namespace aitbc::crypto
