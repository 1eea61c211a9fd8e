#include "crypto/fernet.h"

#include "crypto/encoding.h"
#include "crypto/primitives.h"

#include <openssl/evp.h>

#include <memory>

namespace aitbc::crypto {

namespace {
constexpr char kVersion = char(0x80);
constexpr int kHeader = 1 + 8 + 16; // version, timestamp, IV
constexpr int kMac = 32;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CryptoError error(CryptoError::Kind kind, const char* message) {
    return CryptoError{kind, QString::fromLatin1(message)};
}
const unsigned char* u8(QByteArrayView v) {
    return reinterpret_cast<const unsigned char*>(v.data());
}
} // namespace

Result<SecureBytes, CryptoError> fernetDecrypt(QByteArrayView key, QByteArrayView token) {
    if (key.size() != 32)
        return error(CryptoError::Kind::InvalidInput, "Fernet key must be 32 bytes");
    const auto raw = fromBase64(token, Base64Alphabet::UrlSafe);
    if (!raw)
        return error(CryptoError::Kind::InvalidInput, "Fernet token is not valid urlsafe base64");
    if (raw->size() < kHeader + 16 + kMac || (raw->size() - kHeader - kMac) % 16 != 0)
        return error(CryptoError::Kind::InvalidInput, "Fernet token is truncated");
    if (raw->at(0) != kVersion)
        return error(CryptoError::Kind::InvalidInput, "Fernet token version is not 0x80");
    const QByteArrayView bytes(*raw);
    const QByteArrayView signedPart = bytes.first(bytes.size() - kMac);
    const QByteArrayView mac = bytes.last(kMac);
    if (!constantTimeEquals(hmacSha256(key.first(16), signedPart), mac))
        return error(CryptoError::Kind::AuthenticationFailed, "Fernet HMAC mismatch");

    const QByteArrayView iv = bytes.sliced(9, 16);
    const QByteArrayView ct = bytes.sliced(kHeader, bytes.size() - kHeader - kMac);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    SecureBytes out{std::size_t(ct.size())};
    int len = 0;
    int total = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, u8(key.sliced(16)), u8(iv)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), out.data(), &len, u8(ct), int(ct.size())) != 1)
        return error(CryptoError::Kind::Internal, "Fernet AES-128-CBC decryption failed");
    total = len;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + total, &len) != 1)
        return error(CryptoError::Kind::InvalidInput, "Fernet plaintext padding is invalid");
    total += len;
    SecureBytes plain = SecureBytes::copyOf(QByteArrayView(reinterpret_cast<const char*>(out.data()), total));
    return plain;
}

Result<QByteArray, CryptoError> fernetEncrypt(QByteArrayView key, QByteArrayView plaintext, quint64 timestamp,
                                              QByteArrayView iv) {
    if (key.size() != 32)
        return error(CryptoError::Kind::InvalidInput, "Fernet key must be 32 bytes");
    if (iv.size() != 16)
        return error(CryptoError::Kind::InvalidInput, "Fernet IV must be 16 bytes");
    QByteArray raw;
    raw.reserve(kHeader + plaintext.size() + 16 + kMac);
    raw.append(kVersion);
    for (int shift = 56; shift >= 0; shift -= 8)
        raw.append(char((timestamp >> shift) & 0xff));
    raw.append(iv.data(), iv.size());
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray ct(plaintext.size() + 16, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(ct.data());
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, u8(key.sliced(16)), u8(iv)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, u8(plaintext), int(plaintext.size())) != 1)
        return error(CryptoError::Kind::Internal, "Fernet AES-128-CBC encryption failed");
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1)
        return error(CryptoError::Kind::Internal, "Fernet AES-128-CBC encryption failed");
    total += len;
    ct.resize(total);
    raw.append(ct);
    raw.append(hmacSha256(key.first(16), raw));
    return toBase64(raw, Base64Alphabet::UrlSafe);
}

} // namespace aitbc::crypto
