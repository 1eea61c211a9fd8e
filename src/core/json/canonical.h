#pragma once

#include "json/value.h"

#include <QByteArray>
#include <QString>

namespace aitbc::json {

/// Separators of Python's json.dumps: the default (", ", ": ") that AITBC clients sign (protocol.md §1.4),
/// or the compact (",", ":") that the node hashes (§1.6).
enum class Separators { Spaced, Compact };

struct DumpOptions {
    Separators separators = Separators::Spaced;
    bool sortKeys = true;    ///< sort_keys=True: by Unicode code point at every level
    bool ensureAscii = true; ///< ensure_ascii=True: every non-ASCII character and DEL as \uXXXX
};

/// Byte-exact equivalent of Python `json.dumps(value, sort_keys=..., separators=..., ensure_ascii=...)`:
/// floats as Python repr (1.0, 1e+16, 1e-05), integers of any size, surrogate pairs above U+FFFF.
QByteArray dump(const Value& value, const DumpOptions& options = {});

/// `json.dumps(obj, sort_keys=True)`: the string AITBC clients sign.
inline QByteArray dumpSigned(const Value& v) {
    return dump(v, {Separators::Spaced, true, true});
}
/// `json.dumps(obj, sort_keys=True, separators=(",", ":"))`: the node's hash input.
inline QByteArray dumpCompact(const Value& v) {
    return dump(v, {Separators::Compact, true, true});
}

/// Python repr() of a float ("0.5", "1.0", "1e+16", "NaN", "-Infinity").
QByteArray pythonFloatRepr(double d);

/// Strict ordering of two strings by Unicode code point (not UTF-16 unit), as Python compares str.
bool codePointLess(const QString& a, const QString& b);

} // namespace aitbc::json
