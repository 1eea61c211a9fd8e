#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/primitives.h"
#include "protocol/ref_request.h"
#include "testdata.h"
#include "tx/transaction.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::tx;

namespace {
json::Value loadJson(const QString& relative) {
    return *json::parse(test::readTestData(relative));
}
crypto::Ed25519Key vectorKey(const QString& name) {
    const json::Value doc = loadJson(QStringLiteral("vectors/keys.json"));
    for (const auto& k : doc[QStringLiteral("keys")].asArray())
        if (k[QStringLiteral("name")].toString() == name)
            return std::move(
                crypto::Ed25519Key::fromSeed(
                    *crypto::fromHex(k[QStringLiteral("private_seed_hex")].toString().toLatin1()))
                    .value());
    qFatal("no key");
}
QString hexOf(const QByteArray& b) {
    return QString::fromLatin1(crypto::toHex(b));
}
} // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private slots:
    void vectors_data() {
        QTest::addColumn<json::Value>("tx");
        const json::Value doc = loadJson(QStringLiteral("vectors/transactions.json"));
        for (const auto& t : doc[QStringLiteral("transactions")].asArray())
            QTest::newRow(qPrintable(t[QStringLiteral("id")].toString())) << t;
    }
    void vectors() {
        QFETCH(json::Value, tx);
        const auto key = vectorKey(tx[QStringLiteral("signer_key")].toString());
        const json::Value& obj = tx[QStringLiteral("signed_object")];
        const json::Value& post = tx[QStringLiteral("post_body")];
        const SignatureKeys keys =
            post.contains(QStringLiteral("sig"))
                ? (post.contains(QStringLiteral("signature")) ? SignatureKeys::Both : SignatureKeys::Sig)
                : SignatureKeys::Signature;
        const SignedTransaction s = sign(obj, key, keys);
        QCOMPARE(s.signedString, tx[QStringLiteral("canonical_signed_string")].toString().toUtf8());
        QCOMPARE(crypto::toHex(s.signedString),
                 tx[QStringLiteral("canonical_signed_bytes_hex")].toString().toLatin1());
        QCOMPARE(hexOf(s.signature), tx[QStringLiteral("signature_hex")].toString());
        QCOMPARE(hexOf(crypto::sha256(s.signedString)),
                 tx[QStringLiteral("client_sha256_hex_of_canonical")].toString());

        // Our body equals the vector's body, except that AITBC's `wallet send` (tx01) omits public_key.
        json::Value expected = post;
        if (!expected.contains(QStringLiteral("public_key")))
            expected.insert(QStringLiteral("public_key"), hexOf(key.publicKey()));
        QCOMPARE(json::dumpSigned(s.body), json::dumpSigned(expected));

        QCOMPARE(verify(post.contains(QStringLiteral("public_key")) ? post : expected), Verification::Valid);
        QCOMPARE(verify(s.body), Verification::Valid);

        // Node hash prediction for REF-accepted bodies.
        const json::Value& ref = tx[QStringLiteral("ref_node_submission")];
        const auto hash = protocol::predictNodeHash(s.body, QStringLiteral("ait-mainnet"));
        if (ref[QStringLiteral("http_status")].toInt64() == 200) {
            QVERIFY2(hash, qPrintable(hash.error().message));
            QCOMPARE(*hash, ref[QStringLiteral("transaction_hash")].toString());
        } else {
            QVERIFY(!hash); // legacy format: 422 at REF
        }
    }

    void buildersMatchVectors() {
        const auto txs =
            loadJson(QStringLiteral("vectors/transactions.json"))[QStringLiteral("transactions")].asArray();
        RefTransfer t1;
        t1.from = QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d630");
        t1.to = QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c");
        t1.amount = 100;
        QCOMPARE(
            json::dump(refSignedObject(t1), {json::Separators::Spaced, false, true}),
            json::dump(txs[0][QStringLiteral("signed_object")], {json::Separators::Spaced, false, true}));

        RefTransfer t6;
        t6.from = QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c");
        t6.to = QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d630");
        t6.fee = 0;
        t6.message = QStringLiteral("pong \u2713");
        QCOMPARE(
            json::dump(refSignedObject(t6), {json::Separators::Spaced, false, true}),
            json::dump(txs[5][QStringLiteral("signed_object")], {json::Separators::Spaced, false, true}));
        const SignedTransaction s6 =
            sign(refSignedObject(t6), vectorKey(QStringLiteral("B")), SignatureKeys::Signature);
        QCOMPARE(json::dumpSigned(s6.body), json::dumpSigned(txs[5][QStringLiteral("post_body")]));

        LegacyTransfer l4;
        l4.from = t1.from;
        l4.to = t1.to;
        l4.nonce = 1775819657114;
        l4.payload = QStringLiteral("ping");
        QCOMPARE(
            json::dump(legacySignedObject(l4), {json::Separators::Spaced, false, true}),
            json::dump(txs[3][QStringLiteral("signed_object")], {json::Separators::Spaced, false, true}));
        const SignedTransaction s4 =
            sign(legacySignedObject(l4), vectorKey(QStringLiteral("A")), SignatureKeys::Signature);
        QCOMPARE(json::dump(s4.body, {json::Separators::Spaced, false, true}),
                 json::dump(txs[3][QStringLiteral("post_body")], {json::Separators::Spaced, false, true}));
    }

    void emptyMessageIsKept() {
        RefTransfer t;
        t.from = QStringLiteral("a");
        t.to = QStringLiteral("b");
        t.message = QString();
        const json::Value o = refSignedObject(t);
        QVERIFY(o[QStringLiteral("payload")].contains(QStringLiteral("message")));
        QCOMPARE(o[QStringLiteral("payload")][QStringLiteral("payload")].toString(), QString());
        t.message.reset();
        QVERIFY(!refSignedObject(t)[QStringLiteral("payload")].contains(QStringLiteral("message")));
    }

    void bothKeysMakeTheHashCommitToTheSignature() {
        // With `sig` in the body the node's hash covers the signature (§1.6): two different keys signing the
        // same object give different hashes; with `signature` only they collide (signature: null).
        RefTransfer t;
        t.from = QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d630");
        t.to = QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c");
        t.amount = 1;
        const auto a = sign(refSignedObject(t), vectorKey(QStringLiteral("A")));
        const auto b = sign(refSignedObject(t), vectorKey(QStringLiteral("B")));
        QCOMPARE(a.body[QStringLiteral("sig")], a.body[QStringLiteral("signature")]);
        const auto hashA = protocol::predictNodeHash(a.body, QStringLiteral("ait-mainnet"));
        const auto hashB = protocol::predictNodeHash(b.body, QStringLiteral("ait-mainnet"));
        QVERIFY(hashA && hashB);
        QVERIFY(*hashA != *hashB);
        const auto a2 = sign(refSignedObject(t), vectorKey(QStringLiteral("A")), SignatureKeys::Signature);
        const auto b2 = sign(refSignedObject(t), vectorKey(QStringLiteral("B")), SignatureKeys::Signature);
        // Signed the legacy way (`signature` only): the same answer whoever signed.
        const auto legacyA = protocol::predictNodeHash(a2.body, QStringLiteral("ait-mainnet"));
        const auto legacyB = protocol::predictNodeHash(b2.body, QStringLiteral("ait-mainnet"));
        QCOMPARE(legacyA.ok(), legacyB.ok());
        QCOMPARE(legacyA ? *legacyA : legacyA.error().message, legacyB ? *legacyB : legacyB.error().message);
    }

    void realChainPingHash() {
        // transcript.md §1: alice's ping (body with `sig`) was answered with this hash.
        const auto body = json::parse(
            R"({"type": "TRANSFER", "chain_id": "ait-mainnet", "from": "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay", "nonce": 0, "fee": 10, "payload": {"recipient": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "amount": 100, "message": "ping"}, "sig": "ac172ad652cba34d8f155134b3253a4ab5f1516637be0411141b4b3d17ba8cd749db41ed539f66960a7b24a67b77b0a008e7824a4a352f21020bd2ffa15c4d02", "public_key": "e0929a958dc822f5a94efa1a538ead87416bde6425918153cffbd8c2b9eebb35"})");
        QCOMPARE(verify(*body), Verification::Valid);
        QCOMPARE(*protocol::predictNodeHash(*body, QStringLiteral("ait-mainnet")),
                 QStringLiteral("0xaba4bec153b60ac76be6197fc139830c2c1f69965df0ba2d02637935b5032614"));

        // Re-signing alice's object with alice's seed gives the very same signature.
        const auto keys = loadJson(QStringLiteral("real-chain/keys.json"));
        const auto alice = crypto::Ed25519Key::fromSeed(*crypto::fromHex(
            keys[QStringLiteral("alice")][QStringLiteral("private_key_hex")].toString().toLatin1()));
        json::Value obj = *body;
        obj.remove(QStringLiteral("sig"));
        obj.remove(QStringLiteral("public_key"));
        const auto s = sign(obj, *alice, SignatureKeys::Sig);
        QCOMPARE(json::dumpSigned(s.body), json::dumpSigned(*body));
    }

    void tamperedBodiesFail_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<json::Value>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("nonce changed")
            << QStringLiteral("nonce") << json::Value(2) << int(Verification::BadSignature);
        QTest::newRow("fee 10.0") << QStringLiteral("fee") << json::Value(10.0)
                                  << int(Verification::BadSignature);
        QTest::newRow("chain changed")
            << QStringLiteral("chain_id") << json::Value("ait-devnet") << int(Verification::BadSignature);
        QTest::newRow("extra key") << QStringLiteral("memo") << json::Value("x")
                                   << int(Verification::BadSignature);
        QTest::newRow("sig differs") << QStringLiteral("sig") << json::Value(QString(128, QLatin1Char('0')))
                                     << int(Verification::SignatureConflict);
        QTest::newRow("public key short")
            << QStringLiteral("public_key") << json::Value("abcd") << int(Verification::MalformedHex);
        QTest::newRow("public key other")
            << QStringLiteral("public_key")
            << json::Value("c372f9d6c778202f8aba08560c1418b1f2b25c6c3b5fe98f2abea88d55917cf9")
            << int(Verification::BadSignature);
        QTest::newRow("signature not hex")
            << QStringLiteral("signature") << json::Value(QString(128, QLatin1Char('z')))
            << int(Verification::SignatureConflict);
    }
    void tamperedBodiesFail() {
        QFETCH(QString, key);
        QFETCH(json::Value, value);
        QFETCH(int, expected);
        RefTransfer t;
        t.from = QStringLiteral("ait103a107bff3ce10be1d70dd18e74bc09967e4d630");
        t.to = QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c");
        t.message = QStringLiteral("hi");
        json::Value body = sign(refSignedObject(t), vectorKey(QStringLiteral("A"))).body;
        QCOMPARE(verify(body), Verification::Valid);
        body.insert(key, value);
        QCOMPARE(int(verify(body)), expected);
    }

    void malformedBodies() {
        QCOMPARE(verify(json::Value(1)), Verification::NotAnObject);
        json::Value o = json::Value::object();
        QCOMPARE(verify(o), Verification::MissingPublicKey);
        o.insert(QStringLiteral("public_key"), QStringLiteral("00"));
        QCOMPARE(verify(o), Verification::MissingSignature);
        o.insert(QStringLiteral("sig"), QStringLiteral("00"));
        QCOMPARE(verify(o), Verification::MalformedHex);
        QCOMPARE(verificationName(Verification::BadSignature), QStringLiteral("bad-signature"));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
