#include "crypto/encoding.h"
#include "testdata.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QProcess>
#include <QtTest>

using namespace aitbc;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    json::Value json; ///< stdout parsed, when it is one JSON object
};

/// Runs the built aitbc-agent with `args` (and optional stdin), with a timeout so nothing can hang.
Run agent(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(QStringLiteral(AITBC_AGENT_PATH), args);
    if (!p.waitForStarted(10000))
        qFatal("cannot start aitbc-agent");
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (auto v = json::parse(r.out.trimmed()))
        r.json = *v;
    return r;
}

QString vectorKeystore(const char* name) {
    return test::testDataPath(QStringLiteral("vectors/keystores/") + QLatin1String(name));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(content);
    // Password files must be private (aitbc-agent refuses group/other access, as ssh does for keys).
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.fileName();
}
} // namespace

class TestCliCore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pwA;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_pwA = writeFile(m_dir, QStringLiteral("pwA"), "correct horse battery staple\n");
    }

    void inspect() {
        const Run r = agent({QStringLiteral("keystore"), QStringLiteral("inspect"),
                             vectorKeystore("node_keystore_py_keyB.json"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            json::dumpCompact(r.json),
            QByteArray(
                R"({"address":"ait1ep9p7w99e8s3jvmutu5ghz6rwl7fpe34lj3kuzpz49nns93ksxdquj79ss","cipher":"aes-256-gcm","iterations":100000,"kdf":"pbkdf2","layout":"node","public_key":null})"));
        const Run f = agent({QStringLiteral("keystore"), QStringLiteral("inspect"),
                             vectorKeystore("fernet_utils_keystore_keyC.json"), QStringLiteral("--json")});
        QCOMPARE(f.json[QStringLiteral("layout")].toString(), QStringLiteral("fernet"));
        const QString bad =
            writeFile(m_dir, QStringLiteral("bad.json"), R"({"crypto": {"cipher": "rot13"}})");
        const Run e =
            agent({QStringLiteral("keystore"), QStringLiteral("inspect"), bad, QStringLiteral("--json")});
        QCOMPARE(e.exitCode, 1);
        QVERIFY(e.out.isEmpty());
        QVERIFY(e.err.contains("unknown-cipher"));
        QCOMPARE(agent({QStringLiteral("keystore"), QStringLiteral("inspect"),
                        m_dir.filePath(QStringLiteral("missing.json"))})
                     .exitCode,
                 1);
        QCOMPARE(agent({QStringLiteral("keystore"), QStringLiteral("inspect")}).exitCode, 2);
    }

    void unlock() {
        const Run r = agent({QStringLiteral("keystore"), QStringLiteral("unlock"),
                             vectorKeystore("cli_create_wallet_keyA.json"), QStringLiteral("--password-file"),
                             m_pwA, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            json::dumpCompact(r.json),
            QByteArray(
                R"({"address":"ait103a107bff3ce10be1d70dd18e74bc09967e4d630","public_key":"03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"})"));
        QVERIFY(!r.out.contains("000102030405060708090a0b0c0d0e0f")); // never the seed
        const QString wrong = writeFile(m_dir, QStringLiteral("wrong"), "nope");
        const Run w = agent({QStringLiteral("keystore"), QStringLiteral("unlock"),
                             vectorKeystore("cli_create_wallet_keyA.json"), QStringLiteral("--password-file"),
                             wrong, QStringLiteral("--json")});
        QCOMPARE(w.exitCode, 1);
        QVERIFY(w.err.contains("wrong-password"));
        QVERIFY(w.out.isEmpty());
        QCOMPARE(agent({QStringLiteral("keystore"), QStringLiteral("unlock"),
                        vectorKeystore("cli_create_wallet_keyA.json")})
                     .exitCode,
                 2);
    }

    void create() {
        const QString pw = writeFile(m_dir, QStringLiteral("pwNew"), "new-pass\n");
        const QString path = m_dir.filePath(QStringLiteral("new.json"));
        const Run r = agent({QStringLiteral("keystore"), QStringLiteral("create"), path,
                             QStringLiteral("--password-file"), pw, QStringLiteral("--address-style"),
                             QStringLiteral("bech32"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json[QStringLiteral("address")].toString().startsWith(QLatin1String("ait1")));
        QCOMPARE(r.json[QStringLiteral("address")].toString().size(), 62);
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const Run u = agent({QStringLiteral("keystore"), QStringLiteral("unlock"), path,
                             QStringLiteral("--password-file"), pw, QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.json, r.json);

        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Run again = agent({QStringLiteral("keystore"), QStringLiteral("create"), path,
                                 QStringLiteral("--password-file"), pw});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("exists"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(agent({QStringLiteral("keystore"), QStringLiteral("create"),
                        m_dir.filePath(QStringLiteral("x.json")), QStringLiteral("--password-file"), pw,
                        QStringLiteral("--address-style"), QStringLiteral("bech32m")})
                     .exitCode,
                 2);
    }

    void signMatchesVectorTx02() {
        const Run r =
            agent({QStringLiteral("tx"), QStringLiteral("sign"), QStringLiteral("--keystore"),
                   vectorKeystore("cli_create_wallet_keyA.json"), QStringLiteral("--password-file"), m_pwA,
                   QStringLiteral("--to"), QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c"),
                   QStringLiteral("--nonce"), QStringLiteral("1"), QStringLiteral("--message"),
                   QStringLiteral("gr\u00fc\u00dfe \U0001F44B"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const json::Value& body = r.json[QStringLiteral("body")];
        QCOMPARE(body[QStringLiteral("signature")], body[QStringLiteral("sig")]);
        QCOMPARE(r.json[QStringLiteral("signature")], body[QStringLiteral("sig")]);
        QCOMPARE(r.json[QStringLiteral("public_key")].toString(),
                 QStringLiteral("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"));
        QCOMPARE(r.json[QStringLiteral("signed_string")].toString().toUtf8(),
                 json::dumpSigned(r.json[QStringLiteral("signed_object")]));
        QCOMPARE(body[QStringLiteral("payload")][QStringLiteral("payload")].toString(),
                 QStringLiteral("gr\u00fc\u00dfe \U0001F44B"));
        QCOMPARE(body[QStringLiteral("fee")].integerDigits(), QByteArray("10"));
        QCOMPARE(body[QStringLiteral("chain_id")].toString(), QStringLiteral("ait-mainnet"));

        // tx hash of the printed body equals the printed tx_hash; verify says valid.
        const QString bodyFile = writeFile(m_dir, QStringLiteral("body.json"), json::dumpSigned(body));
        const Run h =
            agent({QStringLiteral("tx"), QStringLiteral("hash"), bodyFile, QStringLiteral("--json")});
        QCOMPARE(h.exitCode, 0);
        QCOMPARE(h.json[QStringLiteral("tx_hash")], r.json[QStringLiteral("tx_hash")]);
        QVERIFY(r.json[QStringLiteral("tx_hash")].toString().startsWith(QLatin1String("0x")));
        const Run v =
            agent({QStringLiteral("tx"), QStringLiteral("verify"), bodyFile, QStringLiteral("--json")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(json::dumpCompact(v.json), QByteArray(R"({"valid":true})"));
    }

    void signEmptyMessageAndLegacy() {
        const QStringList base{QStringLiteral("tx"),
                               QStringLiteral("sign"),
                               QStringLiteral("--keystore"),
                               vectorKeystore("cli_create_wallet_keyA.json"),
                               QStringLiteral("--password-file"),
                               m_pwA,
                               QStringLiteral("--to"),
                               QStringLiteral("ait1c372f9d6c778202f8aba08560c1418b1f2b25c6c"),
                               QStringLiteral("--json")};
        const Run r = agent(base + QStringList{QStringLiteral("--nonce"), QStringLiteral("0"),
                                               QStringLiteral("--message"), QString(),
                                               QStringLiteral("--fee"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.json[QStringLiteral("body")][QStringLiteral("payload")].contains(QStringLiteral("message")));
        QCOMPARE(r.json[QStringLiteral("body")][QStringLiteral("fee")].integerDigits(), QByteArray("0"));

        // Legacy format reproduces vector tx04 exactly (same key, nonce and text).
        const Run l = agent(base + QStringList{QStringLiteral("--nonce"), QStringLiteral("1775819657114"),
                                               QStringLiteral("--message"), QStringLiteral("ping"),
                                               QStringLiteral("--format"), QStringLiteral("legacy")});
        QCOMPARE(l.exitCode, 0);
        QCOMPARE(l.json[QStringLiteral("signature")].toString(),
                 QStringLiteral("3cde7e6323a4a84511c05e5ab76732934305fcc00cc39c31bf4fc36af3740e9206aa79e919f5"
                                "5d28d8ad315d095e822d63683f89d6c349c355130e9757a79e03"));
        QVERIFY(l.json[QStringLiteral("tx_hash")].isNull()); // REF answers 422 for it

        QCOMPARE(agent(base + QStringList{QStringLiteral("--nonce"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(agent(base + QStringList{QStringLiteral("--nonce"), QStringLiteral("1"),
                                          QStringLiteral("--amount"), QStringLiteral("0.5")})
                     .exitCode,
                 2);
        QCOMPARE(agent(base).exitCode, 2);
        const QString wrong = writeFile(m_dir, QStringLiteral("wrong2"), "nope");
        const Run w = agent({QStringLiteral("tx"), QStringLiteral("sign"), QStringLiteral("--keystore"),
                             vectorKeystore("cli_create_wallet_keyA.json"), QStringLiteral("--password-file"),
                             wrong, QStringLiteral("--to"), QStringLiteral("x"), QStringLiteral("--nonce"),
                             QStringLiteral("0")});
        QCOMPARE(w.exitCode, 1);
        QVERIFY(w.err.contains("wrong-password"));
    }

    void hashVectorsAndStdin() {
        const auto doc = *json::parse(test::readTestData(QStringLiteral("vectors/transactions.json")));
        for (const auto& t : doc[QStringLiteral("transactions")].asArray()) {
            const json::Value& ref = t[QStringLiteral("ref_node_submission")];
            const Run r = agent(
                {QStringLiteral("tx"), QStringLiteral("hash"), QStringLiteral("-"), QStringLiteral("--json")},
                json::dumpSigned(t[QStringLiteral("post_body")]));
            if (ref[QStringLiteral("http_status")].toInt64() == 200) {
                QCOMPARE(r.exitCode, 0);
                QCOMPARE(r.json[QStringLiteral("tx_hash")].toString(),
                         ref[QStringLiteral("transaction_hash")].toString());
            } else {
                QCOMPARE(r.exitCode, 1);
                QVERIFY(r.err.contains("422"));
            }
        }
        // The body's chain_id is ignored; --chain-id is the node's chain and changes the hash.
        const QByteArray body =
            json::dumpSigned(doc[QStringLiteral("transactions")].asArray()[0][QStringLiteral("post_body")]);
        const Run devnet =
            agent({QStringLiteral("tx"), QStringLiteral("hash"), QStringLiteral("-"),
                   QStringLiteral("--chain-id"), QStringLiteral("ait-devnet"), QStringLiteral("--json")},
                  body);
        QCOMPARE(devnet.exitCode, 0);
        QVERIFY(devnet.json[QStringLiteral("tx_hash")].toString() !=
                QStringLiteral("0x60d29c4b6e9725a5601aaf62a4771cb417444c61fb8508da7e07a197d56287ee"));
        const Run garbage =
            agent({QStringLiteral("tx"), QStringLiteral("hash"), QStringLiteral("-")}, "{not json");
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.err.contains("not valid JSON"));
    }

    void verifyTampered() {
        const auto doc = *json::parse(test::readTestData(QStringLiteral("vectors/transactions.json")));
        json::Value body = doc[QStringLiteral("transactions")].asArray()[1][QStringLiteral("post_body")];
        QCOMPARE(agent({QStringLiteral("tx"), QStringLiteral("verify"), QStringLiteral("-"),
                        QStringLiteral("--json")},
                       json::dumpSigned(body))
                     .exitCode,
                 0);
        body.insert(QStringLiteral("nonce"), 2);
        const Run r = agent(
            {QStringLiteral("tx"), QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--json")},
            json::dumpSigned(body));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json::dumpCompact(r.json), QByteArray(R"({"valid":false})"));
        QVERIFY(r.err.contains("bad-signature"));
    }
};

QTEST_GUILESS_MAIN(TestCliCore)
#include "tst_cli_core.moc"
