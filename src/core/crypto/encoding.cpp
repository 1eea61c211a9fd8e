#include "crypto/encoding.h"

#include <openssl/crypto.h>

namespace aitbc::crypto {

namespace {
int hexNibble(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool decodeHexInto(QByteArrayView hex, unsigned char* out) {
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = hexNibble(hex[i]);
        const int lo = hexNibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i / 2] = static_cast<unsigned char>((hi << 4) | lo);
    }
    return true;
}

int base64Index(char c, Base64Alphabet alphabet) {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (alphabet == Base64Alphabet::Standard) {
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
    } else {
        if (c == '-')
            return 62;
        if (c == '_')
            return 63;
    }
    return -1;
}
} // namespace

QByteArray toHex(QByteArrayView bytes) {
    return bytes.toByteArray().toHex();
}

std::optional<QByteArray> fromHex(QByteArrayView hex) {
    if (hex.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(hex.size() / 2, Qt::Uninitialized);
    if (!decodeHexInto(hex, reinterpret_cast<unsigned char*>(out.data())))
        return std::nullopt;
    return out;
}

std::optional<SecureBytes> secretFromHex(QByteArrayView hex) {
    if (hex.size() % 2 != 0)
        return std::nullopt;
    SecureBytes out(std::size_t(hex.size() / 2));
    if (!decodeHexInto(hex, out.data()))
        return std::nullopt;
    return out;
}

QByteArray toBase64(QByteArrayView bytes, Base64Alphabet alphabet) {
    return bytes.toByteArray().toBase64(alphabet == Base64Alphabet::UrlSafe ? QByteArray::Base64UrlEncoding
                                                                            : QByteArray::Base64Encoding);
}

std::optional<QByteArray> fromBase64(QByteArrayView text, Base64Alphabet alphabet) {
    if (text.size() % 4 != 0)
        return std::nullopt;
    qsizetype pad = 0;
    if (!text.isEmpty() && text.back() == '=')
        pad = (text.size() >= 2 && text[text.size() - 2] == '=') ? 2 : 1;
    QByteArray out;
    out.reserve(text.size() / 4 * 3);
    const qsizetype body = text.size() - pad;
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < body; ++i) {
        const int v = base64Index(text[i], alphabet);
        if (v < 0)
            return std::nullopt; // also rejects '=' in the middle
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    // Left-over bits must be zero padding (2 or 4 bits), as a canonical encoder writes them.
    if (bits >= 6 || (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    if ((pad == 1 && bits != 2) || (pad == 2 && bits != 4) || (pad == 0 && bits != 0))
        return std::nullopt;
    return out;
}

} // namespace aitbc::crypto
