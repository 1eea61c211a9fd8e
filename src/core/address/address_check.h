#pragma once

#include <QString>

namespace aitbc::address {

/// Whether `text` is an address one of AITBC's key-based generators produces (protocol.md §2.1), exactly
/// as the node will compare it (case-sensitive):
///  * "ait1" + 40 lowercase hex digits (the CLI style and the sha256 style share this shape);
///  * lowercase bech32 with HRP "ait", a valid BIP-173 checksum and a 32-byte payload (the node tool).
/// The node itself accepts any non-empty string, so a typo would be mined and its fee spent: senders
/// check with this first. Operator-chosen names such as "aitbc1treasury" are deliberately not accepted.
bool isAitbcAddress(const QString& text);

} // namespace aitbc::address
