// The agent protocol (docs/agent-protocol.md): keys derived from a seed match the vectors computed by the
// independent Python implementation, encrypted messages open for recipient and sender only, every changed
// byte of ciphertext, associated data or card fails with a clear status, cards and acknowledgments are
// indexed as documented.
#include "test_keys.h"
#include "testdata.h"

#include "crypto/encoding.h"
#include "crypto/x25519.h"
#include "messaging/acknowledgments.h"
#include "messaging/agent_card.h"
#include "messaging/agent_directory.h"
#include "messaging/encrypted_envelope.h"
#include "messaging/envelope.h"
#include "protocol/ref_request.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QtTest>

using namespace aitbc;
using messaging::CardStatus;
using messaging::EncryptionStatus;

namespace {
const QString kChain = QStringLiteral("ait-devnet");

json::Value vectors() {
    // Computed by tests/interop/agent_protocol.py (the independent implementation) and committed.
    auto v = json::parse(test::readTestData(QStringLiteral("../interop/agent_vectors.json")));
    if (!v)
        qFatal("agent_vectors.json: %s", qPrintable(v.error().message));
    return *v;
}

QByteArray hexValue(const json::Value& v) {
    return *crypto::fromHex(v.toString().toLatin1());
}

/// The inner payload as a REF proposer stores it (§4.3).
json::Value stored(const json::Value& body) {
    QList<protocol::ValidationError> errors;
    const auto req = protocol::parseRefRequest(body, &errors);
    return req ? req->payload : json::Value();
}

crypto::X25519Key encKey(const test::TestKey& k) {
    return std::move(crypto::X25519Key::fromEd25519Seed(k.key->seed().view()).value());
}
} // namespace

class TestAgentProtocol : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b', address::Style::Bech32);
    test::TestKey carol = test::makeKey('c');

    messaging::OutgoingMessage message(const QString& text) const {
        messaging::OutgoingMessage m;
        m.chainId = kChain;
        m.from = alice.address;
        m.to = bob.address;
        m.text = text;
        m.nonce = 5;
        m.fee = 10;
        return m;
    }

    json::Value encryptedPayload(const QString& text) {
        auto signedTx =
            messaging::buildEncryptedMessageTransaction(message(text), *alice.key, encKey(bob).publicKey());
        if (!signedTx)
            qFatal("encryption failed: %s", qPrintable(signedTx.error().message));
        return stored(signedTx->body);
    }

    messaging::DecryptionResult open(const json::Value& payload, const test::TestKey& reader,
                                     const QString& from = {}, const QString& to = {}) {
        const crypto::X25519Key k = encKey(reader);
        return messaging::decryptStoredMessage(payload, from.isEmpty() ? alice.address : from,
                                               to.isEmpty() ? bob.address : to, kChain, &k);
    }

    messaging::AgentCard card(qint64 issued = 1'700'000'000) const {
        messaging::AgentCard c;
        c.address = alice.address;
        c.chainId = kChain;
        c.name = QStringLiteral("alice");
        c.description = QStringLiteral("answers pings");
        c.capabilities = {QStringLiteral("ping"), QStringLiteral("encrypted"), QStringLiteral("acks")};
        c.encryptionKey = encKey(alice).publicKey();
        c.issued = issued;
        c.expires = issued + messaging::kDefaultCardLifetimeSeconds;
        return c;
    }

    json::Value cardPayload(const messaging::AgentCard& c, const test::TestKey& signer) {
        messaging::OutgoingMessage m = message(QString::fromLatin1(messaging::kCardMarker));
        m.to = m.from;
        m.extraMembers = json::Value::object();
        messaging::insertCardMembers(m.extraMembers, c, *signer.key);
        return stored(messaging::buildMessageTransaction(m, *signer.key).body);
    }

private slots:
    void seedGivesTheVectorKeys() {
        const json::Value v = vectors();
        for (const QString& name : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            const json::Value& k = v[QStringLiteral("keys")][name];
            auto key = crypto::X25519Key::fromEd25519Seed(hexValue(k[QStringLiteral("seed")]));
            QVERIFY(key);
            QCOMPARE(crypto::toHex(key->publicKey()),
                     k[QStringLiteral("x25519_public")].toString().toLatin1());
            auto fromPrivate = crypto::X25519Key::fromPrivate(hexValue(k[QStringLiteral("x25519_private")]));
            QVERIFY(fromPrivate);
            QCOMPARE(fromPrivate->publicKey(), key->publicKey());
        }
        QVERIFY(!crypto::X25519Key::fromEd25519Seed(QByteArray(31, 'x')));
    }

    void fixedInputsGiveTheVectorMessage() {
        const json::Value v = vectors();
        const json::Value& m = v[QStringLiteral("message")];
        const json::Value& ctx = m[QStringLiteral("context")];
        const messaging::EncryptionContext context{
            ctx[QStringLiteral("chain")].toString(), ctx[QStringLiteral("from")].toString(),
            ctx[QStringLiteral("to")].toString(), *ctx[QStringLiteral("nonce")].toInt64()};
        const messaging::EncryptionFixedInputs fixed{hexValue(m[QStringLiteral("ephemeral_private")]),
                                                     hexValue(m[QStringLiteral("content_key")]),
                                                     hexValue(m[QStringLiteral("content_nonce")])};
        const json::Value& keys = v[QStringLiteral("keys")];
        auto parts = messaging::encryptText(
            m[QStringLiteral("text")].toString(), context,
            hexValue(keys[QStringLiteral("bob")][QStringLiteral("x25519_public")]),
            hexValue(keys[QStringLiteral("alice")][QStringLiteral("x25519_public")]), &fixed);
        QVERIFY2(parts, qPrintable(parts.error().message));
        json::Value members = json::Value::object();
        messaging::insertEncryptedMembers(members, *parts);
        QCOMPARE(members, m[QStringLiteral("members")]);
        QCOMPARE(messaging::encryptionAssociatedData(context, parts->ephemeralPublic, parts->contentNonce),
                 m[QStringLiteral("associated_data")].toString().toUtf8());
        QCOMPARE(messaging::encryptedSignedText(*parts),
                 m[QStringLiteral("signed_text")].toString().toUtf8());
        // And the vector opens with bob's key derived from his seed.
        auto bobKey =
            crypto::X25519Key::fromEd25519Seed(hexValue(keys[QStringLiteral("bob")][QStringLiteral("seed")]));
        const auto r = messaging::decryptParts(*parts, context, *bobKey);
        QCOMPARE(r.status, EncryptionStatus::Decrypted);
        QCOMPARE(r.text, m[QStringLiteral("text")].toString());
    }

    void encryptedMessageOpensForBothPartiesOnly() {
        const QString secret = QStringLiteral("meet at block 42 \u2603");
        const json::Value p = encryptedPayload(secret);
        // Plain readers see the marker; the stored payload holds no plaintext.
        QCOMPARE(p[QStringLiteral("message")].toString(), QString::fromLatin1(messaging::kEncryptedMarker));
        QCOMPARE(p[QStringLiteral("payload")].toString(), QString::fromLatin1(messaging::kEncryptedMarker));
        QVERIFY(!json::dumpCompact(p).contains("meet at"));
        // The authorship signature verifies (over the ciphertext, with the marker as text).
        QCOMPARE(messaging::checkAuthorship(p, alice.address, bob.address,
                                            QString::fromLatin1(messaging::kEncryptedMarker), kChain)
                     .status,
                 messaging::Authorship::Verified);
        auto r = open(p, bob);
        QCOMPARE(r.status, EncryptionStatus::Decrypted);
        QCOMPARE(r.text, secret);
        QVERIFY(!r.asSender);
        r = open(p, alice);
        QCOMPARE(r.status, EncryptionStatus::Decrypted);
        QCOMPARE(r.text, secret);
        QVERIFY(r.asSender);
        QCOMPARE(open(p, carol).status, EncryptionStatus::NotForThisKey);
        QCOMPARE(messaging::decryptStoredMessage(p, alice.address, bob.address, kChain, nullptr).status,
                 EncryptionStatus::Locked);
        // Two encryptions of one text differ (fresh ephemeral key, content key and nonce).
        QVERIFY(encryptedPayload(secret)[QStringLiteral("enc_ct")] != p[QStringLiteral("enc_ct")]);
        // A plain message is Plain.
        const json::Value plain =
            stored(messaging::buildMessageTransaction(message(secret), *alice.key).body);
        QCOMPARE(open(plain, bob).status, EncryptionStatus::Plain);
    }

    void tamperedBytesFailClearly() {
        const json::Value p = encryptedPayload(QStringLiteral("ping"));
        const QString marker = QString::fromLatin1(messaging::kEncryptedMarker);
        int changes = 0;
        for (const QString& member :
             {QStringLiteral("enc_ct"), QStringLiteral("enc_epk"), QStringLiteral("enc_iv"),
              QStringLiteral("enc_key_to"), QStringLiteral("enc_key_from")}) {
            const QString original = p[member].toString();
            for (int i = 0; i < original.size(); ++i) {
                QString changed = original;
                // Another character of the same alphabet, so the member stays well-formed where it can.
                changed[i] = original[i] == u'a' ? u'b' : (original[i] == u'A' ? u'B' : u'a');
                json::Value t = p;
                t.insert(member, changed);
                const auto r = open(t, bob);
                QVERIFY2(r.status != EncryptionStatus::Decrypted || member == QStringLiteral("enc_key_from"),
                         qPrintable(member + QString::number(i)));
                QVERIFY(r.status != EncryptionStatus::Plain);
                // Whatever changed, the authorship signature no longer verifies.
                QVERIFY(messaging::checkAuthorship(t, alice.address, bob.address, marker, kChain).status !=
                        messaging::Authorship::Verified);
                ++changes;
            }
        }
        QVERIFY(changes > 300);
        // The sender's own wrapped key changed: the sender cannot open it, the recipient still can.
        json::Value t = p;
        QString kf = p[QStringLiteral("enc_key_from")].toString();
        kf[0] = kf[0] == u'0' ? u'1' : u'0';
        t.insert(QStringLiteral("enc_key_from"), kf);
        QCOMPARE(open(t, alice).status, EncryptionStatus::NotForThisKey);
        // The ciphertext of the text changed (base64 of a different byte): tampered, not "not for me".
        QByteArray ct = *crypto::fromBase64(p[QStringLiteral("enc_ct")].toString().toLatin1());
        ct[0] = char(ct[0] ^ 1);
        t = p;
        t.insert(QStringLiteral("enc_ct"), QString::fromLatin1(crypto::toBase64(ct)));
        QCOMPARE(open(t, bob).status, EncryptionStatus::Tampered);
        // Associated data: another sender, recipient, chain or nonce.
        QCOMPARE(open(p, bob, carol.address).status, EncryptionStatus::NotForThisKey);
        QCOMPARE(open(p, bob, {}, carol.address).status, EncryptionStatus::NotForThisKey);
        const crypto::X25519Key bk = encKey(bob);
        QCOMPARE(messaging::decryptStoredMessage(p, alice.address, bob.address, QStringLiteral("other"), &bk)
                     .status,
                 EncryptionStatus::NotForThisKey);
        t = p;
        t.insert(QStringLiteral("sig_nonce"), 6);
        QCOMPARE(open(t, bob).status, EncryptionStatus::NotForThisKey);
        // Malformed and unknown members: a clear status, never a crash.
        for (const auto& [member, value, expected] :
             {std::tuple{QStringLiteral("enc_v"), json::Value(2), EncryptionStatus::UnknownVersion},
              std::tuple{QStringLiteral("enc_v"), json::Value(QStringLiteral("1")),
                         EncryptionStatus::Malformed},
              std::tuple{QStringLiteral("enc_alg"), json::Value(QStringLiteral("rot13")),
                         EncryptionStatus::UnknownVersion},
              std::tuple{QStringLiteral("enc_epk"), json::Value(QStringLiteral("zz")),
                         EncryptionStatus::Malformed},
              std::tuple{QStringLiteral("enc_epk"), json::Value(QString(64, u'0')),
                         EncryptionStatus::Malformed},
              std::tuple{QStringLiteral("enc_ct"), json::Value(QStringLiteral("!!")),
                         EncryptionStatus::Malformed},
              std::tuple{QStringLiteral("enc_ct"), json::Value(QString(200'000, u'A')),
                         EncryptionStatus::Malformed},
              std::tuple{QStringLiteral("enc_key_to"), json::Value(5), EncryptionStatus::Malformed}}) {
            json::Value bad = p;
            bad.insert(member, value);
            QCOMPARE(open(bad, bob).status, expected);
        }
        // A text that is not the marker next to encryption members is a text mismatch.
        QCOMPARE(
            messaging::checkAuthorship(p, alice.address, bob.address, QStringLiteral("hello"), kChain).status,
            messaging::Authorship::TextMismatch);
    }

    void encryptionRefusesBadInput() {
        const auto shortKey = messaging::buildEncryptedMessageTransaction(message(QStringLiteral("x")),
                                                                          *alice.key, QByteArray(31, 'k'));
        QVERIFY(!shortKey);
        QVERIFY(!shortKey.error().message.isEmpty());
        // The all-zero key (a small-order point) is refused rather than used.
        QVERIFY(!messaging::buildEncryptedMessageTransaction(message(QStringLiteral("x")), *alice.key,
                                                             QByteArray(32, '\0')));
        QVERIFY(!messaging::buildEncryptedMessageTransaction(message(QString(70'000, u'x')), *alice.key,
                                                             encKey(bob).publicKey()));
    }

    void cardVerifiesAndEveryChangeFails() {
        const json::Value p = cardPayload(card(), alice);
        auto check = messaging::checkCard(p, alice.address, alice.address, kChain, 1'700'000'100);
        QCOMPARE(check.status, CardStatus::Valid);
        QCOMPARE(check.card.name, QStringLiteral("alice"));
        QCOMPARE(check.card.capabilities.size(), 3);
        QCOMPARE(check.card.encryptionKey, encKey(alice).publicKey());
        // The card text is documented: sorted compact JSON.
        QVERIFY(p[QStringLiteral("card")].toString().startsWith(QStringLiteral("{\"address\":")));
        // Every changed character of the card text fails (bad signature or malformed).
        const QString text = p[QStringLiteral("card")].toString();
        for (int i = 0; i < text.size(); ++i) {
            QString changed = text;
            changed[i] = text[i] == u'a' ? u'b' : u'a';
            json::Value t = p;
            t.insert(QStringLiteral("card"), changed);
            const auto s = messaging::checkCard(t, alice.address, alice.address, kChain, 0).status;
            QVERIFY2(s == CardStatus::BadSignature || s == CardStatus::Malformed ||
                         s == CardStatus::UnknownVersion,
                     qPrintable(QString::number(i)));
        }
        // Binding: a card of alice's address signed by carol, a card on another transaction, chain, time.
        QCOMPARE(
            messaging::checkCard(cardPayload(card(), carol), alice.address, alice.address, kChain, 0).status,
            CardStatus::KeyNotSender);
        QCOMPARE(messaging::checkCard(p, alice.address, bob.address, kChain, 0).status,
                 CardStatus::WrongAddress);
        QCOMPARE(messaging::checkCard(p, carol.address, carol.address, kChain, 0).status,
                 CardStatus::WrongAddress);
        QCOMPARE(messaging::checkCard(p, alice.address, alice.address, QStringLiteral("x"), 0).status,
                 CardStatus::WrongChain);
        QCOMPARE(messaging::checkCard(p, alice.address, alice.address, kChain, 1'800'000'000).status,
                 CardStatus::Expired);
        json::Value t = p;
        t.insert(QStringLiteral("card"), QString(5000, u'{'));
        QCOMPARE(messaging::checkCard(t, alice.address, alice.address, kChain, 0).status,
                 CardStatus::Malformed);
        t.insert(QStringLiteral("card"), QStringLiteral("[1,2]"));
        QCOMPARE(messaging::checkCard(t, alice.address, alice.address, kChain, 0).status,
                 CardStatus::Malformed);
        QCOMPARE(
            messaging::checkCard(
                stored(messaging::buildMessageTransaction(message(QStringLiteral("hi")), *alice.key).body),
                alice.address, bob.address, kChain, 0)
                .status,
            CardStatus::NotACard);
        messaging::AgentCard bad = card();
        bad.name.clear();
        QVERIFY(!messaging::cardProblem(bad).isEmpty());
    }

    void directoryKeepsTheNewestValidCard() {
        messaging::AgentDirectory dir(kChain, 1'700'000'100);
        auto msg = [&](const json::Value& payload, qint64 height, const QString& from) {
            chain::ChainMessage m;
            m.payload = payload;
            m.sender = from;
            m.recipient = from;
            m.blockHeight = height;
            m.txHash = QStringLiteral("0x%1").arg(height);
            m.text = QString::fromLatin1(messaging::kCardMarker);
            return m;
        };
        messaging::AgentCard newer = card(1'700'000'050);
        newer.name = QStringLiteral("alice v2");
        QCOMPARE(dir.add(msg(cardPayload(newer, alice), 20, alice.address), true), CardStatus::Valid);
        // An older card seen later (incremental, any order) does not replace the newer one.
        QCOMPARE(dir.add(msg(cardPayload(card(), alice), 30, alice.address), true), CardStatus::Valid);
        QCOMPARE(dir.find(alice.address)->card.name, QStringLiteral("alice v2"));
        QCOMPARE(dir.find(alice.address)->height, 20);
        // A forged card is ignored and counted.
        QCOMPARE(dir.add(msg(cardPayload(card(1'700'000'090), carol), 40, alice.address), true),
                 CardStatus::KeyNotSender);
        QCOMPARE(dir.rejected(), 1);
        QCOMPARE(dir.agents().size(), 1);
        QCOMPARE(dir.find(alice.address)->card.name, QStringLiteral("alice v2"));
        QVERIFY(!dir.find(bob.address));
    }

    void acknowledgmentsAreBatchedAndNeverAcknowledged() {
        const QStringList hashes{QStringLiteral("0x") + QString(64, u'a'),
                                 QStringLiteral("0x") + QString(64, u'b')};
        const QString text = messaging::ackText(hashes);
        QCOMPARE(text, QStringLiteral("[ack] ") + hashes.join(u' '));
        QCOMPARE(*messaging::parseAckText(text), hashes);
        QVERIFY(!messaging::parseAckText(QStringLiteral("[ack] ")));
        QVERIFY(!messaging::parseAckText(QStringLiteral("[ack] 0x12 <script>")));
        QVERIFY(!messaging::parseAckText(QStringLiteral("[ack]  0x12")));
        QStringList tooMany;
        for (int i = 0; i <= messaging::kMaxAckHashes; ++i)
            tooMany.append(QStringLiteral("0x%1").arg(i));
        QVERIFY(!messaging::parseAckText(messaging::ackText(tooMany)));
        QVERIFY(!messaging::parseAckText(QStringLiteral("[ack] ") + QString(1'000'000, u'a')));

        // bob acknowledges two of alice's messages in one transaction.
        messaging::OutgoingMessage m = message(text);
        m.from = bob.address;
        m.to = alice.address;
        m.extraMembers = messaging::ackMembers();
        const json::Value ackPayload = stored(messaging::buildMessageTransaction(m, *bob.key).body);
        QVERIFY(messaging::isAckPayload(ackPayload));
        QCOMPARE(messaging::checkAuthorship(ackPayload, bob.address, alice.address, text, kChain).status,
                 messaging::Authorship::Verified);
        chain::ChainMessage ack;
        ack.payload = ackPayload;
        ack.sender = bob.address;
        ack.recipient = alice.address;
        ack.text = text;
        ack.blockHeight = 12;
        ack.txHash = QStringLiteral("0xack");
        messaging::AckIndex index;
        QCOMPARE(index.addVerified(ack, {}), 2);
        QCOMPARE(index.acknowledged(hashes[0], bob.address)->height, 12);
        QCOMPARE(index.acknowledged(hashes[1], bob.address)->byTxHash, QStringLiteral("0xack"));
        // Only the recipient's acknowledgment counts.
        QVERIFY(!index.acknowledged(hashes[0], carol.address));
        // A pong acknowledges its ping; the earliest acknowledgment stands.
        chain::ChainMessage pong = ack;
        pong.payload =
            stored(messaging::buildMessageTransaction(message(QStringLiteral("pong")), *bob.key).body);
        pong.text = QStringLiteral("pong");
        pong.blockHeight = 15;
        QCOMPARE(index.addVerified(pong, hashes[0]), 1);
        QCOMPARE(index.acknowledged(hashes[0], bob.address)->height, 12);
        QCOMPARE(index.addVerified(pong, QStringLiteral("0xping")), 1);
        QCOMPARE(index.acknowledged(QStringLiteral("0xping"), bob.address)->height, 15);
        // A plain message acknowledges nothing.
        pong.payload = json::Value::object();
        QCOMPARE(index.addVerified(pong, {}), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgentProtocol)
#include "tst_agent_protocol.moc"
