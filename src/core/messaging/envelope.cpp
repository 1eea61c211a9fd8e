#include "messaging/envelope.h"

#include "crypto/encoding.h"
#include "crypto/x25519.h"
#include "messaging/encrypted_envelope.h"
#include "json/canonical.h"

namespace aitbc::messaging {

namespace {
const QString kSigV = QStringLiteral("sig_v");
const QString kSigPub = QStringLiteral("sig_pub");
const QString kSigChain = QStringLiteral("sig_chain");
const QString kSigNonce = QStringLiteral("sig_nonce");
const QString kSig = QStringLiteral("sig");
const QString kInReplyTo = QStringLiteral("in_reply_to");
} // namespace

QByteArray authorshipBytes(const QString& chainId, const QString& from, const QString& to, qint64 nonce,
                           const QString& text, const QString& inReplyTo) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("chain"), chainId);
    o.insert(QStringLiteral("from"), from);
    o.insert(QStringLiteral("nonce"), nonce);
    o.insert(QStringLiteral("re"), inReplyTo.isEmpty() ? json::Value() : json::Value(inReplyTo));
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("to"), to);
    return QByteArray(kAuthorshipDomain) + json::dumpCompact(o);
}

namespace {
tx::SignedTransaction buildSigned(const OutgoingMessage& m, const crypto::Ed25519Key& key,
                                  const EncryptedParts* encrypted) {
    tx::RefTransfer t;
    t.chainId = m.chainId;
    t.from = m.from;
    t.to = m.to;
    t.nonce = m.nonce;
    t.fee = m.fee;
    t.amount = qint64(0);
    t.message = encrypted ? QString::fromLatin1(kEncryptedMarker) : m.text;
    json::Value object = tx::refSignedObject(t);
    json::Value* payload = object.find(QStringLiteral("payload"));
    Q_ASSERT(payload && payload->isObject());
    if (m.extraMembers.isObject())
        for (const auto& [name, value] : m.extraMembers.asObject())
            if (!payload->contains(name))
                payload->insert(name, value);
    const QString signedText = encrypted ? QString::fromLatin1(encryptedSignedText(*encrypted)) : m.text;
    const QByteArray signature =
        key.sign(authorshipBytes(m.chainId, m.from, m.to, m.nonce, signedText, m.inReplyTo));
    if (!m.inReplyTo.isEmpty())
        payload->insert(kInReplyTo, m.inReplyTo);
    payload->insert(kSigV, 1);
    payload->insert(kSigPub, QString::fromLatin1(crypto::toHex(key.publicKey())));
    payload->insert(kSigChain, m.chainId);
    payload->insert(kSigNonce, m.nonce);
    payload->insert(kSig, QString::fromLatin1(crypto::toHex(signature)));
    if (encrypted)
        insertEncryptedMembers(*payload, *encrypted);
    return tx::sign(object, key, tx::SignatureKeys::Both);
}
} // namespace

tx::SignedTransaction buildMessageTransaction(const OutgoingMessage& m, const crypto::Ed25519Key& key) {
    return buildSigned(m, key, nullptr);
}

Result<tx::SignedTransaction> buildEncryptedMessageTransaction(const OutgoingMessage& m,
                                                               const crypto::Ed25519Key& key,
                                                               const QByteArray& recipientEncryptionKey) {
    auto mine = crypto::X25519Key::fromEd25519Seed(key.seed().view());
    if (!mine)
        return Error{mine.error().message};
    auto parts = encryptText(m.text, EncryptionContext{m.chainId, m.from, m.to, m.nonce},
                             recipientEncryptionKey, mine->publicKey());
    if (!parts)
        return parts.error();
    return buildSigned(m, key, &*parts);
}

QString authorshipName(Authorship a) {
    switch (a) {
    case Authorship::Verified:
        return QStringLiteral("verified");
    case Authorship::Unsigned:
        return QStringLiteral("unsigned");
    case Authorship::Malformed:
        return QStringLiteral("malformed");
    case Authorship::UnknownVersion:
        return QStringLiteral("unknown-version");
    case Authorship::BadSignature:
        return QStringLiteral("bad-signature");
    case Authorship::KeyNotSender:
        return QStringLiteral("key-not-sender");
    case Authorship::WrongChain:
        return QStringLiteral("wrong-chain");
    case Authorship::TextMismatch:
        return QStringLiteral("text-mismatch");
    case Authorship::Replayed:
        return QStringLiteral("replayed");
    case Authorship::NonceMismatch:
        return QStringLiteral("nonce-mismatch");
    }
    return QStringLiteral("unknown");
}

QString authorshipExplanation(Authorship a) {
    switch (a) {
    case Authorship::Verified:
        return QStringLiteral("Signed by the key the sender address belongs to.");
    case Authorship::Unsigned:
        return QStringLiteral("Not signed: the node checks no signatures, so anybody could have sent it "
                              "from this address.");
    case Authorship::Malformed:
        return QStringLiteral("The signature fields are malformed.");
    case Authorship::UnknownVersion:
        return QStringLiteral("Signed with an unknown signature version.");
    case Authorship::BadSignature:
        return QStringLiteral("The signature does not match this sender, recipient and text: forged or "
                              "tampered.");
    case Authorship::KeyNotSender:
        return QStringLiteral("Validly signed, but by a key the sender address does not belong to.");
    case Authorship::WrongChain:
        return QStringLiteral("Signed for another chain (replayed from elsewhere).");
    case Authorship::TextMismatch:
        return QStringLiteral("The two copies of the text differ: one of them was changed.");
    case Authorship::Replayed:
        return QStringLiteral("Another transaction already carried this signed message (replay).");
    case Authorship::NonceMismatch:
        return QStringLiteral("Signed for another transaction of this sender: a copy of a signed message "
                              "reposted as a new transaction (replay).");
    }
    return {};
}

const json::Value* messagePayloadObject(const json::Value& stored) {
    if (!stored.isObject())
        return nullptr;
    if (const json::Value* nested = stored.find(QStringLiteral("payload"));
        nested && nested->isObject() && stored.contains(QStringLiteral("from")))
        return nested;
    return &stored;
}

AuthorshipCheck checkAuthorship(const json::Value& storedPayload, const QString& sender,
                                const QString& recipient, const QString& text, const QString& chainId) {
    AuthorshipCheck out;
    const json::Value* p = messagePayloadObject(storedPayload);
    if (!p || !p->contains(kSigV)) {
        out.status = Authorship::Unsigned;
        return out;
    }
    const json::Value& v = (*p)[kSigV];
    if (!v.isInteger()) {
        out.status = Authorship::Malformed;
        return out;
    }
    if (v.toInt64() != 1) {
        out.status = Authorship::UnknownVersion;
        return out;
    }
    const json::Value& pub = (*p)[kSigPub];
    const json::Value& sig = (*p)[kSig];
    const json::Value& chain = (*p)[kSigChain];
    const json::Value& nonce = (*p)[kSigNonce];
    const json::Value& re = (*p)[kInReplyTo];
    if (!pub.isString() || !sig.isString() || !chain.isString() || !nonce.isInteger() || !nonce.toInt64() ||
        (!re.isNull() && !re.isString()) || (p->contains(kInReplyTo) && re.isNull())) {
        out.status = Authorship::Malformed;
        return out;
    }
    const auto pubBytes = crypto::fromHex(pub.toString().toLatin1());
    const auto sigBytes = crypto::fromHex(sig.toString().toLatin1());
    if (!pubBytes || pubBytes->size() != crypto::Ed25519Key::kPublicKeySize || !sigBytes ||
        sigBytes->size() != crypto::Ed25519Key::kSignatureSize) {
        out.status = Authorship::Malformed;
        return out;
    }
    out.publicKeyHex = pub.toString();
    out.signedNonce = *nonce.toInt64();
    out.inReplyTo = re.toString();
    // Both copies of the text (§6.3) must agree: a reader that prefers the other one would show a text
    // the signature does not cover.
    const json::Value& message = (*p)[QStringLiteral("message")];
    const json::Value& payloadText = (*p)[QStringLiteral("payload")];
    if (message.isString() && payloadText.isString() && message.toString() != payloadText.toString()) {
        out.status = Authorship::TextMismatch;
        return out;
    }
    // An encrypted message signs its ciphertext members; its text members must be the marker.
    QString signedText = text;
    if (isEncryptedPayload(*p)) {
        EncryptionStatus encStatus = EncryptionStatus::Plain;
        const auto parts = parseEncryptedMembers(*p, &encStatus);
        if (!parts) {
            out.status = Authorship::Malformed;
            return out;
        }
        if (text != QLatin1String(kEncryptedMarker)) {
            out.status = Authorship::TextMismatch;
            return out;
        }
        signedText = QString::fromLatin1(encryptedSignedText(*parts));
    }
    const QByteArray signedBytes =
        authorshipBytes(chain.toString(), sender, recipient, *out.signedNonce, signedText, out.inReplyTo);
    if (!crypto::ed25519Verify(*pubBytes, signedBytes, *sigBytes)) {
        out.status = Authorship::BadSignature;
        return out;
    }
    out.addressStyle = address::addressStyleFor(sender, *pubBytes);
    if (!out.addressStyle) {
        out.status = Authorship::KeyNotSender;
        return out;
    }
    if (!chainId.isEmpty() && chain.toString() != chainId) {
        out.status = Authorship::WrongChain;
        return out;
    }
    out.status = Authorship::Verified;
    return out;
}

} // namespace aitbc::messaging
