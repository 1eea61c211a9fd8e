#include "common/time_format.h"

namespace aitbc::gui {

QString formatTime(const QDateTime& time) {
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace aitbc::gui
