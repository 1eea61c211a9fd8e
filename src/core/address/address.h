#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace aitbc::address {

/// The AITBC address generators that depend on the key (protocol.md §2.1). None has a checksum except
/// bech32, and the node never checks any of them: a keystore's `address` must be used verbatim.
enum class Style {
    Cli,    ///< "ait1" + first 40 hex chars of the public key (CLI create_wallet; the guide's wallets)
    Sha256, ///< "ait1" + hex(sha256(pub)[0:20]) (genesis wallet scripts, after "aitbc1" -> "ait1")
    Bech32, ///< bech32, HRP "ait", data = sha256(pub) 8->5 bits, BIP-173 constant 1 (node keystore tool)
};

/// "cli", "sha256", "bech32".
QString styleName(Style style);
/// Inverse of styleName; std::nullopt for anything else.
std::optional<Style> styleFromName(const QString& name);

/// The address `style` gives the 32-byte public key `publicKey` (raw bytes).
QString derive(Style style, QByteArrayView publicKey);
QString cliAddress(QByteArrayView publicKey);
QString sha256Address(QByteArrayView publicKey);
QString bech32Address(QByteArrayView publicKey);

/// Which generator, if any, maps `publicKey` to `address` (exact, case-sensitive comparison, as the node
/// compares addresses).
std::optional<Style> addressStyleFor(const QString& address, QByteArrayView publicKey);

} // namespace aitbc::address
