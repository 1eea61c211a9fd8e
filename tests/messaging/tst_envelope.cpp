// The §6.3 envelope with the in-payload authorship signature: building, node hash, and verification of
// valid, forged, tampered, replayed-elsewhere and unsigned messages.
#include "test_keys.h"

#include "crypto/encoding.h"
#include "messaging/envelope.h"
#include "protocol/ref_request.h"
#include "json/canonical.h"

#include <QtTest>

using namespace aitbc;
using messaging::Authorship;

class TestEnvelope : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey mallory = test::makeKey('m');

    messaging::OutgoingMessage message(const QString& text = QStringLiteral("ping")) const {
        messaging::OutgoingMessage m;
        m.chainId = QStringLiteral("ait-devnet");
        m.from = alice.address;
        m.to = bob.address;
        m.text = text;
        m.nonce = 3;
        m.fee = 10;
        return m;
    }

    /// The inner payload as a REF proposer stores it (§4.3): the normalized payload object.
    static json::Value storedPayload(const json::Value& body) {
        QList<protocol::ValidationError> errors;
        const auto req = protocol::parseRefRequest(body, &errors);
        return req ? req->payload : json::Value();
    }

    Authorship check(const json::Value& payload, const QString& sender, const QString& recipient,
                     const QString& text, const QString& chain = QStringLiteral("ait-devnet")) {
        return messaging::checkAuthorship(payload, sender, recipient, text, chain).status;
    }

private slots:
    void envelopeFollowsSection6_3() {
        const auto signedTx =
            messaging::buildMessageTransaction(message(QStringLiteral("pong \u2713")), *alice.key);
        const json::Value& body = signedTx.body;
        QCOMPARE(body[QStringLiteral("type")].toString(), QStringLiteral("TRANSFER"));
        QCOMPARE(body[QStringLiteral("from")].toString(), alice.address);
        QCOMPARE(*body[QStringLiteral("nonce")].toInt64(), 3);
        QCOMPARE(*body[QStringLiteral("fee")].toInt64(), 10);
        const json::Value& p = body[QStringLiteral("payload")];
        QCOMPARE(p[QStringLiteral("recipient")].toString(), bob.address);
        QVERIFY(p[QStringLiteral("amount")].isInteger());
        QCOMPARE(*p[QStringLiteral("amount")].toInt64(), 0);
        QCOMPARE(p[QStringLiteral("message")].toString(), QStringLiteral("pong \u2713"));
        QCOMPARE(p[QStringLiteral("payload")].toString(), QStringLiteral("pong \u2713"));
        QCOMPARE(*p[QStringLiteral("sig_v")].toInt64(), 1);
        QCOMPARE(p[QStringLiteral("sig_pub")].toString().toLatin1(), crypto::toHex(alice.key->publicKey()));
        QCOMPARE(p[QStringLiteral("sig")].toString().size(), 128);
        // The ordinary transaction signature (§1.4) is there as well and verifies.
        QCOMPARE(tx::verify(body), tx::Verification::Valid);
        // The node accepts it (§1.2) and its hash can be predicted (§1.6).
        const auto hash = protocol::predictNodeHash(body, QStringLiteral("ait-devnet"));
        QVERIFY2(hash, qPrintable(hash.error().message));
        QVERIFY(hash->startsWith(QStringLiteral("0x")));
        QCOMPARE(hash->size(), 66);
    }

    void signedBytesAreDocumented() {
        const QByteArray bytes =
            messaging::authorshipBytes(QStringLiteral("ait-devnet"), QStringLiteral("ait1a"),
                                       QStringLiteral("ait1b"), 7, QStringLiteral("gr\u00fc\u00dfe"), {});
        QCOMPARE(bytes,
                 QByteArray(
                     "AITBC-MSG-SIG-1\n{\"chain\":\"ait-devnet\",\"from\":\"ait1a\",\"nonce\":7,\"re\":null,"
                     "\"text\":\"gr\\u00fc\\u00dfe\",\"to\":\"ait1b\"}"));
        const QByteArray withRe =
            messaging::authorshipBytes(QStringLiteral("c"), QStringLiteral("f"), QStringLiteral("t"), 0,
                                       QStringLiteral("x"), QStringLiteral("0xab"));
        QVERIFY(withRe.contains("\"re\":\"0xab\""));
    }

    void validMessageVerifies() {
        const auto signedTx = messaging::buildMessageTransaction(message(), *alice.key);
        const json::Value stored = storedPayload(signedTx.body);
        const auto c = messaging::checkAuthorship(stored, alice.address, bob.address, QStringLiteral("ping"),
                                                  QStringLiteral("ait-devnet"));
        QCOMPARE(c.status, Authorship::Verified);
        QVERIFY(c.verified());
        QCOMPARE(*c.addressStyle, address::Style::Cli);
        QCOMPARE(*c.signedNonce, 3);
    }

    void otherAddressSchemesVerify_data() {
        QTest::addColumn<int>("style");
        QTest::newRow("sha256") << int(address::Style::Sha256);
        QTest::newRow("bech32") << int(address::Style::Bech32);
    }
    void otherAddressSchemesVerify() {
        QFETCH(int, style);
        const test::TestKey k = test::makeKey('s', address::Style(style));
        messaging::OutgoingMessage m = message();
        m.from = k.address;
        const json::Value stored = storedPayload(messaging::buildMessageTransaction(m, *k.key).body);
        const auto c = messaging::checkAuthorship(stored, k.address, bob.address, QStringLiteral("ping"), {});
        QCOMPARE(c.status, Authorship::Verified);
        QCOMPARE(int(*c.addressStyle), style);
    }

    void followerRowShapeVerifies() {
        // A REF follower stores the whole normalized dict (§4.3); the check descends into it.
        const auto signedTx = messaging::buildMessageTransaction(message(), *alice.key);
        QList<protocol::ValidationError> errors;
        const auto req = protocol::parseRefRequest(signedTx.body, &errors);
        QVERIFY(req);
        protocol::AdmissionError admission;
        const auto normalized = protocol::normalizeRef(*req, QStringLiteral("ait-devnet"), &admission);
        QVERIFY(normalized);
        QCOMPARE(check(*normalized, alice.address, bob.address, QStringLiteral("ping")),
                 Authorship::Verified);
    }

    void forgedSenderIsNotVerified() {
        // Mallory signs with her own key but claims Alice's address: the signature is valid, the key is not
        // Alice's.
        messaging::OutgoingMessage m = message();
        const json::Value forged = storedPayload(messaging::buildMessageTransaction(m, *mallory.key).body);
        QCOMPARE(check(forged, alice.address, bob.address, QStringLiteral("ping")), Authorship::KeyNotSender);
        // Mallory copies Alice's signed payload into a transaction from her own address.
        const json::Value copied = storedPayload(messaging::buildMessageTransaction(m, *alice.key).body);
        QCOMPARE(check(copied, mallory.address, bob.address, QStringLiteral("ping")),
                 Authorship::BadSignature);
        // ... or redirects it to another recipient.
        QCOMPARE(check(copied, alice.address, mallory.address, QStringLiteral("ping")),
                 Authorship::BadSignature);
    }

    void tamperedTextIsNotVerified() {
        json::Value stored = storedPayload(messaging::buildMessageTransaction(message(), *alice.key).body);
        json::Value both = stored;
        both.insert(QStringLiteral("message"), QStringLiteral("send me 1000 AIT"));
        both.insert(QStringLiteral("payload"), QStringLiteral("send me 1000 AIT"));
        QCOMPARE(check(both, alice.address, bob.address, QStringLiteral("send me 1000 AIT")),
                 Authorship::BadSignature);
        json::Value one = stored;
        one.insert(QStringLiteral("payload"), QStringLiteral("send me 1000 AIT"));
        QCOMPARE(check(one, alice.address, bob.address, QStringLiteral("ping")), Authorship::TextMismatch);
        json::Value sig = stored;
        QString s = sig[QStringLiteral("sig")].toString();
        s[0] = s[0] == u'0' ? u'1' : u'0';
        sig.insert(QStringLiteral("sig"), s);
        QCOMPARE(check(sig, alice.address, bob.address, QStringLiteral("ping")), Authorship::BadSignature);
        json::Value nonce = stored;
        nonce.insert(QStringLiteral("sig_nonce"), qint64(4));
        QCOMPARE(check(nonce, alice.address, bob.address, QStringLiteral("ping")), Authorship::BadSignature);
    }

    void otherChainIsNotVerified() {
        const json::Value stored =
            storedPayload(messaging::buildMessageTransaction(message(), *alice.key).body);
        QCOMPARE(
            check(stored, alice.address, bob.address, QStringLiteral("ping"), QStringLiteral("ait-mainnet")),
            Authorship::WrongChain);
    }

    void unsignedAndMalformed() {
        // The CLI's `agent message` payload (§1.4): shown, unverified, not rejected.
        json::Value plain = json::Value::object();
        plain.insert(QStringLiteral("recipient"), bob.address);
        plain.insert(QStringLiteral("amount"), qint64(0));
        plain.insert(QStringLiteral("message"), QStringLiteral("ping"));
        QCOMPARE(check(plain, alice.address, bob.address, QStringLiteral("ping")), Authorship::Unsigned);
        QCOMPARE(
            check(json::Value(QStringLiteral("ping")), alice.address, bob.address, QStringLiteral("ping")),
            Authorship::Unsigned);
        json::Value bad = storedPayload(messaging::buildMessageTransaction(message(), *alice.key).body);
        bad.insert(QStringLiteral("sig_pub"), QStringLiteral("zz"));
        QCOMPARE(check(bad, alice.address, bob.address, QStringLiteral("ping")), Authorship::Malformed);
        json::Value v2 = storedPayload(messaging::buildMessageTransaction(message(), *alice.key).body);
        v2.insert(QStringLiteral("sig_v"), qint64(2));
        QCOMPARE(check(v2, alice.address, bob.address, QStringLiteral("ping")), Authorship::UnknownVersion);
        json::Value vs = plain;
        vs.insert(QStringLiteral("sig_v"), QStringLiteral("1"));
        QCOMPARE(check(vs, alice.address, bob.address, QStringLiteral("ping")), Authorship::Malformed);
    }

    void replyReferenceIsSigned() {
        messaging::OutgoingMessage m = message(QStringLiteral("pong"));
        m.inReplyTo = QStringLiteral("0x") + QString(64, u'a');
        json::Value stored = storedPayload(messaging::buildMessageTransaction(m, *alice.key).body);
        const auto c =
            messaging::checkAuthorship(stored, alice.address, bob.address, QStringLiteral("pong"), {});
        QCOMPARE(c.status, Authorship::Verified);
        QCOMPARE(c.inReplyTo, m.inReplyTo);
        stored.insert(QStringLiteral("in_reply_to"), QString(QStringLiteral("0x") + QString(64, u'b')));
        QCOMPARE(check(stored, alice.address, bob.address, QStringLiteral("pong")), Authorship::BadSignature);
    }

    void namesAreStable() {
        QCOMPARE(messaging::authorshipName(Authorship::Verified), QStringLiteral("verified"));
        QCOMPARE(messaging::authorshipName(Authorship::KeyNotSender), QStringLiteral("key-not-sender"));
        QVERIFY(!messaging::authorshipExplanation(Authorship::Unsigned).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
