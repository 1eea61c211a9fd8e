#include "common/safe_text.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>

namespace aitbc::gui {

namespace {

/// Overwrites the characters of `text`'s buffer where they are, even when other QStrings share it: for
/// a secret, every sharer (the line edit's copy, a caller's earlier text()) must lose it too. Static
/// (read-only) data such as a literal is left alone.
void overwriteBuffer(QString& text) {
    if (text.isEmpty() || !text.data_ptr().isMutable())
        return;
    // const_cast on purpose: data() would detach, i.e. copy the secret and wipe only the copy.
    auto* chars = const_cast<QChar*>(text.constData());
    volatile char16_t* p = reinterpret_cast<volatile char16_t*>(chars);
    for (qsizetype i = 0; i < text.size(); ++i)
        p[i] = u' ';
}

} // namespace

void wipeString(QString& text) {
    overwriteBuffer(text);
    text.clear();
}

void wipeLineEdit(QLineEdit* edit) {
    if (!edit)
        return;
    // `held` shares the line edit's own buffer. Once the widget holds a same-length filler instead,
    // overwriting `held` wipes the very storage the typed password lived in (setText alone would just
    // drop it, unwiped, with any earlier text() copies still pointing at it).
    QString held = edit->text();
    edit->setText(QString(held.size(), QLatin1Char(' ')));
    edit->clear();
    wipeString(held);
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
