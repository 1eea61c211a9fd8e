#include "testdata.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::json;

class TestCanonicalJson : public QObject {
    Q_OBJECT
private slots:
    void floatRepr_data();
    void floatRepr();
    void escapesLikePython();
    void sortsKeysByCodePoint();
    void keepsIntegersAndFloatsApart();
    void bigIntegersRoundTrip();
    void vectorsSignedAndHashStrings();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void duplicateKeysKeepLastValue();
    void depthLimit();
};

void TestCanonicalJson::floatRepr_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("repr");
    QTest::newRow("half") << 0.5 << QByteArray("0.5");
    QTest::newRow("one") << 1.0 << QByteArray("1.0");
    QTest::newRow("hundred") << 100.0 << QByteArray("100.0");
    QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
    QTest::newRow("1e15") << 1e15 << QByteArray("1000000000000000.0");
    QTest::newRow("1e-05") << 1e-05 << QByteArray("1e-05");
    QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("-0.0") << -0.0 << QByteArray("-0.0");
    QTest::newRow("0.0") << 0.0 << QByteArray("0.0");
    QTest::newRow("big") << 123456789012345678.0 << QByteArray("1.2345678901234568e+17");
    QTest::newRow("1e100") << 1e100 << QByteArray("1e+100");
    QTest::newRow("-2.5e-7") << -2.5e-7 << QByteArray("-2.5e-07");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("Infinity");
}

void TestCanonicalJson::floatRepr() {
    QFETCH(double, value);
    QFETCH(QByteArray, repr);
    QCOMPARE(pythonFloatRepr(value), repr);
}

void TestCanonicalJson::escapesLikePython() {
    const Value v(QStringLiteral("gr\u00fc\u00dfe \U0001F44B \"q\" \\ / \t\n\r\b\f \x7f \x01"));
    QCOMPARE(dumpSigned(v),
             QByteArray(R"("gr\u00fc\u00dfe \ud83d\udc4b \"q\" \\ / \t\n\r\b\f \u007f \u0001")"));
}

void TestCanonicalJson::sortsKeysByCodePoint() {
    Value o = Value::object();
    o.insert(QStringLiteral("\U0001F600"), 1);
    o.insert(QStringLiteral("\uffff"), 2);
    o.insert(QStringLiteral("b"), 3);
    o.insert(QStringLiteral("a"), Value::object());
    // UTF-16 order would put the emoji (0xD83D...) before U+FFFF; Python sorts by code point.
    QCOMPARE(dumpCompact(o), QByteArray(R"({"a":{},"b":3,"\uffff":2,"\ud83d\ude00":1})"));
    QCOMPARE(dumpSigned(o), QByteArray(R"({"a": {}, "b": 3, "\uffff": 2, "\ud83d\ude00": 1})"));
}

void TestCanonicalJson::keepsIntegersAndFloatsApart() {
    auto v = parse(R"({"a": 1, "b": 1.0, "c": 1e16, "d": -0, "e": [1E2]})");
    QVERIFY(v);
    QCOMPARE(dumpSigned(*v), QByteArray(R"({"a": 1, "b": 1.0, "c": 1e+16, "d": 0, "e": [100.0]})"));
}

void TestCanonicalJson::bigIntegersRoundTrip() {
    const QByteArray big = "123456789012345678901234567890123456789";
    auto v = parse("[" + big + ", -" + big + "]");
    QVERIFY(v);
    QCOMPARE(dumpCompact(*v), "[" + big + ",-" + big + "]");
    QVERIFY(!v->asArray().at(0).toInt64().has_value());
}

void TestCanonicalJson::vectorsSignedAndHashStrings() {
    auto doc = parse(test::readTestData(QStringLiteral("vectors/transactions.json")));
    QVERIFY(doc);
    int checked = 0;
    for (const Value& tx : (*doc)[QStringLiteral("transactions")].asArray()) {
        const QString id = tx[QStringLiteral("id")].toString();
        QCOMPARE(QString::fromUtf8(dumpSigned(tx[QStringLiteral("signed_object")])),
                 tx[QStringLiteral("canonical_signed_string")].toString());
        const Value& sub = tx[QStringLiteral("ref_node_submission")];
        if (sub.contains(QStringLiteral("normalized_tx"))) {
            QCOMPARE(QString::fromUtf8(dumpCompact(sub[QStringLiteral("normalized_tx")])),
                     sub[QStringLiteral("hash_input_string")].toString());
        }
        ++checked;
        Q_UNUSED(id);
    }
    QCOMPARE(checked, 6);
}

void TestCanonicalJson::rejectsMalformed_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("trailing") << QByteArray("{} x");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("leading zero") << QByteArray("01");
    QTest::newRow("bad escape") << QByteArray(R"("\x")");
    QTest::newRow("raw control") << QByteArray("\"a\nb\"");
    QTest::newRow("invalid utf8") << QByteArray("\"\xff\xfe\"");
    QTest::newRow("truncated u") << QByteArray(R"("\u12")");
    QTest::newRow("unterminated") << QByteArray(R"({"a": "b)");
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("dot") << QByteArray("1.");
}

void TestCanonicalJson::rejectsMalformed() {
    QFETCH(QByteArray, text);
    const auto v = parse(text);
    QVERIFY(!v);
    QVERIFY(!v.error().message.isEmpty());
}

void TestCanonicalJson::duplicateKeysKeepLastValue() {
    auto v = parse(R"({"b": 1, "a": 2, "b": 3})");
    QVERIFY(v);
    QCOMPARE(dump(*v, {Separators::Compact, false, true}), QByteArray(R"({"b":3,"a":2})"));
}

void TestCanonicalJson::depthLimit() {
    QByteArray deep(100000, '[');
    const auto v = parse(deep);
    QVERIFY(!v);
    QVERIFY(v.error().message.contains(QStringLiteral("nesting")));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonical_json.moc"
