#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace aitbc::crypto {

/// Lowercase hex, as every AITBC file and wire field spells it (protocol.md §1.4, §3.2).
QByteArray toHex(QByteArrayView bytes);
/// Strict hex decoding: even length, only [0-9a-fA-F], nothing else (no spaces, no "0x").
std::optional<QByteArray> fromHex(QByteArrayView hex);
/// Strict hex decoding straight into locked memory, for secrets such as a Fernet plaintext (§3.3).
std::optional<SecureBytes> secretFromHex(QByteArrayView hex);

enum class Base64Alphabet { Standard, UrlSafe };
/// Base64 with '=' padding.
QByteArray toBase64(QByteArrayView bytes, Base64Alphabet alphabet = Base64Alphabet::Standard);
/// Strict base64 decoding: only the alphabet's characters, length a multiple of 4, '=' only as 1 or 2
/// trailing pad characters, unused trailing bits zero. Anything else is std::nullopt.
std::optional<QByteArray> fromBase64(QByteArrayView text, Base64Alphabet alphabet = Base64Alphabet::Standard);

} // namespace aitbc::crypto
