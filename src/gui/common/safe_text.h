#pragma once

#include <QString>

class QLineEdit;

namespace aitbc::gui {

/// Empties a password field: the buffer that holds the typed text is overwritten in place (so every
/// QString still sharing it, such as an earlier text(), reads as spaces), then the field is cleared.
/// Best effort: buffers the widget reallocated while the user typed are gone already, unwiped.
void wipeLineEdit(QLineEdit* edit);

/// Overwrites a QString's buffer in place, including when it is shared (every sharer sees spaces then),
/// and clears it. For secrets only.
void wipeString(QString& text);

/// Formats an integer amount with thin grouping for the current locale ("1,000,781" / "1.000.781").
QString formatAmount(qint64 amount);

/// "12 s", "4 min", "3 h", "2 d": the age of something in the current language.
QString formatAge(qint64 seconds);

} // namespace aitbc::gui
