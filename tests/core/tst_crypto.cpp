#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "crypto/fernet.h"
#include "crypto/primitives.h"
#include "testdata.h"
#include "json/parse.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace aitbc;
using namespace aitbc::crypto;

namespace {
QByteArray unhex(const char* h) {
    return *fromHex(QByteArray(h));
}
json::Value loadJson(const QString& relative) {
    auto v = json::parse(test::readTestData(relative));
    if (!v)
        qFatal("bad json");
    return *v;
}
} // namespace

class TestCrypto : public QObject {
    Q_OBJECT
private slots:
    void sha256Known() {
        QCOMPARE(toHex(sha256("abc")),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(toHex(sha256("")),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hmacRfc4231() {
        // RFC 4231 test case 2
        QCOMPARE(toHex(hmacSha256("Jefe", "what do ya want for nothing?")),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void pbkdf2MatchesVectors() {
        // keystores.json: derived_key_hex for each AES keystore.
        const auto doc = loadJson(QStringLiteral("vectors/keystores.json"));
        int checked = 0;
        for (const auto& k : doc[QStringLiteral("keystores")].asArray()) {
            if (!k.contains(QStringLiteral("derived_key_hex")))
                continue;
            const auto file = loadJson(QStringLiteral("vectors/") + k[QStringLiteral("file")].toString());
            const auto& kp = file[QStringLiteral("crypto")][QStringLiteral("kdfparams")];
            const SecureBytes dk =
                pbkdf2HmacSha256(k[QStringLiteral("password")].toString().toUtf8(),
                                 *fromHex(kp[QStringLiteral("salt")].toString().toLatin1()),
                                 int(*kp[QStringLiteral("c")].toInt64()), 32);
            QCOMPARE(toHex(dk.view()), k[QStringLiteral("derived_key_hex")].toString().toLatin1());
            ++checked;
        }
        QCOMPARE(checked, 3);
        QVERIFY(pbkdf2HmacSha256("pw", "salt", 0, 32).isEmpty());
    }

    void hexIsStrict_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray("") << true;
        QTest::newRow("lower") << QByteArray("00ff") << true;
        QTest::newRow("upper") << QByteArray("00FF") << true;
        QTest::newRow("odd") << QByteArray("0ff") << false;
        QTest::newRow("0x") << QByteArray("0x00") << false;
        QTest::newRow("space") << QByteArray("00 f") << false;
        QTest::newRow("g") << QByteArray("0g") << false;
    }
    void hexIsStrict() {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(fromHex(text).has_value(), valid);
        QCOMPARE(secretFromHex(text).has_value(), valid);
        if (valid)
            QCOMPARE(*fromHex(text), QByteArray::fromHex(text));
    }

    void base64IsStrict_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("urlSafe");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray("") << false << true;
        QTest::newRow("f") << QByteArray("Zg==") << false << true;
        QTest::newRow("fo") << QByteArray("Zm8=") << false << true;
        QTest::newRow("foo") << QByteArray("Zm9v") << false << true;
        QTest::newRow("no padding") << QByteArray("Zg") << false << false;
        QTest::newRow("pad in middle") << QByteArray("Zg==Zm9v") << false << false;
        QTest::newRow("non-zero trailing bits") << QByteArray("Zh==") << false << false;
        QTest::newRow("newline") << QByteArray("Zm9v\n") << false << false;
        QTest::newRow("url char in std") << QByteArray("-_8=") << false << false;
        QTest::newRow("std char in url") << QByteArray("+/8=") << true << false;
        QTest::newRow("url ok") << QByteArray("-_8=") << true << true;
        QTest::newRow("three pads") << QByteArray("Z===") << false << false;
    }
    void base64IsStrict() {
        QFETCH(QByteArray, text);
        QFETCH(bool, urlSafe);
        QFETCH(bool, valid);
        const auto alphabet = urlSafe ? Base64Alphabet::UrlSafe : Base64Alphabet::Standard;
        const auto decoded = fromBase64(text, alphabet);
        QCOMPARE(decoded.has_value(), valid);
        if (valid)
            QCOMPARE(toBase64(*decoded, alphabet), text);
    }

    void aesGcmRoundTripAndTamper() {
        const QByteArray key(32, '\x11');
        const QByteArray nonce(12, '\x22');
        const QByteArray plain("thirty-two bytes of secret seed!");
        const auto ct = aes256GcmEncrypt(key, nonce, plain);
        QVERIFY(ct.ok());
        QCOMPARE(ct->size(), plain.size() + 16);
        const auto back = aes256GcmDecrypt(key, nonce, *ct);
        QVERIFY(back.ok());
        QCOMPARE(back->view().toByteArray(), plain);

        QByteArray tampered = *ct;
        tampered[3] = char(tampered[3] ^ 1);
        const auto bad = aes256GcmDecrypt(key, nonce, tampered);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, CryptoError::Kind::AuthenticationFailed);
        const auto wrongKey = aes256GcmDecrypt(QByteArray(32, '\x12'), nonce, *ct);
        QCOMPARE(wrongKey.error().kind, CryptoError::Kind::AuthenticationFailed);
        QCOMPARE(aes256GcmDecrypt(key, nonce, ct->left(15)).error().kind, CryptoError::Kind::InvalidInput);
        QCOMPARE(aes256GcmDecrypt(key.left(16), nonce, *ct).error().kind, CryptoError::Kind::InvalidInput);
    }

    void fernetVectorToken() {
        // keystores.json gives the Fernet key and token of fernet_utils_keystore_keyC.json.
        const auto doc = loadJson(QStringLiteral("vectors/keystores.json"));
        const auto& k = doc[QStringLiteral("keystores")].asArray()[3];
        const QByteArray key = *fromBase64(k[QStringLiteral("fernet_key_urlsafe_b64")].toString().toLatin1(),
                                           Base64Alphabet::UrlSafe);
        const QByteArray token = k[QStringLiteral("fernet_token_ascii")].toString().toLatin1();
        const auto plain = fernetDecrypt(key, token);
        QVERIFY2(plain.ok(), qPrintable(plain.error().message));
        QCOMPARE(plain->view().toByteArray(),
                 k[QStringLiteral("expected_private_seed_hex")].toString().toLatin1());

        // Re-encrypting with the token's own timestamp and IV reproduces it byte for byte.
        const QByteArray raw = *fromBase64(token, Base64Alphabet::UrlSafe);
        quint64 ts = 0;
        for (int i = 1; i <= 8; ++i)
            ts = (ts << 8) | quint8(raw[i]);
        const auto again = fernetEncrypt(key, plain->view(), ts, raw.mid(9, 16));
        QVERIFY(again.ok());
        QCOMPARE(*again, token);

        QByteArray wrongKey = key;
        wrongKey[0] = char(wrongKey[0] ^ 1);
        QCOMPARE(fernetDecrypt(wrongKey, token).error().kind, CryptoError::Kind::AuthenticationFailed);
        QCOMPARE(fernetDecrypt(key, token.left(40)).error().kind, CryptoError::Kind::InvalidInput);
        QByteArray v81 = raw;
        v81[0] = char(0x81);
        QCOMPARE(fernetDecrypt(key, toBase64(v81, Base64Alphabet::UrlSafe)).error().kind,
                 CryptoError::Kind::InvalidInput);
    }

    void ed25519Rfc8032Test1() {
        const auto key =
            Ed25519Key::fromSeed(unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QVERIFY(key.ok());
        QCOMPARE(toHex(key->publicKey()),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        const QByteArray sig = key->sign("");
        QCOMPARE(toHex(sig),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                            "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        QVERIFY(ed25519Verify(key->publicKey(), "", sig));
        QVERIFY(!ed25519Verify(key->publicKey(), "x", sig));
        QByteArray bad = sig;
        bad[0] = char(bad[0] ^ 1);
        QVERIFY(!ed25519Verify(key->publicKey(), "", bad));
        QVERIFY(!ed25519Verify(key->publicKey().left(31), "", sig));
        QCOMPARE(key->seed().view().toByteArray(),
                 unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    }

    void ed25519VectorKeys() {
        const auto doc = loadJson(QStringLiteral("vectors/keys.json"));
        for (const auto& k : doc[QStringLiteral("keys")].asArray()) {
            const auto key =
                Ed25519Key::fromSeed(*fromHex(k[QStringLiteral("private_seed_hex")].toString().toLatin1()));
            QVERIFY(key.ok());
            QCOMPARE(toHex(key->publicKey()), k[QStringLiteral("public_key_hex")].toString().toLatin1());
        }
    }

    void ed25519RejectsWrongSeedLength() {
        QCOMPARE(Ed25519Key::fromSeed(QByteArray(31, 'a')).error().kind, CryptoError::Kind::InvalidInput);
        QCOMPARE(Ed25519Key::fromSeed(QByteArray(64, 'a')).error().kind, CryptoError::Kind::InvalidInput);
        const Ed25519Key k = Ed25519Key::generate();
        QVERIFY(ed25519Verify(k.publicKey(), "msg", k.sign("msg")));
    }

    // The key keeps one prepared signing context for all its signatures: each must still equal the
    // signature a brand-new key object (first use, fresh context) makes of the same message.
    void ed25519ReusedContextMatchesFreshKey() {
        const QByteArray seed = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        auto key = Ed25519Key::fromSeed(seed);
        QVERIFY(key.ok());
        QByteArray previous;
        for (int i = 0; i < 50; ++i) {
            const QByteArray msg = QByteArray("message ") + QByteArray::number(i) + QByteArray(i, 'x');
            const QByteArray sig = key->sign(msg);
            QCOMPARE(sig, Ed25519Key::fromSeed(seed)->sign(msg));
            QVERIFY(ed25519Verify(key->publicKey(), msg, sig));
            QVERIFY(sig != previous);
            previous = sig;
        }
        Ed25519Key moved = std::move(key.value());
        QCOMPARE(moved.sign("after move"), Ed25519Key::fromSeed(seed)->sign("after move"));
        unsigned char out[Ed25519Key::kSignatureSize];
        moved.signInto("into", out);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(out), sizeof out), moved.sign("into"));
    }

    // Threads sharing one key: one uses the prepared context, the others fresh ones; all must be right.
    void ed25519ConcurrentSigning() {
        const Ed25519Key key = Ed25519Key::generate();
        constexpr int kThreads = 4;
        constexpr int kEach = 200;
        std::vector<int> bad(kThreads, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&key, &bad, t] {
                for (int i = 0; i < kEach; ++i) {
                    const QByteArray msg = QByteArray::number(t) + ':' + QByteArray::number(i);
                    if (!ed25519Verify(key.publicKey(), msg, key.sign(msg)))
                        ++bad[std::size_t(t)];
                }
            });
        for (auto& th : threads)
            th.join();
        for (int t = 0; t < kThreads; ++t)
            QCOMPARE(bad[std::size_t(t)], 0);
    }

    void randomBytesDiffer() {
        QCOMPARE(randomBytes(32).size(), 32);
        QVERIFY(randomBytes(32) != randomBytes(32));
        QCOMPARE(randomSecret(32).size(), std::size_t(32));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
