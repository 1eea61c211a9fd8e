#include "messaging/display_text.h"

#include <QStringView>

namespace aitbc::messaging {

namespace {

QString markerFor(char32_t c) {
    QString hex = QString::number(quint32(c), 16).toUpper();
    while (hex.size() < 4)
        hex.prepend(QLatin1Char('0'));
    return QStringLiteral("\u27e8U+") + hex + QStringLiteral("\u27e9");
}

} // namespace

bool isUnsafeCodePoint(char32_t c) {
    if (c < 0x20 || c == 0x7F)
        return true; // C0 and DEL (callers decide about \n and \t)
    if (c >= 0x80 && c <= 0x9F)
        return true; // C1
    if (c >= 0x202A && c <= 0x202E)
        return true; // LRE, RLE, PDF, LRO, RLO
    if (c >= 0x2066 && c <= 0x2069)
        return true; // LRI, RLI, FSI, PDI
    if (c == 0x200E || c == 0x200F || c == 0x061C)
        return true; // LRM, RLM, ALM
    if (c == 0x2028 || c == 0x2029)
        return true; // line / paragraph separator: would break a "single line" cell
    if (c >= 0xD800 && c <= 0xDFFF)
        return true; // an unpaired surrogate (paired ones are decoded before this check)
    return false;
}

DisplayText safeDisplayText(const QString& text, int limit) {
    DisplayText out;
    out.text.reserve(qMin<qsizetype>(text.size(), limit > 0 ? limit + 64 : text.size()) + 8);
    int counted = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (limit > 0 && counted >= limit) {
            out.truncated = true;
            // Count the remaining code points for "n more characters".
            int rest = 0;
            for (qsizetype j = i; j < n; ++j) {
                if (text.at(j).isHighSurrogate() && j + 1 < n && text.at(j + 1).isLowSurrogate())
                    ++j;
                ++rest;
            }
            out.hiddenChars = rest;
            break;
        }
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if ((c == u'\n' || c == u'\t') || !isUnsafeCodePoint(c)) {
            out.text.append(QStringView(text).mid(i, width));
        } else {
            out.text.append(markerFor(c));
            out.neutralized = true;
        }
        i += width;
        ++counted;
    }
    return out;
}

QString safeSingleLine(const QString& text, int limit) {
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QStringLiteral("\u27e8U+000A\u27e9"));
    flat.replace(QLatin1Char('\t'), QStringLiteral("\u27e8U+0009\u27e9"));
    const DisplayText d = safeDisplayText(flat, limit);
    return d.truncated ? d.text + QStringLiteral("\u2026") : d.text;
}

QString elideMiddle(const QString& text, int keepStart, int keepEnd) {
    if (text.size() <= keepStart + keepEnd + 1)
        return text;
    return text.left(keepStart) + QChar(0x2026) + text.right(keepEnd);
}

} // namespace aitbc::messaging
