// Interoperability of encrypted messages with the independent Python implementation written from
// docs/agent-protocol.md (tests/interop/agent_protocol.py, Python `cryptography`): a message made by our
// code opens there, for the recipient and for the sender, and one made there opens here.
#include "test_keys.h"
#include "testdata.h"

#include "crypto/encoding.h"
#include "crypto/x25519.h"
#include "messaging/encrypted_envelope.h"
#include "messaging/envelope.h"
#include "protocol/ref_request.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace aitbc;

namespace {
const QString kChain = QStringLiteral("ait-devnet");

json::Value stored(const json::Value& body) {
    QList<protocol::ValidationError> errors;
    const auto req = protocol::parseRefRequest(body, &errors);
    return req ? req->payload : json::Value();
}

struct PythonAnswer {
    int exitCode = -1;
    json::Value output;
};

/// Runs the Python program with `request` on stdin; its one line of JSON is parsed.
PythonAnswer runPython(const QString& mode, const json::Value& request) {
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        qFatal("python3 not found");
    QProcess p;
    p.start(python, {test::testDataPath(QStringLiteral("../interop/agent_protocol.py")), mode});
    if (!p.waitForStarted())
        qFatal("python3 did not start");
    p.write(json::dumpCompact(request));
    p.closeWriteChannel();
    // A hang guard only (the machine is loaded), not a timing assertion.
    if (!p.waitForFinished(120'000))
        qFatal("python3 did not finish");
    PythonAnswer a;
    a.exitCode = p.exitCode();
    auto v = json::parse(p.readAllStandardOutput().trimmed());
    if (v)
        a.output = *v;
    else
        qWarning("python: %s", p.readAllStandardError().constData());
    return a;
}
} // namespace

class TestAgentInterop : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b', address::Style::Bech32);
    test::TestKey carol = test::makeKey('c');

    static crypto::X25519Key encKey(const test::TestKey& k) {
        return std::move(crypto::X25519Key::fromEd25519Seed(k.key->seed().view()).value());
    }

    json::Value request(const test::TestKey& reader, const json::Value& payload) const {
        json::Value r = json::Value::object();
        r.insert(QStringLiteral("seed"), QString::fromLatin1(crypto::toHex(reader.key->seed().view())));
        r.insert(QStringLiteral("chain"), kChain);
        r.insert(QStringLiteral("from"), alice.address);
        r.insert(QStringLiteral("to"), bob.address);
        r.insert(QStringLiteral("nonce"), 9);
        r.insert(QStringLiteral("payload"), payload);
        return r;
    }

private slots:
    void ourMessageOpensInPython() {
        messaging::OutgoingMessage m;
        m.chainId = kChain;
        m.from = alice.address;
        m.to = bob.address;
        m.text = QStringLiteral("ping \u00fc\U0001F600 \"quoted\"");
        m.nonce = 9;
        auto tx = messaging::buildEncryptedMessageTransaction(m, *alice.key, encKey(bob).publicKey());
        QVERIFY2(tx, qPrintable(tx.error().message));
        const json::Value payload = stored(tx->body);

        PythonAnswer a = runPython(QStringLiteral("decrypt"), request(bob, payload));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.output[QStringLiteral("text")].toString(), m.text);
        QCOMPARE(a.output[QStringLiteral("as")].toString(), QStringLiteral("recipient"));
        a = runPython(QStringLiteral("decrypt"), request(alice, payload));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.output[QStringLiteral("text")].toString(), m.text);
        QCOMPARE(a.output[QStringLiteral("as")].toString(), QStringLiteral("sender"));
        // A third key, and a changed byte of the associated data, fail there too.
        QCOMPARE(runPython(QStringLiteral("decrypt"), request(carol, payload)).exitCode, 1);
        json::Value changed = request(bob, payload);
        changed.insert(QStringLiteral("nonce"), 10);
        QCOMPARE(runPython(QStringLiteral("decrypt"), changed).exitCode, 1);
    }

    void pythonMessageOpensHere() {
        json::Value r = json::Value::object();
        r.insert(QStringLiteral("sender_seed"), QString::fromLatin1(crypto::toHex(alice.key->seed().view())));
        r.insert(QStringLiteral("recipient_key"),
                 QString::fromLatin1(crypto::toHex(encKey(bob).publicKey())));
        r.insert(QStringLiteral("chain"), kChain);
        r.insert(QStringLiteral("from"), alice.address);
        r.insert(QStringLiteral("to"), bob.address);
        r.insert(QStringLiteral("nonce"), 9);
        const QString text = QStringLiteral("pong \u2603 from python");
        r.insert(QStringLiteral("text"), text);
        const PythonAnswer a = runPython(QStringLiteral("encrypt"), r);
        QCOMPARE(a.exitCode, 0);
        json::Value payload = a.output;
        const QByteArray signedText = payload[QStringLiteral("signed_text")].toString().toUtf8();
        payload.remove(QStringLiteral("signed_text"));
        payload.insert(QStringLiteral("sig_nonce"), 9);
        payload.insert(QStringLiteral("sig_chain"), kChain);

        const crypto::X25519Key bobKey = encKey(bob);
        auto result = messaging::decryptStoredMessage(payload, alice.address, bob.address, kChain, &bobKey);
        QCOMPARE(result.status, messaging::EncryptionStatus::Decrypted);
        QCOMPARE(result.text, text);
        const crypto::X25519Key aliceKey = encKey(alice);
        result = messaging::decryptStoredMessage(payload, alice.address, bob.address, kChain, &aliceKey);
        QCOMPARE(result.status, messaging::EncryptionStatus::Decrypted);
        QVERIFY(result.asSender);
        const crypto::X25519Key carolKey = encKey(carol);
        QCOMPARE(
            messaging::decryptStoredMessage(payload, alice.address, bob.address, kChain, &carolKey).status,
            messaging::EncryptionStatus::NotForThisKey);
        // Both sides compute the same text for the authorship signature.
        messaging::EncryptionStatus status;
        auto parts = messaging::parseEncryptedMembers(payload, &status);
        QVERIFY(parts);
        QCOMPARE(messaging::encryptedSignedText(*parts), signedText);
    }
};

QTEST_GUILESS_MAIN(TestAgentInterop)
#include "tst_agent_interop.moc"
