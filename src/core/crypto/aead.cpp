#include "crypto/aead.h"

#include <openssl/evp.h>

#include <memory>

namespace aitbc::crypto {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* u8(QByteArrayView v) {
    return reinterpret_cast<const unsigned char*>(v.data());
}

CryptoError error(CryptoError::Kind kind, const char* message) {
    return CryptoError{kind, QString::fromLatin1(message)};
}

bool init(EVP_CIPHER_CTX* ctx, bool encrypt, QByteArrayView key, QByteArrayView nonce) {
    return EVP_CipherInit_ex(ctx, EVP_chacha20_poly1305(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, kAeadNonceSize, nullptr) == 1 &&
           EVP_CipherInit_ex(ctx, nullptr, nullptr, u8(key), u8(nonce), encrypt ? 1 : 0) == 1;
}

bool addAad(EVP_CIPHER_CTX* ctx, QByteArrayView ad) {
    int len = 0;
    return ad.isEmpty() || EVP_CipherUpdate(ctx, nullptr, &len, u8(ad), int(ad.size())) == 1;
}
} // namespace

Result<QByteArray, CryptoError> chachaPolyEncrypt(QByteArrayView key, QByteArrayView nonce,
                                                  QByteArrayView plaintext, QByteArrayView associatedData) {
    if (key.size() != kAeadKeySize || nonce.size() != kAeadNonceSize)
        return error(CryptoError::Kind::InvalidInput,
                     "ChaCha20-Poly1305 needs a 32-byte key and 12-byte nonce");
    if (plaintext.size() > (1 << 30) || associatedData.size() > (1 << 30))
        return error(CryptoError::Kind::InvalidInput, "input too large");
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + kAeadTagSize, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    int fin = 0;
    if (!ctx || !init(ctx.get(), true, key, nonce) || !addAad(ctx.get(), associatedData) ||
        (!plaintext.isEmpty() &&
         EVP_CipherUpdate(ctx.get(), o, &len, u8(plaintext), int(plaintext.size())) != 1) ||
        EVP_CipherFinal_ex(ctx.get(), o + len, &fin) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kAeadTagSize, o + plaintext.size()) != 1)
        return error(CryptoError::Kind::Internal, "OpenSSL ChaCha20-Poly1305 encryption failed");
    return out;
}

Result<SecureBytes, CryptoError> chachaPolyDecrypt(QByteArrayView key, QByteArrayView nonce,
                                                   QByteArrayView ciphertextAndTag,
                                                   QByteArrayView associatedData) {
    if (key.size() != kAeadKeySize || nonce.size() != kAeadNonceSize)
        return error(CryptoError::Kind::InvalidInput,
                     "ChaCha20-Poly1305 needs a 32-byte key and 12-byte nonce");
    if (ciphertextAndTag.size() < kAeadTagSize)
        return error(CryptoError::Kind::InvalidInput, "ciphertext shorter than the authentication tag");
    if (ciphertextAndTag.size() > (1 << 30) || associatedData.size() > (1 << 30))
        return error(CryptoError::Kind::InvalidInput, "input too large");
    const qsizetype n = ciphertextAndTag.size() - kAeadTagSize;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    SecureBytes out{std::size_t(n)};
    QByteArray tag = ciphertextAndTag.sliced(n).toByteArray();
    int len = 0;
    int fin = 0;
    if (!ctx || !init(ctx.get(), false, key, nonce) || !addAad(ctx.get(), associatedData) ||
        (n > 0 && EVP_CipherUpdate(ctx.get(), out.data(), &len, u8(ciphertextAndTag), int(n)) != 1) ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kAeadTagSize, tag.data()) != 1)
        return error(CryptoError::Kind::Internal, "OpenSSL ChaCha20-Poly1305 decryption failed");
    // Final checks the tag; its output (none for a stream cipher) would land after the bytes written.
    unsigned char sink[16];
    if (EVP_CipherFinal_ex(ctx.get(), n > 0 ? out.data() + len : sink, &fin) != 1)
        return error(CryptoError::Kind::AuthenticationFailed,
                     "authentication failed: the ciphertext, its associated data or the key is wrong");
    return out;
}

} // namespace aitbc::crypto
