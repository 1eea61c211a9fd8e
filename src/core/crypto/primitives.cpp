#include "crypto/primitives.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <memory>

namespace aitbc::crypto {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
constexpr int kGcmTagSize = 16;

const unsigned char* u8(QByteArrayView v) {
    return reinterpret_cast<const unsigned char*>(v.data());
}

CryptoError error(CryptoError::Kind kind, const char* message) {
    return CryptoError{kind, QString::fromLatin1(message)};
}

// OpenSSL's default exit handler deletes its thread-local key while threads that used OpenSSL (Qt's
// network threads, a node's RPC thread) may still be ending: such a thread's error state is then never
// freed. Without the handler every thread frees its own state as it ends and the process's memory goes
// back with the process. Must run before OpenSSL's first initialisation, hence a static initialiser
// in the file every program of the project links for hashing.
[[maybe_unused]] const bool kOpenSslWithoutExitHandler = [] {
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}();
} // namespace

QByteArray sha256(QByteArrayView data) {
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(u8(data), std::size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data) {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), u8(data), std::size_t(data.size()),
         reinterpret_cast<unsigned char*>(out.data()), &len);
    out.resize(int(len));
    return out;
}

SecureBytes pbkdf2HmacSha256(QByteArrayView password, QByteArrayView salt, int iterations, int length) {
    if (iterations < 1 || length < 1)
        return {};
    SecureBytes out{std::size_t(length)};
    if (PKCS5_PBKDF2_HMAC(password.data(), int(password.size()), u8(salt), int(salt.size()), iterations,
                          EVP_sha256(), length, out.data()) != 1)
        return {};
    return out;
}

QByteArray randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        qFatal("RAND_bytes failed"); // no safe way to continue without randomness
    return out;
}

SecureBytes randomSecret(int count) {
    SecureBytes out{std::size_t(count)};
    if (count > 0 && RAND_priv_bytes(out.data(), count) != 1)
        qFatal("RAND_priv_bytes failed");
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    return a.size() == b.size() &&
           (a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

Result<QByteArray, CryptoError> aes256GcmEncrypt(QByteArrayView key, QByteArrayView nonce,
                                                 QByteArrayView plaintext) {
    if (key.size() != 32)
        return error(CryptoError::Kind::InvalidInput, "AES-256-GCM key must be 32 bytes");
    if (nonce.size() < 1)
        return error(CryptoError::Kind::InvalidInput, "AES-256-GCM nonce must not be empty");
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + kGcmTagSize, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(key), u8(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, u8(plaintext), int(plaintext.size())) != 1)
        return error(CryptoError::Kind::Internal, "AES-256-GCM encryption failed");
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return error(CryptoError::Kind::Internal, "AES-256-GCM encryption failed");
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagSize, o + total) != 1)
        return error(CryptoError::Kind::Internal, "AES-256-GCM tag retrieval failed");
    out.resize(total + kGcmTagSize);
    return out;
}

Result<SecureBytes, CryptoError> aes256GcmDecrypt(QByteArrayView key, QByteArrayView nonce,
                                                  QByteArrayView ciphertextAndTag) {
    if (key.size() != 32)
        return error(CryptoError::Kind::InvalidInput, "AES-256-GCM key must be 32 bytes");
    if (nonce.size() < 1)
        return error(CryptoError::Kind::InvalidInput, "AES-256-GCM nonce must not be empty");
    if (ciphertextAndTag.size() < kGcmTagSize)
        return error(CryptoError::Kind::InvalidInput, "ciphertext is shorter than the 16-byte GCM tag");
    const qsizetype ctLen = ciphertextAndTag.size() - kGcmTagSize;
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    SecureBytes out{std::size_t(ctLen)};
    QByteArray tag = ciphertextAndTag.sliced(ctLen).toByteArray();
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key), u8(nonce)) != 1)
        return error(CryptoError::Kind::Internal, "AES-256-GCM initialisation failed");
    // EVP wants a non-null output pointer even for zero bytes; SecureBytes(0) has none.
    unsigned char scratch[1];
    unsigned char* o = ctLen > 0 ? out.data() : scratch;
    if (EVP_DecryptUpdate(ctx.get(), o, &len, u8(ciphertextAndTag), int(ctLen)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagSize, tag.data()) != 1)
        return error(CryptoError::Kind::Internal, "AES-256-GCM decryption failed");
    if (EVP_DecryptFinal_ex(ctx.get(), o + len, &len) != 1)
        return error(CryptoError::Kind::AuthenticationFailed, "AES-256-GCM authentication tag mismatch");
    return out;
}

} // namespace aitbc::crypto
