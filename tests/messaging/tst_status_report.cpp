// The status request and report texts (docs/status-protocol.md): the report survives the round trip,
// and a hostile report text (wrong kind, wrong types, oversized, too many heights, deep nesting) is
// refused with a reason instead of being shown.
#include "messaging/status_report.h"

#include <QtTest>

using namespace aitbc::messaging;

class TestStatusReport : public QObject {
    Q_OBJECT

    static StatusReport sample() {
        StatusReport r;
        r.chainId = QStringLiteral("ait-devnet");
        r.height = 42;
        r.hash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        r.headTime = QDateTime(QDate(2026, 12, 3), QTime(13, 0, 0), Qt::UTC);
        r.headAgeSeconds = 7;
        r.mempoolSize = 3;
        r.protocol = QStringLiteral("ref");
        r.missingTxHeights = {2, 3, 5};
        r.scannedFrom = 0;
        r.scannedTo = 42;
        r.reportedAt = QDateTime(QDate(2026, 12, 3), QTime(13, 0, 7), Qt::UTC);
        return r;
    }

private slots:
    void requestTextIsFixed() {
        QCOMPARE(statusRequestText(), QStringLiteral("{\"aitbc\":\"status-request\",\"v\":1}"));
        QVERIFY(isStatusRequest(statusRequestText()));
        QVERIFY(!isStatusRequest(QStringLiteral(" {\"aitbc\":\"status-request\",\"v\":1}")));
        QVERIFY(!isStatusRequest(QStringLiteral("{\"aitbc\":\"status-request\",\"v\":2}")));
        QVERIFY(!isStatusRequest(QStringLiteral("ping")));
    }

    void roundTrip() {
        const StatusReport r = sample();
        const QString text = encodeStatusReport(r);
        QVERIFY(text.startsWith(QStringLiteral("{\"aitbc\":\"status-report\"")));
        const auto back = parseStatusReport(text);
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back->chainId, r.chainId);
        QCOMPARE(back->height, r.height);
        QCOMPARE(back->hash, r.hash);
        QCOMPARE(back->headTime, r.headTime);
        QCOMPARE(back->headAgeSeconds, r.headAgeSeconds);
        QCOMPARE(back->mempoolSize, r.mempoolSize);
        QCOMPARE(back->protocol, r.protocol);
        QCOMPARE(back->missingTxHeights, r.missingTxHeights);
        QCOMPARE(back->missingTxTruncated, false);
        QCOMPARE(back->scannedFrom, r.scannedFrom);
        QCOMPARE(back->scannedTo, r.scannedTo);
        QCOMPARE(back->reportedAt, r.reportedAt);
        QVERIFY(back->error.isEmpty());
        QCOMPARE(encodeStatusReport(*back), text); // deterministic
    }

    void unknownValuesAreNull() {
        StatusReport r;
        r.error = QStringLiteral("connection refused");
        const auto back = parseStatusReport(encodeStatusReport(r));
        QVERIFY(back);
        QCOMPARE(back->height, -1);
        QCOMPARE(back->mempoolSize, -1);
        QVERIFY(!back->headTime.isValid());
        QCOMPARE(back->error, r.error);
    }

    void manyHeightsAreBoundedAndFlagged() {
        StatusReport r = sample();
        r.missingTxHeights.clear();
        for (int h = 1; h <= 1000; ++h)
            r.missingTxHeights.append(h);
        const QString text = encodeStatusReport(r);
        QVERIFY(text.size() <= kStatusReportMaxChars);
        const auto back = parseStatusReport(text);
        QVERIFY(back);
        QCOMPARE(back->missingTxHeights.size(), kStatusReportMaxHeights);
        QVERIFY(back->missingTxTruncated);
    }

    void hostileTextsAreRefused_data() {
        QTest::addColumn<QString>("text");
        const QString ok = encodeStatusReport(sample());
        auto with = [&](const QString& from, const QString& to) {
            QString t = ok;
            t.replace(from, to);
            return t;
        };
        QTest::newRow("not json") << QStringLiteral("pong");
        QTest::newRow("array") << QStringLiteral("[1,2]");
        QTest::newRow("request") << statusRequestText();
        QTest::newRow("other version") << with(QStringLiteral("\"v\":1"), QStringLiteral("\"v\":2"));
        QTest::newRow("height string")
            << with(QStringLiteral("\"height\":42"), QStringLiteral("\"height\":\"42\""));
        QTest::newRow("height negative")
            << with(QStringLiteral("\"height\":42"), QStringLiteral("\"height\":-5"));
        QTest::newRow("height float")
            << with(QStringLiteral("\"height\":42"), QStringLiteral("\"height\":42.5"));
        QTest::newRow("height huge") << with(QStringLiteral("\"height\":42"),
                                             QStringLiteral("\"height\":123456789012345678901234567890"));
        QTest::newRow("heights not list") << with(QStringLiteral("\"missing_tx_heights\":[2,3,5]"),
                                                  QStringLiteral("\"missing_tx_heights\":7"));
        QTest::newRow("heights nested") << with(QStringLiteral("\"missing_tx_heights\":[2,3,5]"),
                                                QStringLiteral("\"missing_tx_heights\":[[[[[[2]]]]]]"));
        QString many;
        for (int i = 0; i < kStatusReportMaxHeights + 1; ++i)
            many += QString::number(i) + QLatin1Char(',');
        many.chop(1);
        QTest::newRow("too many heights") << with(QStringLiteral("\"missing_tx_heights\":[2,3,5]"),
                                                  QStringLiteral("\"missing_tx_heights\":[%1]").arg(many));
        QTest::newRow("bad time") << with(QStringLiteral("2026-12-03T13:00:00Z"),
                                          QStringLiteral("yesterday"));
        QTest::newRow("long hash") << with(QStringLiteral("\"0x"),
                                           QStringLiteral("\"0x") + QString(200, QLatin1Char('b')));
        QTest::newRow("truncated not bool") << with(QStringLiteral("\"missing_tx_truncated\":false"),
                                                    QStringLiteral("\"missing_tx_truncated\":0"));
        QTest::newRow("oversized") << with(
            QStringLiteral("\"error\":\"\""),
            QStringLiteral("\"error\":\"%1\"").arg(QString(5000, QLatin1Char('x'))));
    }

    void hostileTextsAreRefused() {
        QFETCH(QString, text);
        const auto back = parseStatusReport(text);
        QVERIFY(!back);
        QVERIFY(!back.error().message.isEmpty());
    }

    void deepNestingCostsLittle() {
        // A text of the maximum size nested as deep as it goes: refused by the depth limit at once.
        const QString deep = QString(kStatusReportMaxChars / 2, QLatin1Char('[')) +
                             QString(kStatusReportMaxChars / 2, QLatin1Char(']'));
        QVERIFY(!parseStatusReport(deep));
    }
};

QTEST_APPLESS_MAIN(TestStatusReport)
#include "tst_status_report.moc"
