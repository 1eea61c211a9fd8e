#pragma once

#include <QString>

namespace aitbc::messaging {

/// How many characters of a message a view shows before it cuts the text (the full text is available on
/// demand, e.g. in a tooltip-free "show all" dialog or the CSV export).
constexpr int kDisplayLimit = 2000;

/// A message text made safe to show in a plain-text view.
struct DisplayText {
    QString text;             ///< what to show
    bool truncated = false;   ///< the original was longer than the limit
    int hiddenChars = 0;      ///< characters of the original that were cut off
    bool neutralized = false; ///< at least one control or bidi character was made visible
};

/// Makes text that anybody can put on chain harmless to display. Views show it as *plain text* (QLabel
/// with Qt::PlainText, QPlainTextEdit, a model's DisplayRole), so nothing is HTML-escaped here: `<b>` stays
/// the four characters `<b>`.
///  - C0 controls (U+0000..U+001F except \n and \t), DEL and C1 controls (U+0080..U+009F) become a
///    visible marker such as "⟨U+001B⟩": a terminal escape or a NUL cannot reach a view or a log.
///  - Bidirectional overrides, embeddings and isolates (U+202A..U+202E, U+2066..U+2069), the marks
///    U+200E/U+200F and U+061C become markers as well, so a text cannot reorder what follows it
///    ("Trojan Source" style spoofing of addresses or amounts).
///  - Line/paragraph separators (U+2028/U+2029) and unpaired surrogates become markers.
///  - The result is cut after `limit` characters of the original (markers do not count), with " …" and
///    the number of hidden characters noted by the caller from `hiddenChars`.
/// `limit` <= 0 means no limit.
DisplayText safeDisplayText(const QString& text, int limit = kDisplayLimit);

/// One line for list cells and logs: like safeDisplayText(), and newlines and tabs become markers too,
/// cut at `limit` characters with a trailing "…".
QString safeSingleLine(const QString& text, int limit = 120);

/// Whether `c` (a code point) is one that safeDisplayText() replaces by a marker (newline and tab not
/// included).
bool isUnsafeCodePoint(char32_t c);

/// "ait1qx…9fk2": the start and the end of a long identifier, for narrow places (full text in
/// tooltips). Text no longer than keepStart + keepEnd + 1 is returned as it is.
QString elideMiddle(const QString& text, int keepStart = 10, int keepEnd = 6);

} // namespace aitbc::messaging
