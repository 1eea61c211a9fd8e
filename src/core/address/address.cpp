#include "address/address.h"

#include "address/bech32.h"
#include "crypto/primitives.h"

namespace aitbc::address {

QString styleName(Style style) {
    switch (style) {
    case Style::Cli:
        return QStringLiteral("cli");
    case Style::Sha256:
        return QStringLiteral("sha256");
    case Style::Bech32:
        return QStringLiteral("bech32");
    }
    return {};
}

std::optional<Style> styleFromName(const QString& name) {
    for (Style s : {Style::Cli, Style::Sha256, Style::Bech32})
        if (styleName(s) == name)
            return s;
    return std::nullopt;
}

QString cliAddress(QByteArrayView publicKey) {
    // "first 40 hex chars of the lowercase public-key hex" = first 20 raw bytes (§2.1).
    return QStringLiteral("ait1") +
           QString::fromLatin1(publicKey.first(qMin<qsizetype>(20, publicKey.size())).toByteArray().toHex());
}

QString sha256Address(QByteArrayView publicKey) {
    return QStringLiteral("ait1") + QString::fromLatin1(crypto::sha256(publicKey).first(20).toHex());
}

QString bech32Address(QByteArrayView publicKey) {
    const QByteArray digest = crypto::sha256(publicKey);
    const std::vector<quint8> bytes(digest.begin(), digest.end());
    const auto five = bech32::convertBits(bytes, 8, 5, true);
    return bech32::encode(QStringLiteral("ait"), *five);
}

QString derive(Style style, QByteArrayView publicKey) {
    switch (style) {
    case Style::Cli:
        return cliAddress(publicKey);
    case Style::Sha256:
        return sha256Address(publicKey);
    case Style::Bech32:
        return bech32Address(publicKey);
    }
    return {};
}

std::optional<Style> addressStyleFor(const QString& address, QByteArrayView publicKey) {
    if (publicKey.size() != 32)
        return std::nullopt;
    for (Style s : {Style::Cli, Style::Sha256, Style::Bech32})
        if (derive(s, publicKey) == address)
            return s;
    return std::nullopt;
}

} // namespace aitbc::address
