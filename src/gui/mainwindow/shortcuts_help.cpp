#include "mainwindow/shortcuts_help.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QMessageBox>

namespace aitbc::gui {

namespace {
// Gives the free functions below a translation context lupdate understands.
class ShortcutsHelp {
    Q_DECLARE_TR_FUNCTIONS(aitbc::gui::ShortcutsHelp)
};

QString keys(const QKeySequence& sequence) {
    return sequence.toString(QKeySequence::NativeText);
}
} // namespace

QString shortcutsHelpText() {
    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("Ctrl+1 … Ctrl+9"), ShortcutsHelp::tr("Show the pane of that number (View menu)")},
        {keys(QKeySequence(Qt::Key_Return)), ShortcutsHelp::tr("Send the message (in the message box)")},
        {keys(QKeySequence(Qt::SHIFT | Qt::Key_Return)),
         ShortcutsHelp::tr("Start a new line in the message")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Return)),
         ShortcutsHelp::tr("Send the message (anywhere in Messages)")},
        {keys(QKeySequence::Find), ShortcutsHelp::tr("Search the open conversation")},
        {keys(QKeySequence(Qt::Key_Tab)),
         ShortcutsHelp::tr("Move to the next field (tables and the message box let it through)")},
        {ShortcutsHelp::tr("Double-click"), ShortcutsHelp::tr("Open the details of a message")},
    };
    QStringList lines;
    for (const auto& [key, what] : rows)
        lines << QStringLiteral("%1\t%2").arg(key, what);
    lines << QString()
          << ShortcutsHelp::tr(
                 "A walkthrough of the dashboard and the aitbc-agent command line is in README.md, "
                 "sections \"Layout\" and \"Command-line tool\".");
    return lines.join(QLatin1Char('\n'));
}

void showShortcutsHelp(QWidget* parent) {
    QMessageBox box(parent);
    box.setWindowTitle(ShortcutsHelp::tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::PlainText);
    box.setText(shortcutsHelpText());
    box.exec();
}

} // namespace aitbc::gui
