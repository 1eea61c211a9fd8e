#pragma once

#include <QDateTime>
#include <QString>

namespace aitbc::gui {

/// The one way the dashboard shows a point in time: local time, "yyyy-MM-dd HH:mm:ss". Seconds are
/// always there, so messages and blocks a few seconds apart can be told apart; the fixed numeric form
/// reads the same in every language and sorts as text. Empty for an invalid time. Ages ("12 s") are
/// formatAge() in common/safe_text.h.
QString formatTime(const QDateTime& time);

} // namespace aitbc::gui
