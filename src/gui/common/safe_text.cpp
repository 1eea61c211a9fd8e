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
        c = QLatin1Char(' ');
    text.clear();
}

void wipeLineEdit(QLineEdit* edit) {
    if (!edit)
        return;
    const qsizetype length = edit->text().size();
    edit->setText(QString(length, QLatin1Char(' ')));
    edit->clear();
}

QString formatAmount(qint64 amount) {
    return QLocale().toString(amount);
}

QString formatAge(qint64 seconds) {
    // The divisions stay out of the translate() calls: Qt 6.4's lupdate loops forever on a '/' inside
    // the arguments of a second translate() in one function.
    const qint64 age = qMax<qint64>(seconds, 0);
    const int minutes = int(age / 60);
    const int hours = int(age / 3600);
    const int days = int(age / 86400);
    if (age < 60)
        return QCoreApplication::translate("aitbc::gui::Age", "%n s", nullptr, int(age));
    if (age < 3600)
        return QCoreApplication::translate("aitbc::gui::Age", "%n min", nullptr, minutes);
    if (age < 86400)
        return QCoreApplication::translate("aitbc::gui::Age", "%n h", nullptr, hours);
    return QCoreApplication::translate("aitbc::gui::Age", "%n d", nullptr, days);
}

} // namespace aitbc::gui
