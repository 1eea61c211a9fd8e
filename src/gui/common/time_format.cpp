#include "common/time_format.h"

#include <QLocale>

namespace aitbc::gui {

QString formatDateTime(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString formatTimeOfDay(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString formatDay(const QDate& day) {
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : QString();
}

} // namespace aitbc::gui
