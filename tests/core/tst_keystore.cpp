#include "crypto/ed25519.h"
#include "crypto/encoding.h"
#include "keystore/keystore.h"
#include "testdata.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QtConcurrent>

#include <openssl/crypto.h>
#include <QtTest>

#include <openssl/evp.h>

using namespace aitbc;
using namespace aitbc::keystore;

namespace {
json::Value loadJson(const QString& relative) {
    return *json::parse(test::readTestData(relative));
}

/// Independent decryption of a CLI-layout keystore: JSON through QJsonDocument, PBKDF2 and AES-GCM
/// straight through OpenSSL, nothing from the keystore module.
QByteArray independentDecrypt(const QByteArray& file, const QByteArray& password) {
    const QJsonObject c = QJsonDocument::fromJson(file).object().value(QLatin1String("crypto")).toObject();
    const QByteArray salt = QByteArray::fromHex(
        c[QLatin1String("kdfparams")].toObject()[QLatin1String("salt")].toString().toLatin1());
    const int iterations = c[QLatin1String("kdfparams")].toObject()[QLatin1String("c")].toInt();
    const QByteArray nonce = QByteArray::fromHex(
        c[QLatin1String("cipherparams")].toObject()[QLatin1String("nonce")].toString().toLatin1());
    const QByteArray ct = QByteArray::fromHex(c[QLatin1String("ciphertext")].toString().toLatin1());
    unsigned char key[32];
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), 32, key) != 1)
        return {};
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    QByteArray out(ct.size() - 16, '\0');
    int len = 0;
    int fin = 0;
    QByteArray tag = ct.right(16);
    const bool ok =
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx, nullptr, nullptr, key,
                           reinterpret_cast<const unsigned char*>(nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &len,
                          reinterpret_cast<const unsigned char*>(ct.constData()), int(ct.size() - 16)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + len, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out : QByteArray();
}

QByteArray vectorFile(int index) {
    const auto doc = loadJson(QStringLiteral("vectors/keystores.json"));
    return test::readTestData(
        QStringLiteral("vectors/") +
        doc[QStringLiteral("keystores")].asArray()[std::size_t(index)][QStringLiteral("file")].toString());
}

/// The CLI vector with one crypto field replaced (or removed when `value` is absent).
QByteArray mutateCli(const QString& key, const std::optional<json::Value>& value, bool inKdfParams = false) {
    json::Value root = *json::parse(vectorFile(0));
    json::Value* c = root.find(QStringLiteral("crypto"));
    json::Value* target = inKdfParams ? c->find(QStringLiteral("kdfparams")) : c;
    if (value)
        target->insert(key, *value);
    else
        target->remove(key);
    return json::dump(root, {json::Separators::Spaced, false, true});
}

constexpr char kCliPassword[] = "correct horse battery staple";
} // namespace

class TestKeystore : public QObject {
    Q_OBJECT
private slots:
    void vectorKeystores_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("seedHex");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("layout");
        const char* layouts[] = {"cli", "node", "genesis", "fernet"};
        const auto doc = loadJson(QStringLiteral("vectors/keystores.json"));
        for (const auto& k : doc[QStringLiteral("keystores")].asArray()) {
            const QString file = k[QStringLiteral("file")].toString();
            QString layout;
            for (const char* l : layouts)
                if (file.contains(QLatin1String(l)))
                    layout = QLatin1String(l);
            QTest::newRow(qPrintable(file))
                << test::readTestData(QStringLiteral("vectors/") + file)
                << k[QStringLiteral("password")].toString().toUtf8()
                << k[QStringLiteral("expected_private_seed_hex")].toString().toLatin1()
                << k[QStringLiteral("address_in_file")].toString() << layout;
        }
        const auto keys = loadJson(QStringLiteral("real-chain/keys.json"));
        QByteArray password = test::readTestData(QStringLiteral("real-chain/keystore/.password")).trimmed();
        for (const char* name : {"aitbc1genesis", "alice", "bob"}) {
            const auto& k = keys[QLatin1String(name)];
            QTest::newRow(name) << test::readTestData(QStringLiteral("real-chain/") +
                                                      k[QStringLiteral("keystore_file")].toString())
                                << password << k[QStringLiteral("private_key_hex")].toString().toLatin1()
                                << k[QStringLiteral("address")].toString() << QStringLiteral("node");
        }
    }
    void vectorKeystores() {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, seedHex);
        QFETCH(QString, address);
        QFETCH(QString, layout);
        const auto info = inspect(file);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(layoutName(info->layout), layout);
        QCOMPARE(info->address, address);
        QCOMPARE(info->iterations, 100000);
        const auto unlocked = unlock(file, password);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
        QCOMPARE(crypto::toHex(unlocked->seed.view()), seedHex);
        QCOMPARE(unlocked->address, address);
        if (info->publicKeyHex)
            QCOMPARE(crypto::toHex(unlocked->publicKey), info->publicKeyHex->toLatin1());
        // Keys map to their file's address under one of the generators, except the Fernet one (§3.3: random).
        if (layout != QLatin1String("fernet"))
            QVERIFY(address::addressStyleFor(address, unlocked->publicKey).has_value());

        const auto wrong = unlock(file, QByteArray(password + "x"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::WrongPassword);
    }

    void inspectFields() {
        const auto cli = inspect(vectorFile(0));
        QCOMPARE(cli->cipher, QStringLiteral("aes-256-gcm"));
        QCOMPARE(cli->kdf, QStringLiteral("pbkdf2"));
        QCOMPARE(*cli->publicKeyHex,
                 QStringLiteral("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"));
        const auto node = inspect(vectorFile(1));
        QVERIFY(!node->publicKeyHex);
        const auto fernet = inspect(vectorFile(3));
        QCOMPARE(fernet->cipher, QStringLiteral("fernet"));
        QCOMPARE(fernet->kdf, QStringLiteral("sha256"));
        QVERIFY(!fernet->publicKeyHex);
    }

    void flatCryptoAndAlgorithmFallback() {
        // §3.2: crypto fields at top level, and `algorithm` instead of `cipher`.
        json::Value root = *json::parse(vectorFile(0));
        json::Value flat = json::Value::object();
        flat.insert(QStringLiteral("address"), root[QStringLiteral("address")]);
        for (const auto& [k, v] : root[QStringLiteral("crypto")].asObject())
            flat.insert(k == QLatin1String("cipher") ? QStringLiteral("algorithm") : k, v);
        const QByteArray file = json::dumpSigned(flat);
        const auto unlocked = unlock(file, kCliPassword);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
        QCOMPARE(crypto::toHex(unlocked->seed.view()),
                 QByteArray("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        QCOMPARE(unlocked->info.layout, Layout::UnknownAes);
    }

    void fernetSaltFromCipherParams() {
        // cli/keystore_auth.py reads cipherparams.salt only: a file without kdfparams.salt must still open.
        json::Value root = *json::parse(vectorFile(3));
        root.find(QStringLiteral("crypto"))->remove(QStringLiteral("kdfparams"));
        root.find(QStringLiteral("crypto"))
            ->insert(QStringLiteral("cipher"), QStringLiteral("PBKDF2-SHA256-Fernet"));
        const auto unlocked = unlock(json::dumpSigned(root), "fernet-password");
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
        QCOMPARE(unlocked->info.layout, Layout::Fernet);
    }

    void failures_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("kind");
        using V = json::Value;
        QTest::newRow("not json") << QByteArray("{\"crypto\": ") << int(ErrorKind::MalformedJson);
        QTest::newRow("array") << QByteArray("[1]") << int(ErrorKind::MalformedJson);
        QTest::newRow("crypto not object")
            << QByteArray(R"({"crypto": "x"})") << int(ErrorKind::MalformedJson);
        QTest::newRow("no cipher") << mutateCli(QStringLiteral("cipher"), std::nullopt)
                                   << int(ErrorKind::MissingField);
        QTest::newRow("unknown cipher")
            << mutateCli(QStringLiteral("cipher"), V("aes-128-ctr")) << int(ErrorKind::UnknownCipher);
        QTest::newRow("cipher number")
            << mutateCli(QStringLiteral("cipher"), V(5)) << int(ErrorKind::MalformedJson);
        QTest::newRow("scrypt") << mutateCli(QStringLiteral("kdf"), V("scrypt"))
                                << int(ErrorKind::UnsupportedKdf);
        QTest::newRow("no ciphertext")
            << mutateCli(QStringLiteral("ciphertext"), std::nullopt) << int(ErrorKind::MissingField);
        QTest::newRow("no kdfparams")
            << mutateCli(QStringLiteral("kdfparams"), std::nullopt) << int(ErrorKind::MissingField);
        QTest::newRow("no salt") << mutateCli(QStringLiteral("salt"), std::nullopt, true)
                                 << int(ErrorKind::MissingField);
        QTest::newRow("no iterations")
            << mutateCli(QStringLiteral("c"), std::nullopt, true) << int(ErrorKind::MissingField);
        QTest::newRow("bad hex salt")
            << mutateCli(QStringLiteral("salt"), V("zz"), true) << int(ErrorKind::BadEncoding);
        QTest::newRow("odd hex ciphertext")
            << mutateCli(QStringLiteral("ciphertext"), V("abc")) << int(ErrorKind::BadEncoding);
        QTest::newRow("truncated") << mutateCli(QStringLiteral("ciphertext"),
                                                V("a79df34f2cc69eed50a59c5de093b8b8"))
                                   << int(ErrorKind::TruncatedCiphertext);
        QTest::newRow("absurd iterations") << mutateCli(QStringLiteral("c"), V(qint64(10'000'001)), true)
                                           << int(ErrorKind::AbsurdIterations);
        QTest::newRow("huge iterations")
            << mutateCli(QStringLiteral("c"), V::integerFromDigits("99999999999999999999999"), true)
            << int(ErrorKind::AbsurdIterations);
        QTest::newRow("zero iterations")
            << mutateCli(QStringLiteral("c"), V(0), true) << int(ErrorKind::AbsurdIterations);
        QTest::newRow("float iterations")
            << mutateCli(QStringLiteral("c"), V(100000.0), true) << int(ErrorKind::MalformedJson);

        json::Value fernet = *json::parse(vectorFile(3));
        json::Value badB64 = fernet;
        badB64.find(QStringLiteral("crypto"))
            ->insert(QStringLiteral("ciphertext"), QStringLiteral("not base64!"));
        QTest::newRow("fernet bad base64") << json::dumpSigned(badB64) << int(ErrorKind::BadEncoding);
        json::Value shortToken = fernet;
        shortToken.find(QStringLiteral("crypto"))
            ->insert(QStringLiteral("ciphertext"),
                     QString::fromLatin1(crypto::toBase64("gAAAAABp_yHAFxcXFxcXFxcXFxcXFxcXF9zx")));
        QTest::newRow("fernet truncated")
            << json::dumpSigned(shortToken) << int(ErrorKind::TruncatedCiphertext);
        json::Value badSalt = fernet;
        badSalt.find(QStringLiteral("crypto"))
            ->find(QStringLiteral("kdfparams"))
            ->insert(QStringLiteral("salt"), QStringLiteral("KCg"));
        QTest::newRow("fernet bad salt") << json::dumpSigned(badSalt) << int(ErrorKind::BadEncoding);
    }
    void failures() {
        QFETCH(QByteArray, file);
        QFETCH(int, kind);
        // inspect and unlock report the same structural error, before any key derivation.
        const auto info = inspect(file);
        QVERIFY(!info.ok());
        QCOMPARE(int(info.error().kind), kind);
        const auto unlocked = unlock(file, kCliPassword);
        QVERIFY(!unlocked.ok());
        QCOMPARE(int(unlocked.error().kind), kind);
        QVERIFY(!unlocked.error().message.isEmpty());
    }

    void wrongSeedLength() {
        // A well-formed keystore whose plaintext is 33 bytes: decrypts, then must be refused.
        const auto created =
            createFromSeed(QByteArray(32, '\x07'), "pw", {address::Style::Cli, 1000, {}, {}});
        QVERIFY(created.ok());
        // Re-encrypt a 33-byte plaintext under the same parameters with OpenSSL directly.
        json::Value root = *json::parse(*created);
        auto& c = *root.find(QStringLiteral("crypto"));
        const QByteArray salt =
            *crypto::fromHex(c[QStringLiteral("kdfparams")][QStringLiteral("salt")].toString().toLatin1());
        const QByteArray nonce = *crypto::fromHex(
            c[QStringLiteral("cipherparams")][QStringLiteral("nonce")].toString().toLatin1());
        unsigned char key[32];
        PKCS5_PBKDF2_HMAC("pw", 2, reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                          1000, EVP_sha256(), 32, key);
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        QByteArray plain(33, '\x07');
        QByteArray out(33 + 16, '\0');
        int len = 0;
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key,
                           reinterpret_cast<const unsigned char*>(nonce.constData()));
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &len,
                          reinterpret_cast<const unsigned char*>(plain.constData()), 33);
        EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + len, &len);
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + 33);
        EVP_CIPHER_CTX_free(ctx);
        c.insert(QStringLiteral("ciphertext"), QString::fromLatin1(out.toHex()));
        const auto unlocked = unlock(json::dumpSigned(root), "pw");
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.error().kind, ErrorKind::WrongSeedLength);
    }

    void createReproducesCliVector() {
        // With the vector's fixed salt and nonce, create writes cli_create_wallet_keyA.json byte for byte.
        CreateOptions o;
        o.salt = QByteArray(32, char(0xa0));
        o.nonce = QByteArray(12, char(0xb1));
        const auto file = createFromSeed(
            *crypto::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"),
            kCliPassword, o);
        QVERIFY(file.ok());
        QCOMPARE(*file, vectorFile(0));
    }

    void createOpensIndependently_data() {
        QTest::addColumn<int>("style");
        QTest::newRow("cli") << int(address::Style::Cli);
        QTest::newRow("sha256") << int(address::Style::Sha256);
        QTest::newRow("bech32") << int(address::Style::Bech32);
    }
    void createOpensIndependently() {
        QFETCH(int, style);
        const QByteArray password = QStringLiteral("pässwörd \U0001F511").toUtf8();
        const auto file = create(password, {address::Style(style), kDefaultIterations, {}, {}});
        QVERIFY(file.ok());
        const QJsonObject obj = QJsonDocument::fromJson(*file).object();
        QCOMPARE(obj[QLatin1String("crypto")]
                     .toObject()[QLatin1String("kdfparams")]
                     .toObject()[QLatin1String("c")]
                     .toInt(),
                 100000);
        QCOMPARE(obj[QLatin1String("crypto")]
                     .toObject()[QLatin1String("kdfparams")]
                     .toObject()[QLatin1String("salt")]
                     .toString()
                     .size(),
                 64);
        QCOMPARE(obj[QLatin1String("crypto")]
                     .toObject()[QLatin1String("cipherparams")]
                     .toObject()[QLatin1String("nonce")]
                     .toString()
                     .size(),
                 24);
        const QByteArray seed = independentDecrypt(*file, password);
        QCOMPARE(seed.size(), 32);
        const auto key = crypto::Ed25519Key::fromSeed(seed);
        QCOMPARE(obj[QLatin1String("public_key")].toString().toLatin1(), crypto::toHex(key->publicKey()));
        QCOMPARE(obj[QLatin1String("address")].toString(),
                 address::derive(address::Style(style), key->publicKey()));
        QCOMPARE(inspect(*file)->layout, Layout::Cli);
        QVERIFY(independentDecrypt(*file, password + "!").isEmpty());
    }

    void createRefusesBadInput() {
        QCOMPARE(create("").error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(createFromSeed(QByteArray(31, 'a'), "pw").error().kind, ErrorKind::WrongSeedLength);
        QCOMPARE(createFromSeed(QByteArray(32, 'a'), "pw", {address::Style::Cli, 0, {}, {}}).error().kind,
                 ErrorKind::AbsurdIterations);
    }

    void changePassword_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("oldPassword");
        QTest::newRow("cli") << 0 << QByteArray(kCliPassword);
        QTest::newRow("node (mac)") << 1 << QStringLiteral("pässwörd-ÄÖÜ \U0001F511").toUtf8();
        QTest::newRow("genesis") << 2 << QByteArray("genesis-pw-123");
        QTest::newRow("fernet") << 3 << QByteArray("fernet-password");
    }
    void changePassword() {
        QFETCH(int, index);
        QFETCH(QByteArray, oldPassword);
        const QByteArray original = vectorFile(index);
        const auto before = unlock(original, oldPassword);
        QVERIFY(before.ok());
        QCOMPARE(keystore::changePassword(original, "wrong", "new").error().kind, ErrorKind::WrongPassword);
        const auto changed = keystore::changePassword(original, oldPassword, "new password");
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QCOMPARE(unlock(*changed, oldPassword).error().kind, ErrorKind::WrongPassword);
        const auto after = unlock(*changed, "new password");
        QVERIFY2(after.ok(), qPrintable(after.error().message));
        QVERIFY(after->seed.equals(before->seed.view()));
        const auto infoBefore = inspect(original);
        const auto infoAfter = inspect(*changed);
        QCOMPARE(infoAfter->layout, infoBefore->layout);
        QCOMPARE(infoAfter->address, infoBefore->address);
        QCOMPARE(infoAfter->publicKeyHex, infoBefore->publicKeyHex);
        // Every top-level key survives in its place.
        const auto a = json::parse(original);
        const auto b = json::parse(*changed);
        QCOMPARE(a->asObject().size(), b->asObject().size());
        for (std::size_t i = 0; i < a->asObject().size(); ++i)
            QCOMPARE(b->asObject()[i].first, a->asObject()[i].first);
        if (index == 1) {
            // node layout: mac recomputed as HMAC-SHA256(dk[0:16], dk[16:32] || ciphertext) under the new
            // key.
            QVERIFY((*b)[QStringLiteral("crypto")][QStringLiteral("mac")] !=
                    (*a)[QStringLiteral("crypto")][QStringLiteral("mac")]);
        }
    }

    void unlockFromManyThreads() {
        // The GUI runs unlock in QtConcurrent: concurrent calls must not interfere.
        const QByteArray file = vectorFile(2);
        QList<QFuture<bool>> futures;
        for (int i = 0; i < 4; ++i)
            futures << QtConcurrent::run([file, i] {
                const auto r = unlock(file, i % 2 ? QByteArray("genesis-pw-123") : QByteArray("nope"));
                // Free this pool thread's OpenSSL state (its error queue) now rather than at thread
                // exit, which may come after LeakSanitizer's check at process exit (ASan suite).
                OPENSSL_thread_stop();
                return i % 2 ? r.ok() : (!r.ok() && r.error().kind == ErrorKind::WrongPassword);
            });
        for (auto& f : futures)
            QVERIFY(f.result());
    }

    void errorKindNamesAreDistinct() {
        QSet<QString> names;
        for (int k = int(ErrorKind::WrongPassword); k <= int(ErrorKind::Internal); ++k)
            names.insert(errorKindName(ErrorKind(k)));
        QCOMPARE(names.size(), int(ErrorKind::Internal) + 1);
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
