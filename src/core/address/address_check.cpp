#include "address/address_check.h"

#include "address/bech32.h"

namespace aitbc::address {

namespace {

bool isHexAddress(const QString& text) {
    if (text.size() != 44 || !text.startsWith(QLatin1String("ait1")))
        return false;
    for (qsizetype i = 4; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool isBech32Address(const QString& text) {
    // sha256(pub) is 32 bytes = 52 five-bit groups, plus "ait1" and 6 checksum characters.
    if (text.size() != 62 || text != text.toLower())
        return false;
    const auto decoded = bech32::decode(text);
    if (!decoded || decoded->hrp != QLatin1String("ait") || decoded->data.size() != 52)
        return false;
    const auto bytes = bech32::convertBits(decoded->data, 5, 8, false);
    return bytes && bytes->size() == 32;
}

} // namespace

bool isAitbcAddress(const QString& text) {
    return isHexAddress(text) || isBech32Address(text);
}

} // namespace aitbc::address
