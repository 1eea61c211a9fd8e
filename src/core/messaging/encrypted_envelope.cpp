#include "messaging/encrypted_envelope.h"

#include "crypto/aead.h"
#include "crypto/encoding.h"
#include "crypto/hkdf.h"
#include "crypto/primitives.h"
#include "messaging/envelope.h"
#include "json/canonical.h"

#include <QStringDecoder>

namespace aitbc::messaging {

namespace {
const QString kEncV = QStringLiteral("enc_v");
const QString kEncAlg = QStringLiteral("enc_alg");
const QString kEncEpk = QStringLiteral("enc_epk");
const QString kEncIv = QStringLiteral("enc_iv");
const QString kEncCt = QStringLiteral("enc_ct");
const QString kEncKeyTo = QStringLiteral("enc_key_to");
const QString kEncKeyFrom = QStringLiteral("enc_key_from");
constexpr int kWrappedKeySize = crypto::kAeadKeySize + crypto::kAeadTagSize;

QString hex(const QByteArray& b) {
    return QString::fromLatin1(crypto::toHex(b));
}

/// The key that wraps the content key for one party: HKDF-SHA256(ikm = X25519 shared secret,
/// salt = epk || party public key, info = the role's info string).
crypto::SecureBytes wrapKey(const crypto::SecureBytes& shared, const QByteArray& ephemeralPublic,
                            const QByteArray& partyPublic, const char* info) {
    return crypto::hkdfSha256(shared.view(), QByteArray(ephemeralPublic + partyPublic), QByteArrayView(info),
                              crypto::kAeadKeySize);
}

/// Wrapped keys use a zero nonce: every wrap key is used exactly once (fresh ephemeral key, one per role).
const QByteArray& zeroNonce() {
    static const QByteArray z(crypto::kAeadNonceSize, '\0');
    return z;
}

std::optional<QByteArray> hexOfSize(const json::Value& v, int size) {
    if (!v.isString() || v.toString().size() != size * 2)
        return std::nullopt;
    return crypto::fromHex(v.toString().toLatin1());
}
} // namespace

QByteArray encryptionAssociatedData(const EncryptionContext& c, const QByteArray& ephemeralPublic,
                                    const QByteArray& contentNonce) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("chain"), c.chainId);
    o.insert(QStringLiteral("epk"), hex(ephemeralPublic));
    o.insert(QStringLiteral("from"), c.from);
    o.insert(QStringLiteral("iv"), hex(contentNonce));
    o.insert(QStringLiteral("nonce"), c.nonce);
    o.insert(QStringLiteral("to"), c.to);
    return QByteArray(kEncryptionAdDomain) + json::dumpCompact(o);
}

Result<EncryptedParts> encryptText(const QString& text, const EncryptionContext& context,
                                   const QByteArray& recipientKey, const QByteArray& senderKey,
                                   const EncryptionFixedInputs* fixed) {
    auto fail = [](const QString& why) -> Result<EncryptedParts> { return Error{why}; };
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > kMaxEncryptedTextBytes)
        return fail(QStringLiteral("the text is longer than %1 bytes").arg(kMaxEncryptedTextBytes));
    if (recipientKey.size() != crypto::X25519Key::kKeySize || senderKey.size() != crypto::X25519Key::kKeySize)
        return fail(QStringLiteral("an encryption key has 32 bytes"));
    auto ephemeral = fixed ? crypto::X25519Key::fromPrivate(fixed->ephemeralPrivate)
                           : Result<crypto::X25519Key, crypto::CryptoError>(crypto::X25519Key::generate());
    if (!ephemeral)
        return fail(ephemeral.error().message);
    crypto::SecureBytes contentKey =
        fixed ? crypto::SecureBytes::copyOf(fixed->contentKey) : crypto::randomSecret(crypto::kAeadKeySize);
    EncryptedParts parts;
    parts.ephemeralPublic = ephemeral->publicKey();
    parts.contentNonce = fixed ? fixed->contentNonce : crypto::randomBytes(crypto::kAeadNonceSize);
    const QByteArray ad = encryptionAssociatedData(context, parts.ephemeralPublic, parts.contentNonce);
    auto ct = crypto::chachaPolyEncrypt(contentKey.view(), parts.contentNonce, utf8, ad);
    crypto::SecureBytes wiped = crypto::SecureBytes::takeFrom(utf8);
    if (!ct)
        return fail(ct.error().message);
    parts.ciphertext = *ct;
    for (const auto& [party, info, out] :
         {std::tuple{recipientKey, kWrapInfoRecipient, &parts.keyForRecipient},
          std::tuple{senderKey, kWrapInfoSender, &parts.keyForSender}}) {
        auto shared = ephemeral->agree(party);
        if (!shared)
            return fail(QStringLiteral("invalid encryption key: %1").arg(shared.error().message));
        const crypto::SecureBytes k = wrapKey(*shared, parts.ephemeralPublic, party, info);
        auto wrapped = crypto::chachaPolyEncrypt(k.view(), zeroNonce(), contentKey.view(), ad);
        if (!wrapped || k.isEmpty())
            return fail(QStringLiteral("key wrapping failed"));
        *out = *wrapped;
    }
    return parts;
}

void insertEncryptedMembers(json::Value& payload, const EncryptedParts& p) {
    payload.insert(kEncV, 1);
    payload.insert(kEncAlg, QString::fromLatin1(kEncryptionAlgorithm));
    payload.insert(kEncEpk, hex(p.ephemeralPublic));
    payload.insert(kEncIv, hex(p.contentNonce));
    payload.insert(kEncCt, QString::fromLatin1(crypto::toBase64(p.ciphertext)));
    payload.insert(kEncKeyTo, hex(p.keyForRecipient));
    payload.insert(kEncKeyFrom, hex(p.keyForSender));
}

QByteArray encryptedSignedText(const EncryptedParts& p) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("alg"), QString::fromLatin1(kEncryptionAlgorithm));
    o.insert(QStringLiteral("ct"), QString::fromLatin1(crypto::toBase64(p.ciphertext)));
    o.insert(QStringLiteral("epk"), hex(p.ephemeralPublic));
    o.insert(QStringLiteral("iv"), hex(p.contentNonce));
    o.insert(QStringLiteral("key_from"), hex(p.keyForSender));
    o.insert(QStringLiteral("key_to"), hex(p.keyForRecipient));
    o.insert(QStringLiteral("v"), 1);
    return QByteArray(kEncryptedMarker) + '\n' + json::dumpCompact(o);
}

QString encryptionStatusName(EncryptionStatus s) {
    switch (s) {
    case EncryptionStatus::Plain:
        return QStringLiteral("plain");
    case EncryptionStatus::Malformed:
        return QStringLiteral("malformed");
    case EncryptionStatus::UnknownVersion:
        return QStringLiteral("unknown-version");
    case EncryptionStatus::Locked:
        return QStringLiteral("locked");
    case EncryptionStatus::NotForThisKey:
        return QStringLiteral("not-for-this-key");
    case EncryptionStatus::Tampered:
        return QStringLiteral("tampered");
    case EncryptionStatus::Decrypted:
        return QStringLiteral("decrypted");
    }
    return QStringLiteral("unknown");
}

QString encryptionStatusExplanation(EncryptionStatus s) {
    switch (s) {
    case EncryptionStatus::Plain:
        return QStringLiteral("Not encrypted: anyone with the chain can read it.");
    case EncryptionStatus::Malformed:
        return QStringLiteral("The encryption fields are malformed.");
    case EncryptionStatus::UnknownVersion:
        return QStringLiteral("Encrypted with an unknown scheme or version.");
    case EncryptionStatus::Locked:
        return QStringLiteral("Encrypted: unlock the wallet to read it.");
    case EncryptionStatus::NotForThisKey:
        return QStringLiteral("Encrypted for somebody else, or its chain, sender, recipient or nonce was "
                              "changed.");
    case EncryptionStatus::Tampered:
        return QStringLiteral("The ciphertext was changed: it does not authenticate.");
    case EncryptionStatus::Decrypted:
        return QStringLiteral("End-to-end encrypted; decrypted with this wallet's key.");
    }
    return {};
}

bool isEncryptedPayload(const json::Value& p) {
    return p.isObject() && p.contains(kEncV);
}

std::optional<EncryptedParts> parseEncryptedMembers(const json::Value& p, EncryptionStatus* status) {
    auto set = [&](EncryptionStatus s) {
        if (status)
            *status = s;
    };
    if (!isEncryptedPayload(p)) {
        set(EncryptionStatus::Plain);
        return std::nullopt;
    }
    const json::Value& v = p[kEncV];
    const json::Value& alg = p[kEncAlg];
    if (!v.isInteger() || !alg.isString()) {
        set(EncryptionStatus::Malformed);
        return std::nullopt;
    }
    if (v.toInt64() != 1 || alg.toString() != QLatin1String(kEncryptionAlgorithm)) {
        set(EncryptionStatus::UnknownVersion);
        return std::nullopt;
    }
    EncryptedParts parts;
    auto epk = hexOfSize(p[kEncEpk], crypto::X25519Key::kKeySize);
    auto iv = hexOfSize(p[kEncIv], crypto::kAeadNonceSize);
    auto to = hexOfSize(p[kEncKeyTo], kWrappedKeySize);
    auto from = hexOfSize(p[kEncKeyFrom], kWrappedKeySize);
    const json::Value& ct = p[kEncCt];
    // The base64 text is bounded before decoding: the largest text plus its tag, base64-expanded.
    constexpr int kMaxCtChars = (kMaxEncryptedTextBytes + crypto::kAeadTagSize + 2) / 3 * 4;
    std::optional<QByteArray> ctBytes;
    if (ct.isString() && ct.toString().size() <= kMaxCtChars)
        ctBytes = crypto::fromBase64(ct.toString().toLatin1());
    if (!epk || !iv || !to || !from || !ctBytes || ctBytes->size() < crypto::kAeadTagSize) {
        set(EncryptionStatus::Malformed);
        return std::nullopt;
    }
    parts.ephemeralPublic = *epk;
    parts.contentNonce = *iv;
    parts.keyForRecipient = *to;
    parts.keyForSender = *from;
    parts.ciphertext = *ctBytes;
    set(EncryptionStatus::Locked);
    return parts;
}

DecryptionResult decryptParts(const EncryptedParts& parts, const EncryptionContext& context,
                              const crypto::X25519Key& mine) {
    DecryptionResult out;
    auto shared = mine.agree(parts.ephemeralPublic);
    if (!shared) {
        out.status = EncryptionStatus::Malformed; // a small-order ephemeral key: nobody can open it
        return out;
    }
    const QByteArray ad = encryptionAssociatedData(context, parts.ephemeralPublic, parts.contentNonce);
    std::optional<crypto::SecureBytes> contentKey;
    for (const auto& [wrapped, info, asSender] :
         {std::tuple{&parts.keyForRecipient, kWrapInfoRecipient, false},
          std::tuple{&parts.keyForSender, kWrapInfoSender, true}}) {
        const crypto::SecureBytes k = wrapKey(*shared, parts.ephemeralPublic, mine.publicKey(), info);
        auto opened = crypto::chachaPolyDecrypt(k.view(), zeroNonce(), *wrapped, ad);
        if (opened && opened->size() == std::size_t(crypto::kAeadKeySize)) {
            contentKey = std::move(opened).value();
            out.asSender = asSender;
            break;
        }
    }
    if (!contentKey) {
        out.status = EncryptionStatus::NotForThisKey;
        return out;
    }
    auto text = crypto::chachaPolyDecrypt(contentKey->view(), parts.contentNonce, parts.ciphertext, ad);
    if (!text) {
        out.status = EncryptionStatus::Tampered;
        return out;
    }
    // Strict UTF-8: a text that is not is treated like any other corruption.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(text->view());
    if (decoder.hasError()) {
        out.status = EncryptionStatus::Tampered;
        return out;
    }
    out.text = decoded;
    out.status = EncryptionStatus::Decrypted;
    return out;
}

DecryptionResult decryptStoredMessage(const json::Value& storedPayload, const QString& sender,
                                      const QString& recipient, const QString& chainId,
                                      const crypto::X25519Key* mine) {
    DecryptionResult out;
    const json::Value* p = messagePayloadObject(storedPayload);
    if (!p) {
        out.status = EncryptionStatus::Plain;
        return out;
    }
    auto parts = parseEncryptedMembers(*p, &out.status);
    if (!parts)
        return out;
    const json::Value& sigNonce = (*p)[QStringLiteral("sig_nonce")];
    const json::Value& sigChain = (*p)[QStringLiteral("sig_chain")];
    if (!sigNonce.toInt64() || (chainId.isEmpty() && !sigChain.isString())) {
        out.status = EncryptionStatus::Malformed; // the associated data cannot be rebuilt
        return out;
    }
    if (!mine)
        return out; // Locked
    EncryptionContext context{chainId.isEmpty() ? sigChain.toString() : chainId, sender, recipient,
                              *sigNonce.toInt64()};
    return decryptParts(*parts, context, *mine);
}

} // namespace aitbc::messaging
