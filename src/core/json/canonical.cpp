#include "json/canonical.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace aitbc::json {

namespace {

// Code point at index i (combining a valid surrogate pair); lone surrogates count as themselves, as in
// Python, where a str may hold them.
char32_t codePointAt(const QString& s, qsizetype& i) {
    const char16_t hi = s.at(i).unicode();
    if (QChar::isHighSurrogate(hi) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
        const char16_t lo = s.at(i + 1).unicode();
        i += 2;
        return QChar::surrogateToUcs4(hi, lo);
    }
    ++i;
    return hi;
}

void appendHex4(QByteArray& out, unsigned unit) {
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    out += digits[(unit >> 12) & 0xf];
    out += digits[(unit >> 8) & 0xf];
    out += digits[(unit >> 4) & 0xf];
    out += digits[unit & 0xf];
}

void appendString(QByteArray& out, const QString& s, bool ensureAscii) {
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (c >= 0x20 && c <= 0x7e) {
            out += static_cast<char>(c);
        } else if (c < 0x20 || ensureAscii) {
            // Iterating UTF-16 units yields exactly Python's surrogate-pair escapes for non-BMP text.
            appendHex4(out, c);
        } else {
            qsizetype j = i;
            const char32_t cp = codePointAt(s, j);
            if (QChar::isSurrogate(cp)) {
                appendHex4(out, c); // lone surrogate: not encodable as UTF-8
            } else {
                out += QString::fromUcs4(&cp, 1).toUtf8();
                i = j - 1;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray& out, const Value& v, const DumpOptions& o) {
    const char* itemSep = o.separators == Separators::Spaced ? ", " : ",";
    const char* keySep = o.separators == Separators::Spaced ? ": " : ":";
    switch (v.type()) {
    case Value::Type::Null:
        out += "null";
        return;
    case Value::Type::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case Value::Type::Integer:
        out += v.integerDigits();
        return;
    case Value::Type::Float:
        out += pythonFloatRepr(v.toDouble());
        return;
    case Value::Type::String:
        appendString(out, v.toString(), o.ensureAscii);
        return;
    case Value::Type::Array: {
        out += '[';
        bool first = true;
        for (const Value& item : v.asArray()) {
            if (!first)
                out += itemSep;
            first = false;
            appendValue(out, item, o);
        }
        out += ']';
        return;
    }
    case Value::Type::Object: {
        const auto& members = v.asObject();
        std::vector<const Value::Member*> order;
        order.reserve(members.size());
        for (const auto& m : members)
            order.push_back(&m);
        if (o.sortKeys)
            std::sort(order.begin(), order.end(), [](const Value::Member* a, const Value::Member* b) {
                return codePointLess(a->first, b->first);
            });
        out += '{';
        bool first = true;
        for (const Value::Member* m : order) {
            if (!first)
                out += itemSep;
            first = false;
            appendString(out, m->first, o.ensureAscii);
            out += keySep;
            appendValue(out, m->second, o);
        }
        out += '}';
        return;
    }
    }
}

} // namespace

bool codePointLess(const QString& a, const QString& b) {
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const char32_t ca = codePointAt(a, i);
        const char32_t cb = codePointAt(b, j);
        if (ca != cb)
            return ca < cb;
    }
    return i >= a.size() && j < b.size();
}

QByteArray pythonFloatRepr(double d) {
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d < 0 ? "-Infinity" : "Infinity";

    // Shortest round-trip digits, as Python's repr (David Gay's mode 0) chooses them.
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    std::string digits;
    for (size_t k = 0; k < ePos; ++k)
        if (sci[k] != '.')
            digits += sci[k];
    const int exp10 = std::stoi(sci.substr(ePos + 1));
    const int decpt = exp10 + 1; // value = 0.<digits> * 10^decpt
    const int n = static_cast<int>(digits.size());

    std::string out = std::signbit(d) ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (n > 1) {
            out += '.';
            out += digits.substr(1);
        }
        const int e = decpt - 1;
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        out += ebuf;
    } else if (decpt <= 0) {
        out += "0.";
        out += std::string(static_cast<size_t>(-decpt), '0');
        out += digits;
    } else if (decpt < n) {
        out += digits.substr(0, static_cast<size_t>(decpt));
        out += '.';
        out += digits.substr(static_cast<size_t>(decpt));
    } else {
        out += digits;
        out += std::string(static_cast<size_t>(decpt - n), '0');
        out += ".0";
    }
    return QByteArray::fromStdString(out);
}

QByteArray dump(const Value& value, const DumpOptions& options) {
    QByteArray out;
    out.reserve(256);
    appendValue(out, value, options);
    return out;
}

} // namespace aitbc::json
