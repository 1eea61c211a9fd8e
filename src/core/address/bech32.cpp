#include "address/bech32.h"

namespace aitbc::address::bech32 {

namespace {
constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const std::vector<quint8>& values) {
    static constexpr quint32 gen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                chk ^= gen[i];
    }
    return chk;
}

std::vector<quint8> hrpExpand(const QString& hrp) {
    std::vector<quint8> out;
    for (QChar c : hrp)
        out.push_back(quint8(c.unicode() >> 5));
    out.push_back(0);
    for (QChar c : hrp)
        out.push_back(quint8(c.unicode() & 31));
    return out;
}
} // namespace

std::optional<std::vector<quint8>> convertBits(const std::vector<quint8>& data, int fromBits, int toBits,
                                               bool pad) {
    quint32 acc = 0;
    int bits = 0;
    const quint32 maxv = (1u << toBits) - 1;
    std::vector<quint8> out;
    for (quint8 value : data) {
        if ((value >> fromBits) != 0)
            return std::nullopt;
        acc = ((acc << fromBits) | value) & 0xffffff;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out.push_back(quint8((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits > 0)
            out.push_back(quint8((acc << (toBits - bits)) & maxv));
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0) {
        return std::nullopt;
    }
    return out;
}

QString encode(const QString& hrp, const std::vector<quint8>& data) {
    std::vector<quint8> values = hrpExpand(hrp);
    values.insert(values.end(), data.begin(), data.end());
    values.insert(values.end(), 6, 0);
    const quint32 mod = polymod(values) ^ 1; // BIP-173 constant (bech32m would be 0x2bc830a3)
    QString out = hrp + QLatin1Char('1');
    for (quint8 d : data)
        out += QLatin1Char(kCharset[d]);
    for (int i = 0; i < 6; ++i)
        out += QLatin1Char(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return out;
}

std::optional<Decoded> decode(const QString& text) {
    if (text.size() < 8 || text.size() > 90)
        return std::nullopt;
    bool lower = false;
    bool upper = false;
    for (QChar c : text) {
        if (c.unicode() < 33 || c.unicode() > 126)
            return std::nullopt;
        lower |= c.isLower();
        upper |= c.isUpper();
    }
    if (lower && upper)
        return std::nullopt;
    const QString s = text.toLower();
    const qsizetype sep = s.lastIndexOf(QLatin1Char('1'));
    if (sep < 1 || sep + 7 > s.size())
        return std::nullopt;
    Decoded d;
    d.hrp = s.left(sep);
    std::vector<quint8> data;
    for (qsizetype i = sep + 1; i < s.size(); ++i) {
        const char* p = std::char_traits<char>::find(kCharset, 32, char(s[i].unicode()));
        if (!p)
            return std::nullopt;
        data.push_back(quint8(p - kCharset));
    }
    std::vector<quint8> values = hrpExpand(d.hrp);
    values.insert(values.end(), data.begin(), data.end());
    if (polymod(values) != 1)
        return std::nullopt;
    data.resize(data.size() - 6);
    d.data = std::move(data);
    return d;
}

} // namespace aitbc::address::bech32
