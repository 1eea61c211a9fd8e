#include "messaging/agent_card.h"

#include "address/address.h"
#include "crypto/encoding.h"
#include "messaging/envelope.h"
#include "json/canonical.h"
#include "json/parse.h"

namespace aitbc::messaging {

namespace {
const QString kCard = QStringLiteral("card");
const QString kCardPub = QStringLiteral("card_pub");
const QString kCardSig = QStringLiteral("card_sig");

bool isHexKey(const QString& s, int bytes) {
    if (s.size() != bytes * 2)
        return false;
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}
} // namespace

QByteArray cardJson(const AgentCard& c) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("address"), c.address);
    o.insert(QStringLiteral("chain"), c.chainId);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("description"), c.description);
    json::Value caps = json::Value::array();
    for (const QString& cap : c.capabilities)
        caps.append(cap);
    o.insert(QStringLiteral("capabilities"), caps);
    o.insert(QStringLiteral("enc_key"), QString::fromLatin1(crypto::toHex(c.encryptionKey)));
    o.insert(QStringLiteral("node"), c.nodeHint.isEmpty() ? json::Value() : json::Value(c.nodeHint));
    o.insert(QStringLiteral("issued"), c.issued);
    o.insert(QStringLiteral("expires"), c.expires);
    return json::dumpCompact(o);
}

QByteArray cardSignedBytes(const QByteArray& cardText) {
    return QByteArray(kCardDomain) + cardText;
}

QString cardProblem(const AgentCard& c) {
    if (c.name.trimmed().isEmpty() || c.name.size() > kMaxCardName)
        return QStringLiteral("the name must have 1 to %1 characters").arg(kMaxCardName);
    if (c.description.size() > kMaxCardDescription)
        return QStringLiteral("the description may have at most %1 characters").arg(kMaxCardDescription);
    if (c.capabilities.size() > kMaxCardCapabilities)
        return QStringLiteral("at most %1 capabilities").arg(kMaxCardCapabilities);
    for (const QString& cap : c.capabilities)
        if (cap.isEmpty() || cap.size() > kMaxCardCapability)
            return QStringLiteral("a capability must have 1 to %1 characters").arg(kMaxCardCapability);
    if (c.encryptionKey.size() != 32)
        return QStringLiteral("the encryption key must have 32 bytes");
    if (c.nodeHint.size() > kMaxCardNodeHint)
        return QStringLiteral("the node hint may have at most %1 characters").arg(kMaxCardNodeHint);
    if (c.address.isEmpty() || c.chainId.isEmpty())
        return QStringLiteral("the card needs an address and a chain");
    if (c.issued <= 0 || c.expires <= c.issued)
        return QStringLiteral("the card must expire after it is issued");
    return {};
}

void insertCardMembers(json::Value& payload, const AgentCard& card, const crypto::Ed25519Key& key) {
    const QByteArray text = cardJson(card);
    payload.insert(kCard, QString::fromUtf8(text));
    payload.insert(kCardPub, QString::fromLatin1(crypto::toHex(key.publicKey())));
    payload.insert(kCardSig, QString::fromLatin1(crypto::toHex(key.sign(cardSignedBytes(text)))));
}

QString cardStatusName(CardStatus s) {
    switch (s) {
    case CardStatus::NotACard:
        return QStringLiteral("not-a-card");
    case CardStatus::Malformed:
        return QStringLiteral("malformed");
    case CardStatus::UnknownVersion:
        return QStringLiteral("unknown-version");
    case CardStatus::BadSignature:
        return QStringLiteral("bad-signature");
    case CardStatus::KeyNotSender:
        return QStringLiteral("key-not-sender");
    case CardStatus::WrongAddress:
        return QStringLiteral("wrong-address");
    case CardStatus::WrongChain:
        return QStringLiteral("wrong-chain");
    case CardStatus::Expired:
        return QStringLiteral("expired");
    case CardStatus::Valid:
        return QStringLiteral("valid");
    }
    return QStringLiteral("unknown");
}

CardCheck checkCard(const json::Value& storedPayload, const QString& sender, const QString& recipient,
                    const QString& chainId, qint64 nowSeconds) {
    CardCheck out;
    const json::Value* p = messagePayloadObject(storedPayload);
    if (!p || !p->contains(kCard))
        return out;
    out.status = CardStatus::Malformed;
    const json::Value& text = (*p)[kCard];
    const json::Value& pub = (*p)[kCardPub];
    const json::Value& sig = (*p)[kCardSig];
    if (!text.isString() || !pub.isString() || !sig.isString() || !isHexKey(pub.toString(), 32) ||
        !isHexKey(sig.toString(), 64))
        return out;
    const QByteArray cardText = text.toString().toUtf8();
    if (cardText.size() > kMaxCardBytes)
        return out;
    json::ParseOptions limits;
    limits.maxInputBytes = kMaxCardBytes;
    limits.maxDepth = 4;
    limits.maxObjectMembers = 32;
    limits.maxTotalValues = 64;
    limits.maxIntegerDigits = 20;
    json::Value o;
    if (!json::parse(cardText, o, nullptr, limits) || !o.isObject())
        return out;
    const json::Value& v = o[QStringLiteral("v")];
    if (!v.isInteger())
        return out;
    if (v.toInt64() != 1) {
        out.status = CardStatus::UnknownVersion;
        return out;
    }
    const json::Value& address = o[QStringLiteral("address")];
    const json::Value& chain = o[QStringLiteral("chain")];
    const json::Value& name = o[QStringLiteral("name")];
    const json::Value& description = o[QStringLiteral("description")];
    const json::Value& caps = o[QStringLiteral("capabilities")];
    const json::Value& encKey = o[QStringLiteral("enc_key")];
    const json::Value& node = o[QStringLiteral("node")];
    const json::Value& issued = o[QStringLiteral("issued")];
    const json::Value& expires = o[QStringLiteral("expires")];
    if (!address.isString() || !chain.isString() || !name.isString() || !description.isString() ||
        !caps.isArray() || !encKey.isString() || !isHexKey(encKey.toString(), 32) ||
        !(node.isNull() || node.isString()) || !issued.toInt64() || !expires.toInt64())
        return out;
    AgentCard& c = out.card;
    c.address = address.toString();
    c.chainId = chain.toString();
    c.name = name.toString();
    c.description = description.toString();
    for (const json::Value& cap : caps.asArray()) {
        if (!cap.isString())
            return out;
        c.capabilities.append(cap.toString());
    }
    c.encryptionKey = *crypto::fromHex(encKey.toString().toLatin1());
    c.nodeHint = node.toString();
    c.issued = *issued.toInt64();
    c.expires = *expires.toInt64();
    if (!cardProblem(c).isEmpty())
        return out;
    const QByteArray pubBytes = *crypto::fromHex(pub.toString().toLatin1());
    out.publicKeyHex = pub.toString();
    if (!crypto::ed25519Verify(pubBytes, cardSignedBytes(cardText),
                               *crypto::fromHex(sig.toString().toLatin1()))) {
        out.status = CardStatus::BadSignature;
        return out;
    }
    if (!address::addressStyleFor(c.address, pubBytes)) {
        out.status = CardStatus::KeyNotSender;
        return out;
    }
    if (c.address != sender || c.address != recipient) {
        out.status = CardStatus::WrongAddress;
        return out;
    }
    if (!chainId.isEmpty() && c.chainId != chainId) {
        out.status = CardStatus::WrongChain;
        return out;
    }
    if (nowSeconds > 0 && c.expires <= nowSeconds) {
        out.status = CardStatus::Expired;
        return out;
    }
    out.status = CardStatus::Valid;
    return out;
}

} // namespace aitbc::messaging
