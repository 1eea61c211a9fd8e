#pragma once

#include "json/value.h"

#include <QByteArray>

namespace aitbc::keystore::detail {

/// Python `json.dumps(value, indent=2)`: member order kept, ensure_ascii, "," + newline between items,
/// ": " after keys, no trailing newline. This is how every AITBC writer lays out keystore files (§3.1).
QByteArray dumpIndented(const json::Value& value, int indent = 2);

} // namespace aitbc::keystore::detail
