#include "json/parse.h"

#include <QStringDecoder>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>

namespace aitbc::json {

namespace {

class Parser {
public:
    Parser(const QByteArray& in, const ParseOptions& o)
        : m_p(in.constData())
        , m_begin(m_p)
        , m_end(m_p + in.size())
        , m_opt(o) {}

    bool run(Value& out) {
        skipWs();
        if (!parseValue(out, 0))
            return false;
        skipWs();
        if (m_p != m_end)
            return fail(QStringLiteral("extra data after the JSON value"));
        return true;
    }

    ParseError error;

private:
    const char* m_p;
    const char* m_begin;
    const char* m_end;
    ParseOptions m_opt;

    bool fail(const QString& msg) {
        if (error.offset < 0) {
            error.message = msg;
            error.offset = m_p - m_begin;
        }
        return false;
    }

    void skipWs() {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char* word, Value v, Value& out) {
        const size_t n = std::strlen(word);
        if (static_cast<size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail(QStringLiteral("invalid literal"));
        m_p += n;
        out = std::move(v);
        return true;
    }

    bool parseValue(Value& out, int depth) {
        if (depth > m_opt.maxDepth)
            return fail(QStringLiteral("nesting deeper than %1 levels").arg(m_opt.maxDepth));
        if (m_p == m_end)
            return fail(QStringLiteral("unexpected end of input"));
        switch (*m_p) {
        case '{':
            return parseObject(out, depth);
        case '[':
            return parseArray(out, depth);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = Value(s);
            return true;
        }
        case 't':
            return literal("true", Value(true), out);
        case 'f':
            return literal("false", Value(false), out);
        case 'n':
            return literal("null", Value(), out);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return fail(QStringLiteral("unexpected character '%1'").arg(QChar::fromLatin1(*m_p)));
        }
    }

    bool parseObject(Value& out, int depth) {
        ++m_p; // '{'
        out = Value::object();
        skipWs();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipWs();
            if (m_p == m_end || *m_p != '"')
                return fail(QStringLiteral("expected a property name in double quotes"));
            QString key;
            if (!parseString(key))
                return false;
            skipWs();
            if (m_p == m_end || *m_p != ':')
                return fail(QStringLiteral("expected ':' after a property name"));
            ++m_p;
            skipWs();
            Value v;
            if (!parseValue(v, depth + 1))
                return false;
            out.insert(key, std::move(v)); // duplicate key: last value wins, first position kept
            skipWs();
            if (m_p == m_end)
                return fail(QStringLiteral("unterminated object"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            return fail(QStringLiteral("expected ',' or '}' in an object"));
        }
    }

    bool parseArray(Value& out, int depth) {
        ++m_p; // '['
        out = Value::array();
        skipWs();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipWs();
            Value v;
            if (!parseValue(v, depth + 1))
                return false;
            out.append(std::move(v));
            skipWs();
            if (m_p == m_end)
                return fail(QStringLiteral("unterminated array"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            return fail(QStringLiteral("expected ',' or ']' in an array"));
        }
    }

    static int hexDigit(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseString(QString& out) {
        ++m_p; // opening quote
        out.clear();
        const char* runStart = m_p;
        auto flushRun = [&](const char* runEnd) {
            if (runEnd == runStart)
                return true;
            QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            QString part = dec.decode(QByteArrayView(runStart, runEnd - runStart));
            if (dec.hasError())
                return fail(QStringLiteral("invalid UTF-8 in a string"));
            out += part;
            return true;
        };
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!flushRun(m_p))
                    return false;
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail(QStringLiteral("control character in a string"));
            if (c != '\\') {
                ++m_p;
                continue;
            }
            if (!flushRun(m_p))
                return false;
            ++m_p;
            if (m_p == m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return fail(QStringLiteral("truncated \\u escape"));
                unsigned unit = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexDigit(m_p[k]);
                    if (h < 0)
                        return fail(QStringLiteral("invalid \\u escape"));
                    unit = unit * 16 + static_cast<unsigned>(h);
                }
                m_p += 4;
                // Surrogates are kept as UTF-16 units: a pair becomes the character, a lone one stays.
                out += QChar(static_cast<char16_t>(unit));
                break;
            }
            default:
                return fail(QStringLiteral("invalid escape '\\%1'").arg(QChar::fromLatin1(e)));
            }
            runStart = m_p;
        }
        return fail(QStringLiteral("unterminated string"));
    }

    bool parseNumber(Value& out) {
        const char* start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return fail(QStringLiteral("invalid number"));
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return fail(QStringLiteral("invalid number"));
        }
        bool isFloat = false;
        if (m_p != m_end && *m_p == '.') {
            isFloat = true;
            ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return fail(QStringLiteral("invalid number: digits expected after '.'"));
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            isFloat = true;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return fail(QStringLiteral("invalid number: exponent digits expected"));
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (!isFloat) {
            if (m_p - start > m_opt.maxIntegerDigits)
                return fail(QStringLiteral("integer with more than %1 digits").arg(m_opt.maxIntegerDigits));
            QByteArray digits(start, m_p - start);
            if (digits == "-0")
                digits = "0"; // Python: int("-0") == 0
            out = Value::integerFromDigits(std::move(digits));
            return true;
        }
        double d = 0;
        auto res = std::from_chars(start, m_p, d);
        if (res.ec == std::errc::result_out_of_range) {
            // Python turns overflow into inf and underflow into 0.0; strtod does the same.
            const std::string text(start, m_p);
            d = std::strtod(text.c_str(), nullptr);
        } else if (res.ec != std::errc()) {
            return fail(QStringLiteral("invalid number"));
        }
        out = Value(d);
        return true;
    }
};

} // namespace

bool parse(const QByteArray& utf8, Value& out, ParseError* error, const ParseOptions& options) {
    Parser p(utf8, options);
    Value v;
    if (!p.run(v)) {
        if (error)
            *error = p.error;
        return false;
    }
    out = std::move(v);
    return true;
}

std::optional<Value> parse(const QByteArray& utf8, QString* errorMessage) {
    Value v;
    ParseError e;
    if (!parse(utf8, v, &e)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("%1 at byte %2").arg(e.message).arg(e.offset);
        return std::nullopt;
    }
    return v;
}

} // namespace aitbc::json
