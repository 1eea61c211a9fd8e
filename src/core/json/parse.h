#pragma once

#include "util/error.h"
#include "json/value.h"

#include <QByteArray>
#include <QString>

namespace aitbc::json {

/// Which bound of ParseOptions a document exceeded (None: the input was malformed instead).
enum class ParseLimit { None, InputBytes, Depth, ObjectMembers, TotalValues, StringBytes, IntegerDigits };

/// The option's name as written in ParseOptions ("maxObjectMembers"), for messages and logs.
QString parseLimitName(ParseLimit limit);

struct ParseError {
    QString message;                     ///< human-readable, e.g. "unexpected character '}'"
    qsizetype offset = -1;               ///< byte offset into the input
    ParseLimit limit = ParseLimit::None; ///< set when a bound was exceeded rather than the syntax broken
};

/// Bounds on what one document may cost. Every byte the project parses may come from a chain, a node or a
/// file somebody else wrote, so the defaults fit any legitimate node answer (the RPC layer caps answers at
/// 16 MiB; a REF block holds at most 1 MB of JSON; no protocol object has more than a few dozen members)
/// while capping what a hostile one can make us hold: parsing itself is linear in the input size whatever
/// its shape, these bounds cap the tree (about 100 bytes per value) and the stack.
struct ParseOptions {
    qsizetype maxInputBytes = 64 * 1024 * 1024;  ///< the whole document, in bytes
    int maxDepth = 512;                          ///< nesting limit: hostile input cannot exhaust the stack
    qsizetype maxObjectMembers = 10'000;         ///< keys of one object as written, repeats included
    qsizetype maxTotalValues = 1'000'000;        ///< every value of the document (members, items, root)
    qsizetype maxStringBytes = 16 * 1024 * 1024; ///< one string (key or value) as written, escapes included
    qsizetype maxIntegerDigits = 4300;           ///< Python 3.11's int-from-string limit

    /// Keystore files: a few dozen members of short strings. Anything much bigger is not a keystore.
    static ParseOptions keystore();
};

/// Parses UTF-8 JSON text (RFC 8259, as Python's json.loads with strict=True) into a Value that keeps
/// integers apart from floats, big integers exact and object member order. A repeated key keeps its first
/// position and its last value, as Python's dict does. Returns false and fills `error` on malformed input,
/// invalid UTF-8, trailing garbage or a document beyond one of `options`' bounds (error->limit says which).
/// Time is linear in the input size whatever its shape (object members are deduplicated through a hash).
bool parse(const QByteArray& utf8, Value& out, ParseError* error = nullptr, const ParseOptions& options = {});

/// Convenience: the parsed value (default bounds), or the error "<message> at byte <offset>".
Result<Value> parse(const QByteArray& utf8);

} // namespace aitbc::json
