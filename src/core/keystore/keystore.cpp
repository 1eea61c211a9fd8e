#include "keystore/keystore.h"

#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/fernet.h"
#include "crypto/primitives.h"
#include "keystore/keystore_parse.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeystore, "aitbc.keystore")

namespace aitbc::keystore {

using detail::fail;

QString layoutName(Layout layout) {
    switch (layout) {
    case Layout::Cli:
        return QStringLiteral("cli");
    case Layout::Node:
        return QStringLiteral("node");
    case Layout::Genesis:
        return QStringLiteral("genesis");
    case Layout::Fernet:
        return QStringLiteral("fernet");
    case Layout::UnknownAes:
        return QStringLiteral("unknown-aes");
    }
    return {};
}

QString errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::WrongPassword:
        return QStringLiteral("wrong-password");
    case ErrorKind::UnknownCipher:
        return QStringLiteral("unknown-cipher");
    case ErrorKind::UnsupportedKdf:
        return QStringLiteral("unsupported-kdf");
    case ErrorKind::MalformedJson:
        return QStringLiteral("malformed-json");
    case ErrorKind::BadEncoding:
        return QStringLiteral("bad-encoding");
    case ErrorKind::MissingField:
        return QStringLiteral("missing-field");
    case ErrorKind::TruncatedCiphertext:
        return QStringLiteral("truncated-ciphertext");
    case ErrorKind::AbsurdIterations:
        return QStringLiteral("absurd-iterations");
    case ErrorKind::WrongSeedLength:
        return QStringLiteral("wrong-seed-length");
    case ErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

Result<Info, KeystoreError> inspect(QByteArrayView fileBytes) {
    auto parsed = detail::parse(fileBytes);
    if (!parsed)
        return parsed.error();
    return parsed->info;
}

namespace {
Result<crypto::SecureBytes, KeystoreError> decryptAes(const detail::Parsed& p, QByteArrayView password) {
    const crypto::SecureBytes dk = crypto::pbkdf2HmacSha256(password, p.salt, int(p.info.iterations), 32);
    if (dk.isEmpty())
        return fail(ErrorKind::Internal, QStringLiteral("PBKDF2 key derivation failed"));
    auto plain = crypto::aes256GcmDecrypt(dk.view(), p.nonce, p.ciphertext);
    if (!plain) {
        if (plain.error().kind == crypto::CryptoError::Kind::AuthenticationFailed)
            return fail(ErrorKind::WrongPassword,
                        QStringLiteral("wrong password (AES-GCM authentication failed)"));
        return fail(ErrorKind::Internal, plain.error().message);
    }
    if (plain->size() != 32)
        return fail(ErrorKind::WrongSeedLength,
                    QStringLiteral("decrypted key is %1 bytes; an Ed25519 seed is 32").arg(plain->size()));
    return std::move(plain).value();
}

Result<crypto::SecureBytes, KeystoreError>
decryptFernetWithSalt(const detail::Parsed& p, QByteArrayView password, const QByteArray& salt) {
    const crypto::SecureBytes dk = crypto::pbkdf2HmacSha256(password, salt, kDefaultIterations, 32);
    if (dk.isEmpty())
        return fail(ErrorKind::Internal, QStringLiteral("PBKDF2 key derivation failed"));
    auto plain = crypto::fernetDecrypt(dk.view(), p.ciphertext);
    if (!plain) {
        if (plain.error().kind == crypto::CryptoError::Kind::AuthenticationFailed)
            return fail(ErrorKind::WrongPassword, QStringLiteral("wrong password (Fernet HMAC mismatch)"));
        return fail(ErrorKind::BadEncoding, plain.error().message);
    }
    // §3.3: the plaintext is the 64-character hex text of the seed, not raw bytes.
    if (plain->size() != 64)
        return fail(ErrorKind::WrongSeedLength,
                    QStringLiteral("decrypted Fernet plaintext is %1 characters; expected 64 hex characters")
                        .arg(plain->size()));
    auto seed = crypto::secretFromHex(plain->view());
    if (!seed)
        return fail(ErrorKind::BadEncoding, QStringLiteral("decrypted Fernet plaintext is not hex"));
    return std::move(*seed);
}

Result<crypto::SecureBytes, KeystoreError> decryptFernet(const detail::Parsed& p, QByteArrayView password) {
    auto seed = decryptFernetWithSalt(p, password, p.salt);
    // The two reader families disagree on where the salt lives (§3.3); try the other one before giving up.
    if (!seed && seed.error().kind == ErrorKind::WrongPassword && !p.alternateSalt.isEmpty())
        return decryptFernetWithSalt(p, password, p.alternateSalt);
    return seed;
}
} // namespace

Result<UnlockedKey, KeystoreError> unlock(QByteArrayView fileBytes, QByteArrayView password) {
    auto parsed = detail::parse(fileBytes);
    if (!parsed)
        return parsed.error();
    auto seed = parsed->family == detail::CipherFamily::AesGcm ? decryptAes(*parsed, password)
                                                               : decryptFernet(*parsed, password);
    if (!seed) {
        qCDebug(lcKeystore) << "unlock failed:" << errorKindName(seed.error().kind) << "layout"
                            << layoutName(parsed->info.layout);
        return seed.error();
    }
    auto key = crypto::Ed25519Key::fromSeed(seed->view());
    if (!key)
        return fail(ErrorKind::Internal, key.error().message);
    UnlockedKey out;
    out.seed = std::move(seed).value();
    out.publicKey = key->publicKey();
    out.address = parsed->info.address;
    out.info = parsed->info;
    return out;
}

} // namespace aitbc::keystore
