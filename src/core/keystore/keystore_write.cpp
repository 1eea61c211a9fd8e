#include "keystore/keystore.h"

#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/fernet.h"
#include "crypto/primitives.h"
#include "keystore/keystore_parse.h"
#include "keystore/pretty_json.h"

#include <QDateTime>

#include <openssl/crypto.h>

namespace aitbc::keystore {

using detail::fail;
using json::Value;

namespace {
QString hex(QByteArrayView bytes) {
    return QString::fromLatin1(crypto::toHex(bytes));
}

struct AesParts {
    QByteArray ciphertext;
    QByteArray mac;
};

/// AES-256-GCM over the seed with a PBKDF2 key, and the node tool's informational mac
/// (HMAC-SHA256(key=dk[0:16], msg=dk[16:32] ‖ ciphertext), §3.2).
Result<AesParts, KeystoreError> encryptAes(QByteArrayView seed, QByteArrayView password,
                                           const QByteArray& salt, const QByteArray& nonce, int iterations) {
    const crypto::SecureBytes dk = crypto::pbkdf2HmacSha256(password, salt, iterations, 32);
    if (dk.isEmpty())
        return fail(ErrorKind::Internal, QStringLiteral("PBKDF2 key derivation failed"));
    auto ct = crypto::aes256GcmEncrypt(dk.view(), nonce, seed);
    if (!ct)
        return fail(ErrorKind::Internal, ct.error().message);
    QByteArray macInput = dk.view().sliced(16).toByteArray() + *ct;
    AesParts parts{*ct, crypto::hmacSha256(dk.view().first(16), macInput)};
    OPENSSL_cleanse(macInput.data(), 16);
    return parts;
}

QByteArray orRandom(const QByteArray& given, int size) {
    return given.isEmpty() ? crypto::randomBytes(size) : given;
}
} // namespace

Result<QByteArray, KeystoreError> createFromSeed(QByteArrayView seed, QByteArrayView password,
                                                 const CreateOptions& options) {
    if (password.isEmpty())
        return fail(ErrorKind::InvalidArgument,
                    QStringLiteral("refusing to create a keystore with an empty password"));
    if (options.iterations < 1 || options.iterations > kMaxIterations)
        return fail(ErrorKind::AbsurdIterations, QStringLiteral("iteration count %1 is outside 1..%2")
                                                     .arg(options.iterations)
                                                     .arg(kMaxIterations));
    auto key = crypto::Ed25519Key::fromSeed(seed);
    if (!key)
        return fail(ErrorKind::WrongSeedLength, key.error().message);
    const QByteArray salt = orRandom(options.salt, 32);
    const QByteArray nonce = orRandom(options.nonce, 12);
    auto parts = encryptAes(seed, password, salt, nonce, options.iterations);
    if (!parts)
        return parts.error();

    // Member order of cli/aitbc_cli.py:create_wallet (vector cli_create_wallet_keyA.json).
    Value kdfparams = Value::object();
    kdfparams.insert(QStringLiteral("salt"), hex(salt));
    kdfparams.insert(QStringLiteral("c"), options.iterations);
    kdfparams.insert(QStringLiteral("dklen"), 32);
    kdfparams.insert(QStringLiteral("prf"), QStringLiteral("hmac-sha256"));
    Value cipherparams = Value::object();
    cipherparams.insert(QStringLiteral("nonce"), hex(nonce));
    Value c = Value::object();
    c.insert(QStringLiteral("kdf"), QStringLiteral("pbkdf2"));
    c.insert(QStringLiteral("kdfparams"), std::move(kdfparams));
    c.insert(QStringLiteral("cipher"), QStringLiteral("aes-256-gcm"));
    c.insert(QStringLiteral("cipherparams"), std::move(cipherparams));
    c.insert(QStringLiteral("ciphertext"), hex(parts->ciphertext));
    Value root = Value::object();
    root.insert(QStringLiteral("address"), address::derive(options.addressStyle, key->publicKey()));
    root.insert(QStringLiteral("public_key"), hex(key->publicKey()));
    root.insert(QStringLiteral("crypto"), std::move(c));
    root.insert(QStringLiteral("keytype"), QStringLiteral("ed25519"));
    root.insert(QStringLiteral("version"), 1);
    return detail::dumpIndented(root);
}

Result<QByteArray, KeystoreError> create(QByteArrayView password, const CreateOptions& options) {
    const crypto::SecureBytes seed = crypto::randomSecret(32);
    return createFromSeed(seed.view(), password, options);
}

Result<QByteArray, KeystoreError> changePassword(QByteArrayView fileBytes, QByteArrayView oldPassword,
                                                 QByteArrayView newPassword) {
    if (newPassword.isEmpty())
        return fail(ErrorKind::InvalidArgument, QStringLiteral("refusing to set an empty password"));
    auto unlocked = unlock(fileBytes, oldPassword);
    if (!unlocked)
        return unlocked.error();
    auto parsed = detail::parse(fileBytes);
    if (!parsed)
        return parsed.error();
    Value root = parsed->root;
    Value* c = parsed->nestedCrypto ? root.find(QStringLiteral("crypto")) : &root;

    if (parsed->family == detail::CipherFamily::AesGcm) {
        // Same salt and nonce sizes and iteration count as the original writer used.
        const QByteArray salt = crypto::randomBytes(int(qMax<qsizetype>(16, parsed->salt.size())));
        const QByteArray nonce = crypto::randomBytes(int(parsed->nonce.size()));
        auto parts =
            encryptAes(unlocked->seed.view(), newPassword, salt, nonce, int(parsed->info.iterations));
        if (!parts)
            return parts.error();
        c->find(QStringLiteral("kdfparams"))->insert(QStringLiteral("salt"), hex(salt));
        c->find(QStringLiteral("cipherparams"))->insert(QStringLiteral("nonce"), hex(nonce));
        c->insert(QStringLiteral("ciphertext"), hex(parts->ciphertext));
        if (parsed->hasMac)
            c->insert(QStringLiteral("mac"), hex(parts->mac));
        return detail::dumpIndented(root);
    }

    // Fernet: new 16-byte salt written wherever the file had one, plaintext = 64 hex chars of the seed.
    const QByteArray salt = crypto::randomBytes(16);
    const crypto::SecureBytes dk = crypto::pbkdf2HmacSha256(newPassword, salt, kDefaultIterations, 32);
    crypto::SecureBytes hexSeed(64);
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        hexSeed.data()[2 * i] = digits[unlocked->seed.data()[i] >> 4];
        hexSeed.data()[2 * i + 1] = digits[unlocked->seed.data()[i] & 15];
    }
    auto token = crypto::fernetEncrypt(dk.view(), hexSeed.view(), quint64(QDateTime::currentSecsSinceEpoch()),
                                       crypto::randomBytes(16));
    if (!token)
        return fail(ErrorKind::Internal, token.error().message);
    const QString saltText = QString::fromLatin1(crypto::toBase64(salt));
    for (const char* params : {"kdfparams", "cipherparams"}) {
        Value* p = c->find(QLatin1String(params));
        if (p && p->isObject() && p->contains(QStringLiteral("salt")))
            p->insert(QStringLiteral("salt"), saltText);
    }
    c->insert(QStringLiteral("ciphertext"), QString::fromLatin1(crypto::toBase64(*token)));
    return detail::dumpIndented(root);
}

} // namespace aitbc::keystore
