#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace aitbc::address::bech32 {

/// Regroups bits (BIP-173 convertbits): from `fromBits`-bit groups to `toBits`-bit groups. With `pad`
/// the last group is zero-padded; without it, left-over bits must be zero and fewer than fromBits.
std::optional<std::vector<quint8>> convertBits(const std::vector<quint8>& data, int fromBits, int toBits,
                                               bool pad);

/// Classic BIP-173 bech32 (checksum constant 1, not bech32m): hrp + "1" + data + 6 checksum characters.
/// `data` holds 5-bit values.
QString encode(const QString& hrp, const std::vector<quint8>& data);

struct Decoded {
    QString hrp;
    std::vector<quint8> data; ///< 5-bit values, checksum removed
};
/// Decodes and checks a bech32 string (lowercase or uppercase, not mixed). std::nullopt when invalid.
std::optional<Decoded> decode(const QString& text);

} // namespace aitbc::address::bech32
