#include "tx/transaction.h"

#include "crypto/encoding.h"
#include "json/canonical.h"

namespace aitbc::tx {

json::Value refSignedObject(const RefTransfer& t) {
    json::Value payload = json::Value::object();
    payload.insert(QStringLiteral("recipient"), t.to);
    payload.insert(QStringLiteral("amount"), t.amount);
    if (t.message) {
        // §6.3: `agent message` reads payload.message, the daemon and `agent messages` read payload.payload.
        payload.insert(QStringLiteral("message"), *t.message);
        payload.insert(QStringLiteral("payload"), *t.message);
    }
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("type"), QStringLiteral("TRANSFER"));
    o.insert(QStringLiteral("chain_id"), t.chainId);
    o.insert(QStringLiteral("from"), t.from);
    o.insert(QStringLiteral("nonce"), t.nonce);
    o.insert(QStringLiteral("fee"), t.fee);
    o.insert(QStringLiteral("payload"), std::move(payload));
    return o;
}

json::Value legacySignedObject(const LegacyTransfer& t) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("type"), QStringLiteral("transfer"));
    o.insert(QStringLiteral("from"), t.from);
    o.insert(QStringLiteral("to"), t.to);
    o.insert(QStringLiteral("amount"), t.amount);
    o.insert(QStringLiteral("fee"), t.fee);
    o.insert(QStringLiteral("nonce"), t.nonce);
    o.insert(QStringLiteral("payload"), t.payload);
    o.insert(QStringLiteral("chain_id"), t.chainId);
    return o;
}

namespace {
/// Lowercase hex of `bytes` as a QString, written in one allocation.
QString hexString(QByteArrayView bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out(bytes.size() * 2, Qt::Uninitialized);
    QChar* d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = QLatin1Char(kDigits[b >> 4]);
        *d++ = QLatin1Char(kDigits[b & 15]);
    }
    return out;
}
} // namespace

SignedTransaction sign(json::Value signedObject, const crypto::Ed25519Key& key, SignatureKeys keys) {
    SignedTransaction s;
    s.signedString = json::dumpSigned(signedObject);
    s.signature = key.sign(s.signedString);
    s.publicKey = key.publicKey();
    s.body = signedObject;
    s.signedObject = std::move(signedObject);
    const QString sigHex = hexString(s.signature);
    if (s.body.isObject()) // one detach and one allocation for the three members appended below
        s.body.asObject().reserve(s.body.asObject().size() + 3);
    if (keys != SignatureKeys::Sig)
        s.body.insert(QStringLiteral("signature"), sigHex);
    if (keys != SignatureKeys::Signature)
        s.body.insert(QStringLiteral("sig"), sigHex);
    s.body.insert(QStringLiteral("public_key"), hexString(s.publicKey));
    return s;
}

Verification verify(const json::Value& body) {
    if (!body.isObject())
        return Verification::NotAnObject;
    const json::Value* pub = body.find(QStringLiteral("public_key"));
    if (!pub || !pub->isString())
        return Verification::MissingPublicKey;
    const json::Value* signature = body.find(QStringLiteral("signature"));
    const json::Value* sig = body.find(QStringLiteral("sig"));
    if (signature && !signature->isString())
        signature = nullptr;
    if (sig && !sig->isString())
        sig = nullptr;
    if (!signature && !sig)
        return Verification::MissingSignature;
    if (signature && sig && signature->toString() != sig->toString())
        return Verification::SignatureConflict;
    const QString sigText = (signature ? signature : sig)->toString();
    const auto pubBytes = crypto::fromHex(pub->toString().toLatin1());
    const auto sigBytes = crypto::fromHex(sigText.toLatin1());
    if (!pubBytes || pubBytes->size() != crypto::Ed25519Key::kPublicKeySize || !sigBytes ||
        sigBytes->size() != crypto::Ed25519Key::kSignatureSize)
        return Verification::MalformedHex;
    json::Value signedObject = body;
    signedObject.remove(QStringLiteral("signature"));
    signedObject.remove(QStringLiteral("sig"));
    signedObject.remove(QStringLiteral("public_key"));
    return crypto::ed25519Verify(*pubBytes, json::dumpSigned(signedObject), *sigBytes)
               ? Verification::Valid
               : Verification::BadSignature;
}

QString verificationName(Verification v) {
    switch (v) {
    case Verification::Valid:
        return QStringLiteral("valid");
    case Verification::BadSignature:
        return QStringLiteral("bad-signature");
    case Verification::NotAnObject:
        return QStringLiteral("not-an-object");
    case Verification::MissingPublicKey:
        return QStringLiteral("missing-public-key");
    case Verification::MissingSignature:
        return QStringLiteral("missing-signature");
    case Verification::MalformedHex:
        return QStringLiteral("malformed-hex");
    case Verification::SignatureConflict:
        return QStringLiteral("signature-conflict");
    }
    return {};
}

} // namespace aitbc::tx
