#include "common/safe_text.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>

namespace aitbc::gui {

void wipeString(QString& text) {
    if (!text.isDetached()) {
        text.clear();
        return;
    }
    for (QChar& c : text)
        c = QChar(u' ');
    text.clear();
}

void wipeLineEdit(QLineEdit* edit) {
    if (!edit)
        return;
    const qsizetype length = edit->text().size();
    edit->setText(QString(length, QChar(u' ')));
    edit->clear();
}

QString elideMiddle(const QString& text, int keepStart, int keepEnd) {
    if (text.size() <= keepStart + keepEnd + 1)
        return text;
    return text.left(keepStart) + QChar(0x2026) + text.right(keepEnd);
}

QString formatAmount(qint64 amount) {
    return QLocale().toString(amount);
}

QString formatAge(qint64 seconds) {
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QCoreApplication::translate("aitbc::gui::Age", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("aitbc::gui::Age", "%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return QCoreApplication::translate("aitbc::gui::Age", "%n h", nullptr, int(seconds / 3600));
    return QCoreApplication::translate("aitbc::gui::Age", "%n d", nullptr, int(seconds / 86400));
}

} // namespace aitbc::gui
