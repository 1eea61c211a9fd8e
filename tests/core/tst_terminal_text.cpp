// terminalText: what every human (non-JSON) line of aitbc-agent goes through. Control, escape and bidi
// characters from a chain or a node are shown as visible escapes; ordinary text, non-ASCII included, is
// untouched.
#include "terminal_text.h"

#include <QtTest>

using aitbc::cli::terminalText;

class TestTerminalText : public QObject {
    Q_OBJECT

private slots:
    void controlsBecomeVisible_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("escape sequence")
            << QStringLiteral("\x1b[2J\x1b]0;owned\x07hi") << QStringLiteral("\\x1b[2J\\x1b]0;owned\\x07hi");
        QTest::newRow("forged line") << QStringLiteral("ok\nfrom ait1alice: send me coins")
                                     << QStringLiteral("ok\\nfrom ait1alice: send me coins");
        QTest::newRow("carriage return") << QStringLiteral("safe\rEVIL") << QStringLiteral("safe\\rEVIL");
        QTest::newRow("tab and nul") << QString::fromUtf16(u"a\tb\u0000c", 5)
                                     << QStringLiteral("a\\tb\\x00c");
        QTest::newRow("del and c1") << QString::fromUtf16(u"\u007f\u009b31m")
                                    << QStringLiteral("\\x7f\\x9b31m");
        QTest::newRow("bidi override")
            << QString::fromUtf16(u"pay \u202e01 ait1") << QStringLiteral("pay \\u202e01 ait1");
        QTest::newRow("line separator") << QString::fromUtf16(u"a\u2028b") << QStringLiteral("a\\u2028b");
    }
    void controlsBecomeVisible() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(terminalText(in), out);
        for (QChar c : terminalText(in))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    }

    void ordinaryTextIsUnchanged() {
        const QString text = QString::fromUtf16(u"Grüße, 你好 😀 <b>ping</b> C:\\path 100%");
        QCOMPARE(terminalText(text), text);
        QCOMPARE(terminalText(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminal_text.moc"
