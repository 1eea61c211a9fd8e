// Message text extraction from every payload shape of protocol.md §4.3, and the message definition.
#include "chain/message_set.h"
#include "chain/payload_text.h"
#include "json/parse.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;

class TestPayloadText : public QObject {
    Q_OBJECT
private slots:
    void shapes_data();
    void shapes();
    void txMetadataPrecedence();
    void structuredFlag();
    void messageDefinition();
};

void TestPayloadText::shapes_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("isMessage");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    // REF proposer: the inner payload object, as stored in the real chain.db (ASCII escapes, emoji as a
    // surrogate pair).
    QTest::newRow("ref-proposer")
        << QByteArray(
               R"({"amount": 0, "message": "gr\u00fc\u00dfe \ud83d\udc4b", "recipient": "b", "to": "b", "value": 0})")
        << true << QStringLiteral("grüße 👋") << QStringLiteral("message");
    QTest::newRow("empty-text") << QByteArray(R"({"amount": 0, "message": "", "recipient": "b"})") << true
                                << QString() << QStringLiteral("message");
    QTest::newRow("quotes-newline") << QByteArray(R"({"message": "say \"hi\"\n\\ \t end"})") << true
                                    << QStringLiteral("say \"hi\"\n\\ \t end") << QStringLiteral("message");
    // REF follower via gossip: the whole normalized dict, text one level down.
    QTest::newRow("ref-follower")
        << QByteArray(
               R"({"chain_id": "c", "type": "TRANSFER", "from": "a", "to": "b", "amount": 0, "value": 0, "fee": 10, "nonce": 1, "payload": {"recipient": "b", "amount": 0, "message": "ping"}, "signature": null})")
        << true << QStringLiteral("ping") << QStringLiteral("message");
    // APRIL proposer: the entire submitted dict whose payload was the text.
    QTest::newRow("april-string")
        << QByteArray(
               R"({"from": "a", "to": "b", "amount": 0, "fee": 10, "nonce": 1775800000000, "payload": "ping", "signature": "ab"})")
        << true << QStringLiteral("ping") << QStringLiteral("payload");
    QTest::newRow("daemon-envelope")
        << QByteArray(
               R"({"recipient": "b", "amount": 0, "message": "pong \u2713", "payload": "pong \u2713"})")
        << true << QStringLiteral("pong ✓") << QStringLiteral("message");
    QTest::newRow("payload-only") << QByteArray(
                                         R"({"recipient": "b", "amount": 0, "payload": "only payload"})")
                                  << true << QStringLiteral("only payload") << QStringLiteral("payload");
    QTest::newRow("content") << QByteArray(R"({"recipient": "b", "content": "from content"})") << true
                             << QStringLiteral("from content") << QStringLiteral("content");
    QTest::newRow("bare-string") << QByteArray(R"("just text")") << true << QStringLiteral("just text")
                                 << QStringLiteral("payload");
    QTest::newRow("plain-transfer") << QByteArray(R"({"recipient": "b", "amount": 5, "to": "b", "value": 5})")
                                    << false << QString() << QString();
    QTest::newRow("message-not-string")
        << QByteArray(R"({"recipient": "b", "message": 42})") << false << QString() << QString();
    QTest::newRow("not-json") << QByteArray("{broken") << false << QString() << QString();
}

void TestPayloadText::shapes() {
    QFETCH(QByteArray, payload);
    QFETCH(bool, isMessage);
    QFETCH(QString, text);
    QFETCH(QString, field);
    const auto t = extractPayloadText(payload);
    QCOMPARE(t.has_value(), isMessage);
    if (t) {
        QCOMPARE(t->text, text);
        QCOMPARE(t->field, field);
        QCOMPARE(t->text.isNull() && isMessage, false); // empty text is "" not absent
    }
}

void TestPayloadText::txMetadataPrecedence() {
    const QByteArray payload = R"({"message": "from payload"})";
    QCOMPARE(extractPayloadText(payload, QStringLiteral(R"({"payload": "from metadata"})"))->text,
             QStringLiteral("from metadata"));
    QCOMPARE(extractPayloadText(payload, QStringLiteral(R"("meta string")"))->text,
             QStringLiteral("meta string"));
    // Metadata without text falls back to the payload.
    QCOMPARE(extractPayloadText(payload, QStringLiteral(R"({"kind": 1})"))->text,
             QStringLiteral("from payload"));
    QCOMPARE(extractPayloadText(payload, QStringLiteral("not json"))->text, QStringLiteral("from payload"));
}

void TestPayloadText::structuredFlag() {
    const auto t =
        extractPayloadText(QByteArray(R"({"message": "{\"cmd\":\"STATUS_REPORT\",\"ok\":true}"})"));
    QVERIFY(t);
    QVERIFY(t->structured);
    QVERIFY(!extractPayloadText(QByteArray(R"({"message": "{not json}"})"))->structured);
    QVERIFY(!extractPayloadText(QByteArray(R"({"message": "ping"})"))->structured);
    QVERIFY(looksStructured(QStringLiteral(" [1, 2] ")));
}

void TestPayloadText::messageDefinition() {
    Transaction tx;
    tx.txHash = QStringLiteral("0x01");
    tx.sender = QStringLiteral("alice");
    tx.recipient = QStringLiteral("bob");
    tx.blockHeight = 3;
    tx.type = QStringLiteral("TRANSFER");
    QVERIFY(json::parse(QByteArray(R"({"message": "hi"})"), tx.payload));

    auto in = messageFromTransaction(tx, QStringLiteral("bob"));
    QVERIFY(in);
    QCOMPARE(in->direction, ChainMessage::Direction::Incoming);
    auto out = messageFromTransaction(tx, QStringLiteral("alice"));
    QCOMPARE(out->direction, ChainMessage::Direction::Outgoing);

    Transaction pending = tx;
    pending.blockHeight = -1; // marketplace / not in a block
    QVERIFY(!messageFromTransaction(pending, QStringLiteral("bob")));
    Transaction claim = tx;
    claim.type = QStringLiteral("RECEIPT_CLAIM");
    QVERIFY(!messageFromTransaction(claim, QStringLiteral("bob")));

    AddressMessages set;
    ChainMessage a = *in, b = *in, c = *in;
    a.txHash = QStringLiteral("a");
    a.blockHeight = 5;
    b.txHash = QStringLiteral("b");
    b.blockHeight = 3;
    c.txHash = QStringLiteral("c");
    c.blockHeight = 5;
    set.add(a, 10);
    set.add(b, 20); // older block arriving later is put before
    set.add(c, 11);
    set.add(b, 20); // duplicate ignored
    QCOMPARE(set.list().size(), 3);
    QCOMPARE(set.list().at(0).txHash, QStringLiteral("b"));
    QCOMPARE(set.list().at(1).txHash, QStringLiteral("a"));
    QCOMPARE(set.list().at(2).txHash, QStringLiteral("c"));
}

QTEST_GUILESS_MAIN(TestPayloadText)
#include "tst_payload_text.moc"
