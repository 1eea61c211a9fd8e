#include "address/address_check.h"

#include "address/bech32.h"

namespace aitbc::address {

namespace {

constexpr int kHexDigits = 40;
constexpr int kBech32Length = 62; // "ait" + "1" + 52 data groups + 6 checksum characters
constexpr int kPayloadBytes = 32;

bool isLowerHex(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isHex40(const QString& text) {
    if (text.size() != 4 + kHexDigits || !text.startsWith(QLatin1String("ait1")))
        return false;
    for (qsizetype i = 4; i < text.size(); ++i)
        if (!isLowerHex(text.at(i)))
            return false;
    return true;
}

bool isBech32(const QString& text) {
    // Length first: the decoder's cost must not depend on what a hostile string holds.
    if (text.size() != kBech32Length || text != text.toLower())
        return false;
    const auto decoded = bech32::decode(text);
    if (!decoded || decoded->hrp != QLatin1String("ait"))
        return false;
    const auto bytes = bech32::convertBits(decoded->data, 5, 8, false);
    return bytes && bytes->size() == kPayloadBytes;
}

} // namespace

std::optional<Shape> addressShape(const QString& text) {
    if (isHex40(text))
        return Shape::Hex40;
    if (isBech32(text))
        return Shape::Bech32;
    return std::nullopt;
}

} // namespace aitbc::address
