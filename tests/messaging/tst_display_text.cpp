// Hostile message texts: control characters, bidi overrides, HTML and very long texts are shown safely.
#include "messaging/display_text.h"

#include <QtTest>

using namespace aitbc::messaging;

class TestDisplayText : public QObject {
    Q_OBJECT
private slots:
    void plainTextIsUnchanged() {
        const QString t = QStringLiteral("gr\u00fc\u00dfe \U0001F44B\nline two\tend");
        const DisplayText d = safeDisplayText(t);
        QCOMPARE(d.text, t);
        QVERIFY(!d.truncated);
        QVERIFY(!d.neutralized);
    }

    void controlCharactersBecomeVisible() {
        const QString t = QStringLiteral("a") + QChar(0x1b) + QStringLiteral("[31mred") + QChar(0) +
                          QChar(0x7f) + QChar(0x85) + QStringLiteral("b\r");
        const DisplayText d = safeDisplayText(t);
        QCOMPARE(
            d.text,
            QStringLiteral("a\u27e8U+001B\u27e9[31mred\u27e8U+0000\u27e9\u27e8U+007F\u27e9\u27e8U+0085\u27e9b"
                           "\u27e8U+000D\u27e9"));
        QVERIFY(d.neutralized);
        for (const QChar c : d.text)
            QVERIFY2(c.unicode() >= 0x20 || c == u'\n' || c == u'\t', "a control character survived");
    }

    void bidiOverridesBecomeVisible_data() {
        QTest::addColumn<uint>("codePoint");
        for (uint c : {0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u, 0x2068u, 0x2069u,
                       0x200Eu, 0x200Fu, 0x061Cu, 0x2028u, 0x2029u})
            QTest::newRow(qPrintable(QString::number(c, 16))) << c;
    }
    void bidiOverridesBecomeVisible() {
        QFETCH(uint, codePoint);
        const QString t = QStringLiteral("pay ") + QChar(char16_t(codePoint)) + QStringLiteral("0001 AIT");
        const DisplayText d = safeDisplayText(t);
        QVERIFY(!d.text.contains(QChar(char16_t(codePoint))));
        const QString hex = QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0'));
        QVERIFY(d.text.contains(QStringLiteral("\u27e8U+") + hex + QStringLiteral("\u27e9")));
        QVERIFY(d.neutralized);
    }

    void htmlIsLeftAsText() {
        // Views render plain text, so markup must arrive unchanged (escaping would show "&lt;").
        const QString t = QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>&amp;");
        QCOMPARE(safeDisplayText(t).text, t);
    }

    void longTextsAreBounded() {
        const QString t(10 * 1024, u'x');
        const DisplayText d = safeDisplayText(t);
        QVERIFY(d.truncated);
        QCOMPARE(d.text.size(), kDisplayLimit);
        QCOMPARE(d.hiddenChars, 10 * 1024 - kDisplayLimit);
        const DisplayText all = safeDisplayText(t, 0);
        QVERIFY(!all.truncated);
        QCOMPARE(all.text.size(), t.size());
    }

    void surrogatesAreHandled() {
        const QString emoji =
            QString(3000, QChar()).fill(u'a').left(1999) + QStringLiteral("\U0001F600\U0001F600");
        const DisplayText d = safeDisplayText(emoji);
        // 1999 + one emoji = 2000 code points: the cut never splits a surrogate pair.
        QVERIFY(d.truncated);
        QVERIFY(d.text.endsWith(QStringLiteral("\U0001F600")));
        QCOMPARE(d.hiddenChars, 1);
        QString lone = QStringLiteral("x");
        lone.append(QChar(0xD800));
        QCOMPARE(safeDisplayText(lone).text, QStringLiteral("x\u27e8U+D800\u27e9"));
    }

    void singleLineFlattens() {
        const QString s = safeSingleLine(QStringLiteral("a\nb\tc") + QChar(0x202E), 120);
        QVERIFY(!s.contains(u'\n'));
        QVERIFY(!s.contains(u'\t'));
        QVERIFY(!s.contains(QChar(0x202E)));
        QVERIFY(safeSingleLine(QString(500, u'y'), 10).endsWith(QStringLiteral("\u2026")));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_display_text.moc"
