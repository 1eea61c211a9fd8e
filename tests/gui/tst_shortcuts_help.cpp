// The Help menu lists the keyboard shortcuts, including the ones the Messages pane really has.

#include "mainwindow/shortcuts_help.h"

#include <QKeySequence>
#include <QtTest>

using namespace aitbc::gui;

class TestShortcutsHelp : public QObject {
    Q_OBJECT
private slots:
    void listsTheShortcuts() {
        const QString text = shortcutsHelpText();
        QVERIFY(text.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        QVERIFY(text.contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
        QVERIFY(text.contains(QStringLiteral("Shift+Return")));
        QVERIFY(text.contains(QStringLiteral("README.md")));
        QVERIFY(text.split(QLatin1Char('\n')).size() >= 8);
    }
};

QTEST_MAIN(TestShortcutsHelp)
#include "tst_shortcuts_help.moc"
