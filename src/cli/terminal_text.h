#pragma once

#include <QString>

namespace aitbc::cli {

/// Makes text safe to write to a terminal as one line. Everything in it may come from a chain, a node or
/// a file (message texts, addresses, node error details), so control characters must not reach the
/// terminal as such: an ESC could recolour, move the cursor or retitle the window, a newline or CR could
/// forge a line of output, a bidi override could reorder what follows. Each such code point (the set of
/// messaging::isUnsafeCodePoint, plus newline and tab) is shown as a visible escape instead: "\x1b",
/// "\n", "\t", "\u202e". Other text, including every printable non-ASCII character, is unchanged.
/// JSON output does not use this: the JSON writer escapes control characters itself.
QString terminalText(const QString& text);

} // namespace aitbc::cli
