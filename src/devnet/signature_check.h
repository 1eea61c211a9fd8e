#pragma once

#include "json/value.h"

namespace aitbc::devnet {

/// `--quirks fixed` only (REF verifies nothing, §1.7): when the POST body carries `public_key`, checks the
/// Ed25519 signature in `signature` (or `sig`) over the client's signed string, i.e. `json.dumps(body
/// without signature/sig/public_key, sort_keys=True)` (§1.4). True when there is nothing to check.
bool clientSignatureValid(const json::Value& body, bool* checked = nullptr);

} // namespace aitbc::devnet
