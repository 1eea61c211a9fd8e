// json::parse on hostile shapes: objects of many keys parse in linear time with Python's duplicate-key
// semantics and Python's canonical bytes, and every bound of ParseOptions gives an error naming it (never
// a crash, never a truncated value). Times are only hang guards: a quadratic parser needs minutes here.
#include "json/canonical.h"
#include "json/parse.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::json;

namespace {

// Far above what a linear parse of these documents costs even under a sanitizer on a loaded machine, far
// below what the member-list search cost (150 000 keys: about two minutes).
constexpr qint64 kHangGuardMs = 30000;

QByteArray key(qsizetype i) {
    return "k" + QByteArray::number(i, 16).rightJustified(6, '0');
}

/// {"k000000":0,"k000001":1,...} with `n` members, in key order or shuffled.
QByteArray manyKeys(qsizetype n, bool shuffled = false) {
    std::vector<qsizetype> order(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i)
        order[size_t(i)] = i;
    if (shuffled)
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    QByteArray out = "{";
    for (qsizetype i : order) {
        if (out.size() > 1)
            out += ',';
        out += '"' + key(i) + "\":" + QByteArray::number(i);
    }
    return out + '}';
}

ParseOptions unboundedMembers() {
    ParseOptions o;
    o.maxObjectMembers = 1'000'000;
    return o;
}

/// Python's json.dumps(json.loads(doc), sort_keys=True[, separators=(",", ":")]), or empty without Python.
QByteArray pythonDump(const QByteArray& doc, bool compact) {
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    QProcess p;
    p.start(python,
            {QStringLiteral("-c"),
             compact ? QStringLiteral("import json,sys; sys.stdout.write(json.dumps(json.loads("
                                      "sys.stdin.buffer.read()), sort_keys=True, separators=(',',':')))")
                     : QStringLiteral("import json,sys; sys.stdout.write(json.dumps(json.loads("
                                      "sys.stdin.buffer.read()), sort_keys=True))")});
    if (!p.waitForStarted(10000))
        return {};
    p.write(doc);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("python3 failed: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestJsonLimits : public QObject {
    Q_OBJECT
private slots:
    void manyDistinctKeysParseInLinearTime();
    void repeatedKeysKeepFirstPositionLastValue();
    void canonicalBytesMatchPython();
    void bigObjectsCompareByContent();
    void limits_data();
    void limits();
    void defaultsRejectHostileShapes();
    void keystoreBounds();
};

void TestJsonLimits::manyDistinctKeysParseInLinearTime() {
    const qsizetype n = 150'000;
    const QByteArray doc = manyKeys(n, true);
    QElapsedTimer timer;
    timer.start();
    Value v;
    ParseError e;
    QVERIFY2(parse(doc, v, &e, unboundedMembers()), qPrintable(e.message));
    QVERIFY2(timer.elapsed() < kHangGuardMs, "parsing 150 000 keys took longer than the hang guard");
    QCOMPARE(qsizetype(v.asObject().size()), n);
    // Every member is there, with its own value, in document order.
    qsizetype checked = 0;
    for (const auto& [k, value] : v.asObject()) {
        const qsizetype i = k.mid(1).toLongLong(nullptr, 16);
        QCOMPARE(value.toInt64().value_or(-1), i);
        ++checked;
    }
    QCOMPARE(checked, n);
    const QByteArray firstKey = doc.mid(2, 7);
    QCOMPARE(v.asObject().front().first, QString::fromLatin1(firstKey));
    QCOMPARE(v[QStringLiteral("k000000")].toInt64().value_or(-1), 0);
    QCOMPARE(v[QString::fromLatin1(key(n - 1))].toInt64().value_or(-1), n - 1);
    QVERIFY(!v.contains(QString::fromLatin1(key(n))));
}

void TestJsonLimits::repeatedKeysKeepFirstPositionLastValue() {
    // Small objects (scanned) and large ones (hashed), repeats before and after the switch.
    auto v = parse(R"({"a":1,"b":2,"a":3,"c":4,"d":5,"e":6,"f":7,"g":8,"h":9,"i":10,"a":11,"i":12,"j":13})");
    QVERIFY(v);
    QCOMPARE(dump(*v, {Separators::Compact, false, true}),
             QByteArray(R"({"a":11,"b":2,"c":4,"d":5,"e":6,"f":7,"g":8,"h":9,"i":12,"j":13})"));

    // 4 000 keys, then every one of them again (in reverse) with a new value, then a new key.
    QByteArray doc = "{";
    for (int i = 0; i < 4000; ++i)
        doc += '"' + key(i) + "\":" + QByteArray::number(i) + ',';
    for (int i = 3999; i >= 0; --i)
        doc += '"' + key(i) + "\":\"again " + QByteArray::number(i) + "\",";
    doc += "\"last\":null}";
    Value big;
    ParseError e;
    QVERIFY2(parse(doc, big, &e), qPrintable(e.message));
    const auto& members = big.asObject();
    QCOMPARE(members.size(), size_t(4001));
    for (int i = 0; i < 4000; ++i) {
        QCOMPARE(members[size_t(i)].first, QString::fromLatin1(key(i)));
        QCOMPARE(members[size_t(i)].second.toString(), QStringLiteral("again %1").arg(i));
    }
    QCOMPARE(members.back().first, QStringLiteral("last"));
    QVERIFY(members.back().second.isNull());
}

void TestJsonLimits::canonicalBytesMatchPython() {
    // Shuffled keys, repeats, escapes, non-BMP and lone-surrogate keys, nested objects, numbers of every
    // kind: json.dumps(sort_keys=True) must produce the same bytes from Python's parse as from ours.
    QByteArray doc = "{";
    for (int i = 0; i < 20000; ++i) {
        const int k = int(QRandomGenerator::global()->bounded(15000));
        doc += '"' + key(k) + "\":";
        switch (i % 5) {
        case 0:
            doc += QByteArray::number(i);
            break;
        case 1:
            doc += QByteArray::number(i) + ".5e-3";
            break;
        case 2:
            doc += "\"v\\u00fc\\ud83d\\ude00 " + QByteArray::number(i) + '"';
            break;
        case 3:
            doc += "{\"z\":1,\"a\":[true,false,null],\"z\":2}";
            break;
        default:
            doc += "123456789012345678901234567890";
        }
        doc += ',';
    }
    doc += R"("\ud800":1,"\u00e9":2,"e\u0301":3,"\ud83d\ude00":4,"\uffff":5,"tab\t":6})";
    const QByteArray spaced = pythonDump(doc, false);
    if (spaced.isEmpty())
        QSKIP("python3 is not available to compare with");
    Value v;
    ParseError e;
    QVERIFY2(parse(doc, v, &e, unboundedMembers()), qPrintable(e.message));
    QCOMPARE(dumpSigned(v), spaced);
    QCOMPARE(dumpCompact(v), pythonDump(doc, true));
}

void TestJsonLimits::bigObjectsCompareByContent() {
    const qsizetype n = 60'000;
    Value a, b;
    QVERIFY(parse(manyKeys(n, true), a, nullptr, unboundedMembers()));
    QVERIFY(parse(manyKeys(n, true), b, nullptr, unboundedMembers()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(a == b); // same members, different order
    QVERIFY2(timer.elapsed() < kHangGuardMs, "comparing 60 000 keys took longer than the hang guard");
    // The Qt form (QJsonObject sorts its keys) holds every member too, built without quadratic inserts.
    timer.restart();
    const QJsonObject q = a.toQJson().toObject();
    QVERIFY2(timer.elapsed() < kHangGuardMs, "converting 60 000 keys took longer than the hang guard");
    QCOMPARE(q.size(), n);
    QCOMPARE(q.value(QString::fromLatin1(key(n - 1))).toInteger(), n - 1);
    QCOMPARE(Value::fromQJson(q), a);
    Value c = b;
    c.insert(QString::fromLatin1(key(n / 2)), Value(-1));
    QVERIFY(!(a == c));
    QVERIFY(a == b); // c's change did not leak into b (copy-on-write)
    Value d = b;
    QVERIFY(d.remove(QString::fromLatin1(key(7))));
    d.insert(QStringLiteral("other"), Value(7));
    QVERIFY(!(a == d));
}

void TestJsonLimits::limits_data() {
    QTest::addColumn<QByteArray>("withinLimit");
    QTest::addColumn<QByteArray>("beyondLimit");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("option");

    QTest::newRow("members per object")
        << manyKeys(10'000) << manyKeys(10'001) << int(ParseLimit::ObjectMembers)
        << QStringLiteral("maxObjectMembers");
    QByteArray within = "[" + QByteArray("0,").repeated(999'998) + "0]"; // 999 999 items + the array
    QByteArray beyond = "[" + QByteArray("0,").repeated(999'999) + "0]";
    QTest::newRow("values per document")
        << within << beyond << int(ParseLimit::TotalValues) << QStringLiteral("maxTotalValues");
    QTest::newRow("values in nested objects")
        << QByteArray("{\"a\":[" + QByteArray("{},").repeated(999'997) + "{}]}")
        << QByteArray("{\"a\":[" + QByteArray("{},").repeated(999'998) + "{}]}")
        << int(ParseLimit::TotalValues) << QStringLiteral("maxTotalValues");
    QTest::newRow("depth") << QByteArray(513, '[') + QByteArray(513, ']')
                           << QByteArray(514, '[') + QByteArray(514, ']') << int(ParseLimit::Depth)
                           << QStringLiteral("maxDepth");
    const QByteArray big(16 * 1024 * 1024, 'x');
    QTest::newRow("string length") << QByteArray('"' + big + '"') << QByteArray("\"" + big + "x\"")
                                   << int(ParseLimit::StringBytes) << QStringLiteral("maxStringBytes");
    QTest::newRow("string length with escapes")
        << QByteArray("[\"" + big.left(big.size() - 2) + "\\n\"]") << QByteArray("[\"" + big + "\\n\"]")
        << int(ParseLimit::StringBytes) << QStringLiteral("maxStringBytes");
    QTest::newRow("key length") << QByteArray("{\"" + big + "\":1}") << QByteArray("{\"" + big + "y\":1}")
                                << int(ParseLimit::StringBytes) << QStringLiteral("maxStringBytes");
    QTest::newRow("integer digits") << QByteArray(4300, '7') << QByteArray(4301, '7')
                                    << int(ParseLimit::IntegerDigits) << QStringLiteral("maxIntegerDigits");
    QTest::newRow("input size") << QByteArray("[" + QByteArray(64 * 1024 * 1024 - 3, ' ') + "1]")
                                << QByteArray("[" + QByteArray(64 * 1024 * 1024 - 2, ' ') + "1]")
                                << int(ParseLimit::InputBytes) << QStringLiteral("maxInputBytes");
}

void TestJsonLimits::limits() {
    QFETCH(QByteArray, withinLimit);
    QFETCH(QByteArray, beyondLimit);
    QFETCH(int, limit);
    QFETCH(QString, option);

    Value v;
    ParseError e;
    QVERIFY2(parse(withinLimit, v, &e), qPrintable(e.message));
    QCOMPARE(int(e.limit), int(ParseLimit::None));

    Value untouched(QStringLiteral("before"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!parse(beyondLimit, untouched, &e));
    QVERIFY2(timer.elapsed() < kHangGuardMs, "rejecting the document took longer than the hang guard");
    QCOMPARE(int(e.limit), limit);
    QVERIFY2(e.message.contains(option), qPrintable(e.message));
    QCOMPARE(parseLimitName(ParseLimit(limit)), option);
    QVERIFY(e.offset >= 0 && e.offset <= beyondLimit.size());
    QCOMPARE(untouched.toString(), QStringLiteral("before")); // nothing half-parsed is handed out

    // The convenience overload reports the same error with its offset.
    const auto convenient = parse(beyondLimit);
    QVERIFY(!convenient);
    QVERIFY2(convenient.error().message.contains(option), qPrintable(convenient.error().message));
}

void TestJsonLimits::defaultsRejectHostileShapes() {
    // A syntax error is not reported as a limit.
    ParseError e;
    Value v;
    QVERIFY(!parse("{\"a\":}", v, &e));
    QCOMPARE(int(e.limit), int(ParseLimit::None));

    // Repeats count as written: 20 000 writes of one key cost what 20 000 keys cost, and are refused alike.
    QByteArray repeats = "{" + QByteArray("\"a\":1,").repeated(19'999) + "\"a\":2}";
    QVERIFY(!parse(repeats, v, &e));
    QCOMPARE(int(e.limit), int(ParseLimit::ObjectMembers));
    // ... while a bound raised by the caller takes them, last value winning.
    QVERIFY(parse(repeats, v, &e, unboundedMembers()));
    QCOMPARE(v.asObject().size(), size_t(1));
    QCOMPARE(v[QStringLiteral("a")].toInt64().value_or(0), 2);

    // The bound is per object: many objects of a few keys each are fine.
    QByteArray objects = "[" + QByteArray("{\"a\":1,\"b\":2},").repeated(20'000) + "{}]";
    QVERIFY2(parse(objects, v, &e), qPrintable(e.message));
    QCOMPARE(v.asArray().size(), size_t(20'001));

    // A limit deep inside the document is reported at its place.
    QByteArray nested = "{\"ok\":[1,2,3],\"deep\":{\"x\":" + manyKeys(10'001) + "}}";
    QVERIFY(!parse(nested, v, &e));
    QCOMPARE(int(e.limit), int(ParseLimit::ObjectMembers));
    QVERIFY(e.offset > nested.indexOf("\"x\""));
}

void TestJsonLimits::keystoreBounds() {
    const ParseOptions k = ParseOptions::keystore();
    const ParseOptions d;
    QVERIFY(k.maxInputBytes < d.maxInputBytes);
    QVERIFY(k.maxObjectMembers < d.maxObjectMembers);
    QVERIFY(k.maxTotalValues < d.maxTotalValues);
    QVERIFY(k.maxDepth < d.maxDepth);
    Value v;
    ParseError e;
    QVERIFY(parse(manyKeys(k.maxObjectMembers), v, &e, k));
    QVERIFY(!parse(manyKeys(k.maxObjectMembers + 1), v, &e, k));
    QCOMPARE(int(e.limit), int(ParseLimit::ObjectMembers));
}

QTEST_GUILESS_MAIN(TestJsonLimits)
#include "tst_json_limits.moc"
