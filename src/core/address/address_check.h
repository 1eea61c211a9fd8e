#pragma once

#include <QString>

#include <optional>

namespace aitbc::address {

/// The shapes an AITBC address can have (protocol.md §2.1). The node accepts any non-empty string, so a
/// typo is mined and costs its fee: clients check the shape before anything is signed.
enum class Shape {
    Hex40,  ///< "ait1" + 40 lowercase hex digits: the CLI, genesis-wallet and random generators
    Bech32, ///< bech32, HRP "ait", a 32-byte payload, valid BIP-173 checksum (node keystore tool)
};

/// Which shape `text` has, or std::nullopt when it is not an AITBC address by any scheme. Exact: no
/// trimming, no case folding (the node compares addresses case-sensitively).
std::optional<Shape> addressShape(const QString& text);

inline bool isAitbcAddress(const QString& text) {
    return addressShape(text).has_value();
}

} // namespace aitbc::address
