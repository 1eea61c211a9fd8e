#include "keystore/keystore_parse.h"

#include "crypto/encoding.h"
#include "json/parse.h"

namespace aitbc::keystore::detail {

namespace {
using json::Value;

constexpr qsizetype kGcmTag = 16;
constexpr qsizetype kSeed = 32;

/// Looks up `key` in `object`; distinguishes "absent" from "present with the wrong JSON type".
struct Lookup {
    const Value* value = nullptr;
    std::optional<KeystoreError> error;
};

Lookup field(const Value& object, const QString& key, const QString& path, Value::Type type, bool required) {
    const Value* v = object.find(key);
    if (!v || (v->isNull() && !required)) {
        if (required)
            return {nullptr, fail(ErrorKind::MissingField,
                                  QStringLiteral("keystore field '%1' is missing").arg(path))};
        return {};
    }
    if (v->type() != type) {
        static const char* names[] = {"null", "boolean", "integer", "number", "string", "array", "object"};
        return {nullptr,
                fail(ErrorKind::MalformedJson, QStringLiteral("keystore field '%1' must be a JSON %2")
                                                   .arg(path, QLatin1String(names[int(type)])))};
    }
    return {v, std::nullopt};
}

std::optional<KeystoreError> decodeHex(const Value& s, const QString& path, QByteArray& out) {
    const auto bytes = crypto::fromHex(s.toString().toLatin1());
    if (!bytes || s.toString().toLatin1() != s.toString().toUtf8())
        return fail(ErrorKind::BadEncoding, QStringLiteral("keystore field '%1' is not valid hex").arg(path));
    out = *bytes;
    return std::nullopt;
}

std::optional<KeystoreError> decodeBase64(const Value& s, const QString& path, QByteArray& out) {
    const auto bytes = crypto::fromBase64(s.toString().toUtf8());
    if (!bytes)
        return fail(ErrorKind::BadEncoding,
                    QStringLiteral("keystore field '%1' is not valid base64").arg(path));
    out = *bytes;
    return std::nullopt;
}

#define AITBC_TRY_FIELD(var, ...)                                                                            \
    const Lookup var = field(__VA_ARGS__);                                                                   \
    if (var.error)                                                                                           \
        return *var.error;
#define AITBC_TRY(expr)                                                                                      \
    if (auto e = (expr))                                                                                     \
        return *e;

Layout classifyAes(const Parsed& p) {
    // §3.2 table: CLI and genesis carry public_key (32- vs 16-byte salt); the node tool has none but a mac.
    if (p.info.publicKeyHex)
        return p.salt.size() == 16 ? Layout::Genesis
                                   : (p.salt.size() == 32 ? Layout::Cli : Layout::UnknownAes);
    if (p.hasMac)
        return Layout::Node;
    return Layout::UnknownAes;
}

Result<Parsed, KeystoreError> parseAes(Parsed p, const Value& c, const QString& prefix) {
    auto path = [&](const char* rest) -> QString { return prefix + QLatin1String(rest); };
    AITBC_TRY_FIELD(kdf, c, QStringLiteral("kdf"), path("kdf"), Value::Type::String, false);
    p.info.kdf = kdf.value ? kdf.value->toString() : QStringLiteral("pbkdf2");
    if (p.info.kdf.compare(QLatin1String("pbkdf2"), Qt::CaseInsensitive) != 0)
        return fail(ErrorKind::UnsupportedKdf,
                    QStringLiteral("unsupported key derivation '%1' (only pbkdf2)").arg(p.info.kdf));
    AITBC_TRY_FIELD(params, c, QStringLiteral("kdfparams"), path("kdfparams"), Value::Type::Object, true);
    const Value& kp = *params.value;
    AITBC_TRY_FIELD(prf, kp, QStringLiteral("prf"), path("kdfparams.prf"), Value::Type::String, false);
    if (prf.value && prf.value->toString().compare(QLatin1String("hmac-sha256"), Qt::CaseInsensitive) != 0)
        return fail(
            ErrorKind::UnsupportedKdf,
            QStringLiteral("unsupported PBKDF2 prf '%1' (only hmac-sha256)").arg(prf.value->toString()));
    AITBC_TRY_FIELD(iter, kp, QStringLiteral("c"), path("kdfparams.c"), Value::Type::Integer, true);
    const auto count = iter.value->toInt64();
    if (!count || *count < 1 || *count > kMaxIterations)
        return fail(ErrorKind::AbsurdIterations,
                    QStringLiteral("PBKDF2 iteration count %1 is outside 1..%2; refusing to derive")
                        .arg(QString::fromLatin1(iter.value->integerDigits()))
                        .arg(kMaxIterations));
    p.info.iterations = *count;
    AITBC_TRY_FIELD(dklen, kp, QStringLiteral("dklen"), path("kdfparams.dklen"), Value::Type::Integer, false);
    if (dklen.value && dklen.value->toInt64() != 32)
        return fail(ErrorKind::UnsupportedKdf, QStringLiteral("kdfparams.dklen must be 32 for AES-256-GCM"));
    AITBC_TRY_FIELD(salt, kp, QStringLiteral("salt"), path("kdfparams.salt"), Value::Type::String, true);
    AITBC_TRY(decodeHex(*salt.value, path("kdfparams.salt"), p.salt));
    if (p.salt.isEmpty())
        return fail(ErrorKind::BadEncoding, QStringLiteral("keystore salt is empty"));

    AITBC_TRY_FIELD(cparams, c, QStringLiteral("cipherparams"), path("cipherparams"), Value::Type::Object,
                    true);
    AITBC_TRY_FIELD(nonce, *cparams.value, QStringLiteral("nonce"), path("cipherparams.nonce"),
                    Value::Type::String, true);
    AITBC_TRY(decodeHex(*nonce.value, path("cipherparams.nonce"), p.nonce));
    if (p.nonce.size() < 8 || p.nonce.size() > 128)
        return fail(ErrorKind::BadEncoding,
                    QStringLiteral("AES-GCM nonce must be 8..128 bytes (AITBC writes 12), got %1")
                        .arg(p.nonce.size()));
    AITBC_TRY_FIELD(ct, c, QStringLiteral("ciphertext"), path("ciphertext"), Value::Type::String, true);
    AITBC_TRY(decodeHex(*ct.value, path("ciphertext"), p.ciphertext));
    if (p.ciphertext.size() < kSeed + kGcmTag)
        return fail(
            ErrorKind::TruncatedCiphertext,
            QStringLiteral("ciphertext has %1 bytes; a 32-byte seed plus the 16-byte GCM tag needs 48")
                .arg(p.ciphertext.size()));
    p.hasMac = c.contains(QStringLiteral("mac"));
    p.info.layout = classifyAes(p);
    return p;
}

Result<Parsed, KeystoreError> parseFernet(Parsed p, const Value& c, const QString& prefix) {
    auto path = [&](const char* rest) -> QString { return prefix + QLatin1String(rest); };
    AITBC_TRY_FIELD(kdf, c, QStringLiteral("kdf"), path("kdf"), Value::Type::String, false);
    p.info.kdf = kdf.value ? kdf.value->toString() : QString();
    p.info.iterations = kDefaultIterations; // §3.3: fixed, not stored
    p.info.layout = Layout::Fernet;
    AITBC_TRY_FIELD(kp, c, QStringLiteral("kdfparams"), path("kdfparams"), Value::Type::Object, false);
    AITBC_TRY_FIELD(cp, c, QStringLiteral("cipherparams"), path("cipherparams"), Value::Type::Object, false);
    // §3.3: the CLI and the daemon read kdfparams.salt, cli/keystore_auth.py reads cipherparams.salt.
    QByteArray kdfSalt;
    QByteArray cipherSalt;
    if (kp.value) {
        AITBC_TRY_FIELD(s, *kp.value, QStringLiteral("salt"), path("kdfparams.salt"), Value::Type::String,
                        false);
        if (s.value)
            AITBC_TRY(decodeBase64(*s.value, path("kdfparams.salt"), kdfSalt));
    }
    if (cp.value) {
        AITBC_TRY_FIELD(s, *cp.value, QStringLiteral("salt"), path("cipherparams.salt"), Value::Type::String,
                        false);
        if (s.value)
            AITBC_TRY(decodeBase64(*s.value, path("cipherparams.salt"), cipherSalt));
    }
    if (kdfSalt.isEmpty() && cipherSalt.isEmpty())
        return fail(ErrorKind::MissingField,
                    QStringLiteral("keystore field '%1' is missing").arg(path("kdfparams.salt")));
    p.salt = kdfSalt.isEmpty() ? cipherSalt : kdfSalt;
    if (!kdfSalt.isEmpty() && !cipherSalt.isEmpty() && kdfSalt != cipherSalt)
        p.alternateSalt = cipherSalt;

    AITBC_TRY_FIELD(ct, c, QStringLiteral("ciphertext"), path("ciphertext"), Value::Type::String, true);
    // Double base64 (§3.3): standard base64 of the token, which is itself urlsafe base64 text.
    AITBC_TRY(decodeBase64(*ct.value, path("ciphertext"), p.ciphertext));
    const auto token = crypto::fromBase64(p.ciphertext, crypto::Base64Alphabet::UrlSafe);
    if (!token)
        return fail(ErrorKind::BadEncoding,
                    QStringLiteral("the Fernet token inside 'ciphertext' is not valid urlsafe base64"));
    // version(1) + time(8) + iv(16) + at least one AES block holding 64 hex chars (80 bytes padded) +
    // hmac(32)
    if (token->size() < 1 + 8 + 16 + 16 + 32 || (token->size() - 57) % 16 != 0)
        return fail(ErrorKind::TruncatedCiphertext,
                    QStringLiteral("the Fernet token is truncated (%1 bytes)").arg(token->size()));
    if (quint8(token->at(0)) != 0x80)
        return fail(ErrorKind::BadEncoding, QStringLiteral("the Fernet token version is not 0x80"));
    return p;
}
} // namespace

Result<Parsed, KeystoreError> parse(QByteArrayView fileBytes) {
    Parsed p;
    json::ParseError perr;
    // A keystore is a few dozen short members: bounds far tighter than a node answer's (json::ParseOptions).
    if (!json::parse(fileBytes.toByteArray(), p.root, &perr, json::ParseOptions::keystore()))
        return fail(ErrorKind::MalformedJson,
                    perr.limit != json::ParseLimit::None
                        ? QStringLiteral("keystore exceeds the bounds of a keystore file: %1 at byte %2")
                              .arg(perr.message)
                              .arg(perr.offset)
                        : QStringLiteral("keystore is not valid JSON: %1 at byte %2")
                              .arg(perr.message)
                              .arg(perr.offset));
    if (!p.root.isObject())
        return fail(ErrorKind::MalformedJson, QStringLiteral("keystore JSON is not an object"));

    AITBC_TRY_FIELD(address, p.root, QStringLiteral("address"), QStringLiteral("address"),
                    Value::Type::String, false);
    if (address.value)
        p.info.address = address.value->toString();
    AITBC_TRY_FIELD(pub, p.root, QStringLiteral("public_key"), QStringLiteral("public_key"),
                    Value::Type::String, false);
    if (pub.value)
        p.info.publicKeyHex = pub.value->toString();

    // §3.2: readers do data.get('crypto', data).
    AITBC_TRY_FIELD(nested, p.root, QStringLiteral("crypto"), QStringLiteral("crypto"), Value::Type::Object,
                    false);
    p.nestedCrypto = nested.value != nullptr;
    // A copy (cheap: copy-on-write), because `p` is moved into parseAes/parseFernet below.
    const Value c = p.nestedCrypto ? *nested.value : p.root;
    const QString prefix = p.nestedCrypto ? QStringLiteral("crypto.") : QString();

    // Dispatch on crypto.cipher, falling back to crypto.algorithm.
    AITBC_TRY_FIELD(cipher, c, QStringLiteral("cipher"), prefix + QLatin1String("cipher"),
                    Value::Type::String, false);
    const Value* cipherValue = cipher.value;
    if (!cipherValue) {
        AITBC_TRY_FIELD(algorithm, c, QStringLiteral("algorithm"), prefix + QLatin1String("algorithm"),
                        Value::Type::String, false);
        cipherValue = algorithm.value;
    }
    if (!cipherValue)
        return fail(ErrorKind::MissingField,
                    QStringLiteral("keystore field '%1cipher' is missing").arg(prefix));
    p.info.cipher = cipherValue->toString();
    if (p.info.cipher.compare(QLatin1String("aes-256-gcm"), Qt::CaseInsensitive) == 0)
        return parseAes(std::move(p), c, prefix);
    if (p.info.cipher.compare(QLatin1String("fernet"), Qt::CaseInsensitive) == 0 ||
        p.info.cipher.compare(QLatin1String("PBKDF2-SHA256-Fernet"), Qt::CaseInsensitive) == 0) {
        p.family = CipherFamily::Fernet;
        return parseFernet(std::move(p), c, prefix);
    }
    return fail(
        ErrorKind::UnknownCipher,
        QStringLiteral("unknown keystore cipher '%1' (expected aes-256-gcm or fernet)").arg(p.info.cipher));
}

} // namespace aitbc::keystore::detail
