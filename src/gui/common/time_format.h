#pragma once

#include <QDateTime>
#include <QString>

namespace aitbc::gui {

// One time format for the whole dashboard, always with seconds: messages a few seconds apart must be
// told apart, and the same moment must read the same in every pane. Times are shown in local time.

/// "2026-11-26 14:03:07" (ISO order, which reads the same in every language); empty when invalid.
QString formatDateTime(const QDateTime& time);
/// "14:03:07": for lines whose day is clear from the context (a day separator, a log of today).
QString formatTimeOfDay(const QDateTime& time);
/// The day a separator shows: "Thursday, 26 November 2026" in the user's language.
QString formatDay(const QDate& day);

} // namespace aitbc::gui
