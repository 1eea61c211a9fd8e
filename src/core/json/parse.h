#pragma once

#include "json/value.h"

#include <QByteArray>
#include <QString>

namespace aitbc::json {

struct ParseError {
    QString message;       ///< human-readable, e.g. "unexpected character '}'"
    qsizetype offset = -1; ///< byte offset into the input
};

struct ParseOptions {
    int maxDepth = 512;                ///< nesting limit: hostile input cannot exhaust the stack
    qsizetype maxIntegerDigits = 4300; ///< Python 3.11's int-from-string limit
};

/// Parses UTF-8 JSON text (RFC 8259, as Python's json.loads with strict=True) into a Value that keeps
/// integers apart from floats, big integers exact and object member order. Returns false and fills
/// `error` on malformed input, invalid UTF-8, trailing garbage or excessive nesting.
bool parse(const QByteArray& utf8, Value& out, ParseError* error = nullptr, const ParseOptions& options = {});

/// Convenience: the parsed value, or std::nullopt.
std::optional<Value> parse(const QByteArray& utf8, QString* errorMessage);

} // namespace aitbc::json
