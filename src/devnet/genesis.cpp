#include "devnet/genesis.h"

#include "json/parse.h"

#include <QFile>

namespace aitbc::protocol {

Result<GenesisFile> parseGenesis(const QByteArray& text) {
    auto fail = [](const QString& message) -> Result<GenesisFile> { return Error{message}; };
    const auto doc = json::parse(text);
    if (!doc)
        return fail(QStringLiteral("genesis file is not valid JSON: %1").arg(doc.error().message));
    if (!doc->isObject())
        return fail(QStringLiteral("genesis file must hold a JSON object"));
    GenesisFile out;
    out.chainId = (*doc)[QStringLiteral("chain_id")].toString();
    out.timestamp = (*doc)[QStringLiteral("timestamp")].toInt64().value_or(0);
    out.params = (*doc)[QStringLiteral("params")];
    const json::Value& allocations = (*doc)[QStringLiteral("allocations")];
    if (!allocations.isArray())
        return fail(QStringLiteral("genesis file has no 'allocations' list"));
    for (const json::Value& a : allocations.asArray()) {
        const json::Value& address = a[QStringLiteral("address")];
        if (!address.isString() || address.toString().isEmpty())
            return fail(QStringLiteral("genesis allocation without an address"));
        GenesisAllocation alloc;
        alloc.address = address.toString();
        const json::Value& balance = a[QStringLiteral("balance")];
        const json::Value& nonce = a[QStringLiteral("nonce")];
        if (!balance.isInteger() || !balance.toInt64())
            return fail(
                QStringLiteral("genesis allocation %1: balance must be an integer").arg(alloc.address));
        if (!nonce.isNull() && (!nonce.isInteger() || !nonce.toInt64()))
            return fail(QStringLiteral("genesis allocation %1: nonce must be an integer").arg(alloc.address));
        alloc.balance = *balance.toInt64();
        alloc.nonce = nonce.isNull() ? 0 : *nonce.toInt64();
        out.allocations.append(alloc);
    }
    const json::Value& authorities = (*doc)[QStringLiteral("authorities")];
    if (authorities.isArray())
        for (const json::Value& a : authorities.asArray())
            if (a[QStringLiteral("address")].isString())
                out.authorities.append(a[QStringLiteral("address")].toString());
    return out;
}

Result<GenesisFile> loadGenesisFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read genesis file %1: %2").arg(path, f.errorString())};
    return parseGenesis(f.read(16 * 1024 * 1024));
}

json::Value allocationsMetadata(const QList<GenesisAllocation>& allocations) {
    json::Value list = json::Value::array();
    for (const GenesisAllocation& a : allocations) {
        json::Value item = json::Value::object();
        item.insert(QStringLiteral("address"), a.address);
        item.insert(QStringLiteral("balance"), a.balance);
        item.insert(QStringLiteral("nonce"), a.nonce);
        list.append(item);
    }
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("allocations"), list);
    return out;
}

} // namespace aitbc::protocol
