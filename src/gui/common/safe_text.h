#pragma once

#include <QString>

class QLineEdit;

namespace aitbc::gui {

/// Empties a password field: the text is first overwritten in place with the same number of
/// characters so the widget's own buffer does not keep the secret, then cleared. QString storage
/// cannot be wiped for certain, so this is best effort; the password never leaves the dialog in any
/// other form than the bytes handed to the key derivation.
void wipeLineEdit(QLineEdit* edit);

/// Overwrites a QString's characters in place (when it is not shared) and clears it.
void wipeString(QString& text);

/// Formats an integer amount with thin grouping for the current locale ("1,000,781" / "1.000.781").
QString formatAmount(qint64 amount);

/// "12 s", "4 min", "3 h", "2 d": the age of something in the current language.
QString formatAge(qint64 seconds);

} // namespace aitbc::gui
