#include "json/parse.h"

#include "json/key_hash.h"

#include <QStringDecoder>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace aitbc::json {

namespace {

// Objects up to this size find a repeated key by scanning their members; larger ones through a hash, so
// that n distinct keys cost O(n) and not O(n^2). Small objects, by far the most common, skip the hashing.
constexpr size_t kLinearScanMembers = 8;

/// Positions of an object's keys in its member list, by hash (open addressing, linear probing). Each slot
/// keeps the key's hash, so growing the table never hashes a key again. The hash is keyed per process
/// (keyHash): keys chosen by an attacker cannot be made to collide on purpose.
class KeyIndex {
public:
    bool active() const { return !m_slots.empty(); }

    /// Indexes members [0, n) of a list known to hold distinct keys.
    void build(const Value::Object& members) {
        grow(members.size() * 4);
        for (size_t i = 0; i < members.size(); ++i)
            place(hashOf(members[i].first), i);
        m_count = members.size();
    }

    /// The position of `key`, or npos; `hash` receives the key's hash for a following add().
    size_t find(const Value::Object& members, const QString& key, size_t& hash) const {
        hash = hashOf(key);
        for (size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
            const Slot& s = m_slots[at];
            if (s.position == 0)
                return npos;
            if (s.hash == hash && members[s.position - 1].first == key)
                return s.position - 1;
        }
    }

    void add(size_t hash, size_t position) {
        if ((m_count + 1) * 2 > m_slots.size())
            grow(m_slots.size() * 2);
        place(hash, position);
        ++m_count;
    }

    static constexpr size_t npos = size_t(-1);

private:
    struct Slot {
        size_t hash = 0;
        size_t position = 0; // 1-based; 0 marks an empty slot
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;

    static size_t hashOf(const QString& key) { return keyHash(key); }

    void place(size_t hash, size_t position) {
        size_t at = hash & m_mask;
        while (m_slots[at].position != 0)
            at = (at + 1) & m_mask;
        m_slots[at] = Slot{hash, position + 1};
    }

    void grow(size_t atLeast) {
        size_t size = 16;
        while (size < atLeast)
            size *= 2;
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (const Slot& s : old)
            if (s.position != 0)
                place(s.hash, s.position - 1);
    }
};

class Parser {
public:
    Parser(const QByteArray& in, const ParseOptions& o)
        : m_p(in.constData())
        , m_begin(m_p)
        , m_end(m_p + in.size())
        , m_opt(o) {}

    bool run(Value& out) {
        if (m_end - m_begin > m_opt.maxInputBytes)
            return failLimit(ParseLimit::InputBytes,
                             QStringLiteral("input of %1 bytes exceeds the limit of %2 bytes (%3)")
                                 .arg(m_end - m_begin)
                                 .arg(m_opt.maxInputBytes)
                                 .arg(parseLimitName(ParseLimit::InputBytes)));
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
    qsizetype m_values = 0;

    bool fail(const QString& msg) {
        if (error.offset < 0) {
            error.message = msg;
            error.offset = m_p - m_begin;
        }
        return false;
    }

    bool failLimit(ParseLimit limit, const QString& msg) {
        if (error.offset < 0)
            error.limit = limit;
        return fail(msg);
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
            return failLimit(ParseLimit::Depth, QStringLiteral("nesting deeper than %1 levels (%2)")
                                                    .arg(m_opt.maxDepth)
                                                    .arg(parseLimitName(ParseLimit::Depth)));
        if (m_p == m_end)
            return fail(QStringLiteral("unexpected end of input"));
        if (++m_values > m_opt.maxTotalValues)
            return failLimit(ParseLimit::TotalValues,
                             QStringLiteral("more than %1 values in the document (%2)")
                                 .arg(m_opt.maxTotalValues)
                                 .arg(parseLimitName(ParseLimit::TotalValues)));
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
        Value::Object members;
        KeyIndex index; // used once the object outgrows kLinearScanMembers

        qsizetype written = 0; // members as written, repeats included: the work this object costs
        skipWs();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            out = Value(std::move(members));
            return true;
        }
        for (;;) {
            skipWs();
            if (m_p == m_end || *m_p != '"')
                return fail(QStringLiteral("expected a property name in double quotes"));
            if (++written > m_opt.maxObjectMembers)
                return failLimit(ParseLimit::ObjectMembers,
                                 QStringLiteral("an object with more than %1 members (%2)")
                                     .arg(m_opt.maxObjectMembers)
                                     .arg(parseLimitName(ParseLimit::ObjectMembers)));
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
            addMember(members, index, std::move(key), std::move(v));
            skipWs();
            if (m_p == m_end)
                return fail(QStringLiteral("unterminated object"));
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                out = Value(std::move(members));
                return true;
            }
            return fail(QStringLiteral("expected ',' or '}' in an object"));
        }
    }

    /// A repeated key keeps its first position and takes the last value, as Python's dict does.
    static void addMember(Value::Object& members, KeyIndex& index, QString key, Value v) {
        if (!index.active()) {
            for (auto& [k, existing] : members) {
                if (k == key) {
                    existing = std::move(v);
                    return;
                }
            }
            members.emplace_back(std::move(key), std::move(v));
            if (members.size() > kLinearScanMembers)
                index.build(members);
            return;
        }
        size_t hash = 0;
        const size_t at = index.find(members, key, hash);
        if (at != KeyIndex::npos) {
            members[at].second = std::move(v);
            return;
        }
        index.add(hash, members.size());
        members.emplace_back(std::move(key), std::move(v));
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

    /// True while the string opened at `open` is within maxStringBytes; fails the parse otherwise.
    bool stringWithinLimit(const char* open) {
        if (m_p - open - 1 <= m_opt.maxStringBytes)
            return true;
        return failLimit(ParseLimit::StringBytes, QStringLiteral("a string longer than %1 bytes (%2)")
                                                      .arg(m_opt.maxStringBytes)
                                                      .arg(parseLimitName(ParseLimit::StringBytes)));
    }

    bool parseString(QString& out) {
        const char* open = m_p;
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
                if (!stringWithinLimit(open) || !flushRun(m_p))
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
            if (!stringWithinLimit(open) || !flushRun(m_p))
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
                return failLimit(ParseLimit::IntegerDigits,
                                 QStringLiteral("integer with more than %1 digits (%2)")
                                     .arg(m_opt.maxIntegerDigits)
                                     .arg(parseLimitName(ParseLimit::IntegerDigits)));
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

QString parseLimitName(ParseLimit limit) {
    switch (limit) {
    case ParseLimit::None:
        return {};
    case ParseLimit::InputBytes:
        return QStringLiteral("maxInputBytes");
    case ParseLimit::Depth:
        return QStringLiteral("maxDepth");
    case ParseLimit::ObjectMembers:
        return QStringLiteral("maxObjectMembers");
    case ParseLimit::TotalValues:
        return QStringLiteral("maxTotalValues");
    case ParseLimit::StringBytes:
        return QStringLiteral("maxStringBytes");
    case ParseLimit::IntegerDigits:
        return QStringLiteral("maxIntegerDigits");
    }
    return {};
}

ParseOptions ParseOptions::keystore() {
    ParseOptions o;
    o.maxInputBytes = 1024 * 1024;
    o.maxDepth = 32;
    o.maxObjectMembers = 1024;
    o.maxTotalValues = 16 * 1024;
    o.maxStringBytes = 256 * 1024;
    return o;
}

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

Result<Value> parse(const QByteArray& utf8) {
    Value v;
    ParseError e;
    if (!parse(utf8, v, &e))
        return Error{QStringLiteral("%1 at byte %2").arg(e.message).arg(e.offset)};
    return v;
}

} // namespace aitbc::json
