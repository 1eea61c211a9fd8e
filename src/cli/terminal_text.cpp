#include "terminal_text.h"

#include "messaging/display_text.h"

namespace aitbc::cli {

namespace {

QString escapeFor(char32_t c) {
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x100)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

QString terminalText(const QString& text) {
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar ch = text[i];
        char32_t c = ch.unicode();
        qsizetype width = 1;
        if (ch.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, text[i + 1]);
            width = 2;
        }
        if (c == U'\n' || c == U'\t' || messaging::isUnsafeCodePoint(c))
            out += escapeFor(c);
        else
            out.append(QStringView(text).mid(i, width));
        i += width;
    }
    return out;
}

} // namespace aitbc::cli
