// Message sets of the persisted index decoded with lazily parsed payloads: every field and payload equal
// to the messages that were encoded (as an eager parse would give), a re-encode writes the same bytes
// without parsing, copies on several threads parse once and agree, stored text that does not parse
// reads as null, and truncated or bit-flipped sets are refused or read without a crash.
#include "chain/lazy_payload.h"
#include "chain/message_set.h"
#include "chain/message_set_codec.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace aitbc;
using namespace aitbc::chain;

// Declared before the sample JSON texts below: moc does not read past their raw string literals.
class TestLazyPayload : public QObject {
    Q_OBJECT
private slots:
    void decodedSetEqualsEncodedMessages();
    void reencodingWritesStoredTextUnparsed();
    void copiesOnManyThreadsParseOnceAndAgree();
    void unparseableStoredTextReadsAsNull();
    void assignedValueIsParsedAlready();
    void truncatedSetsAreRefused();
    void flippedBytesNeverCrash();
};

namespace {

const QString kMe = QStringLiteral("ait1me000000000000000000000000000000000000000000000000000000000");
const QString kOther = QStringLiteral("ait1other0000000000000000000000000000000000000000000000000000000");

json::Value parsed(const char* text) {
    json::Value v;
    if (!json::parse(QByteArray(text), v))
        qFatal("bad test JSON: %s", text);
    return v;
}

/// Messages with payloads of every shape a chain row may carry (nested, big integers, floats, unicode,
/// escapes, an array, a bare string, no payload at all).
AddressMessages sample() {
    const char* payloads[] = {
        R"({"amount": 0, "message": "hello", "recipient": "x"})",
        R"({"message": "caf\u00e9 \ud83d\ude00 \"quoted\"\n", "sig": {"nonce": 123456789012345678901234567890, "v": 1.5}})",
        R"([1, 2.0, null, true, {"a": []}])",
        R"("just text")",
        R"({"payload": "x", "payload": "repeated key keeps the last value"})",
    };
    AddressMessages set;
    qint64 height = 10;
    for (int i = 0; i < 7; ++i) {
        ChainMessage m;
        m.txHash = QStringLiteral("0x%1").arg(i, 64, 16, QLatin1Char('0'));
        m.blockHeight = height += i % 2;
        const bool outgoing = i % 3 == 0;
        m.sender = outgoing ? kMe : kOther;
        m.recipient = outgoing ? kOther : kMe;
        m.direction = outgoing ? ChainMessage::Direction::Outgoing : ChainMessage::Direction::Incoming;
        m.text = QStringLiteral("text %1 \u00e9").arg(i);
        if (i != 3)
            m.timestamp = QDateTime::fromMSecsSinceEpoch(1764000000000 + i, Qt::UTC);
        if (i != 4)
            m.storedNonce = i * 7;
        if (i < 5)
            m.payload = parsed(payloads[i]);
        set.add(m, 100 + i);
    }
    return set;
}

QString fields(const ChainMessage& m) {
    return QStringList{m.txHash,
                       QString::number(m.blockHeight),
                       m.sender,
                       m.recipient,
                       m.text,
                       QString::number(int(m.direction)),
                       m.timestamp.isValid() ? m.timestamp.toString(Qt::ISODateWithMs) : QStringLiteral("-"),
                       m.storedNonce ? QString::number(*m.storedNonce) : QStringLiteral("-")}
        .join(QLatin1Char('|'));
}

} // namespace

void TestLazyPayload::decodedSetEqualsEncodedMessages() {
    const AddressMessages original = sample();
    QString why;
    const auto decoded = decodeMessageSet(encodeMessageSet(original), kMe, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->list().size(), original.list().size());
    QCOMPARE(decoded->keys(), original.keys());
    for (qsizetype i = 0; i < original.list().size(); ++i) {
        const ChainMessage& a = original.list().at(i);
        const ChainMessage& b = decoded->list().at(i);
        QCOMPARE(fields(b), fields(a));
        // Not parsed by the decode; equal, integer/float kinds and member order included, once read.
        QVERIFY(b.payload.unparsedJson());
        QVERIFY(b.payload == a.payload);
        QCOMPARE(json::dumpSigned(b.payload), json::dumpSigned(a.payload));
        QVERIFY(!b.payload.unparsedJson());
    }
    // The repeated key kept its last value, as the eager parse does.
    QCOMPARE(decoded->list().at(4).payload[QStringLiteral("payload")].toString(),
             QStringLiteral("repeated key keeps the last value"));
}

void TestLazyPayload::reencodingWritesStoredTextUnparsed() {
    const QByteArray encoded = encodeMessageSet(sample());
    const auto decoded = decodeMessageSet(encoded, kMe, nullptr);
    QVERIFY(decoded);
    QCOMPARE(encodeMessageSet(*decoded), encoded);
    for (const ChainMessage& m : decoded->list())
        QVERIFY(m.payload.unparsedJson());
    // Once parsed, the same bytes again (dumped from the value).
    for (const ChainMessage& m : decoded->list())
        (void)m.payload.value();
    QCOMPARE(encodeMessageSet(*decoded), encoded);
}

void TestLazyPayload::copiesOnManyThreadsParseOnceAndAgree() {
    const auto decoded = decodeMessageSet(encodeMessageSet(sample()), kMe, nullptr);
    QVERIFY(decoded);
    const QList<ChainMessage> copy = decoded->list();
    const json::Value expected = sample().list().at(1).payload;
    std::vector<QByteArray> seen(8);
    std::vector<const json::Value*> where(8);
    {
        std::vector<std::thread> threads;
        for (size_t t = 0; t < seen.size(); ++t)
            threads.emplace_back([&, t] {
                const ChainMessage m = copy.at(1); // a copy of its own, sharing the stored payload
                const json::Value& v = m.payload;
                where[t] = &v;
                seen[t] = json::dumpSigned(v);
            });
        for (std::thread& t : threads)
            t.join();
    }
    for (size_t t = 0; t < seen.size(); ++t) {
        QCOMPARE(seen[t], json::dumpSigned(expected));
        QCOMPARE(where[t], where[0]); // one parse, shared by every copy
    }
    QVERIFY(!decoded->list().at(1).payload.unparsedJson()); // the original sees the parse too
}

void TestLazyPayload::unparseableStoredTextReadsAsNull() {
    LazyPayload::Batch batch(QByteArray(R"({"a":1}{"broken":)"), 3);
    const LazyPayload good = batch.take(0, 0, 7);
    const LazyPayload bad = batch.take(1, 7, 10);
    const LazyPayload none = batch.take(2, 0, 0);
    QCOMPARE(good.value()[QStringLiteral("a")].toInt64(), std::optional<qint64>(1));
    QVERIFY(bad.unparsedJson());
    QVERIFY(bad.isNull());
    QVERIFY(!bad.unparsedJson());
    QVERIFY(none.isNull());
    QVERIFY(!none.unparsedJson());
}

void TestLazyPayload::assignedValueIsParsedAlready() {
    ChainMessage m;
    QVERIFY(m.payload.isNull());
    m.payload = parsed(R"({"message": "hi"})");
    QVERIFY(!m.payload.unparsedJson());
    QVERIFY(m.payload.isObject());
    QCOMPARE(m.payload[QStringLiteral("message")].toString(), QStringLiteral("hi"));
    const json::Value* found = m.payload.find(QStringLiteral("message"));
    QVERIFY(found && found->toString() == QStringLiteral("hi"));
    ChainMessage copy = m;
    QVERIFY(copy.payload == m.payload);
    copy.payload = json::Value(QStringLiteral("other"));
    QVERIFY(!(copy.payload == m.payload));
    QVERIFY(m.payload.isObject()); // assigning the copy left the original alone
}

void TestLazyPayload::truncatedSetsAreRefused() {
    const QByteArray encoded = encodeMessageSet(sample());
    for (qsizetype n = 0; n < encoded.size(); ++n) {
        QString why;
        QVERIFY2(!decodeMessageSet(encoded.left(n), kMe, &why), qPrintable(QString::number(n)));
        QVERIFY(!why.isEmpty());
    }
    QVERIFY(!decodeMessageSet(encoded + QByteArray(1, '\0'), kMe, nullptr)); // trailing bytes
    QVERIFY(!decodeMessageSet(encoded, kOther + QLatin1Char('x'), nullptr)); // not that address's
}

void TestLazyPayload::flippedBytesNeverCrash() {
    const QByteArray encoded = encodeMessageSet(sample());
    int refused = 0;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        for (const char mask : {char(0x01), char(0x80), char(0xff)}) {
            QByteArray damaged = encoded;
            damaged[i] = char(damaged[i] ^ mask);
            const auto decoded = decodeMessageSet(damaged, kMe, nullptr);
            if (!decoded) {
                ++refused;
                continue;
            }
            // What passes the structural checks still reads safely: payloads parse or read as null.
            for (const ChainMessage& m : decoded->list()) {
                QVERIFY(m.sender == kMe || m.recipient == kMe);
                (void)json::dumpSigned(m.payload);
            }
        }
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestLazyPayload)
#include "tst_lazy_payload.moc"
