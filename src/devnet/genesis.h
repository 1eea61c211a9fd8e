#pragma once

#include "util/error.h"
#include "json/value.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace aitbc::protocol {

/// One funded account of a genesis file (protocol.md §8).
struct GenesisAllocation {
    QString address;
    qint64 balance = 0;
    qint64 nonce = 0;
};

/// A REF node's genesis.json, as `scripts/make_genesis.py` writes it: `{chain_id, timestamp, params,
/// allocations:[{address,balance,nonce}], authorities:[{address,weight}]}`. Only `allocations` affects
/// the chain; the first authority is the proposer id a devnet reports.
struct GenesisFile {
    QString chainId;
    qint64 timestamp = 0;
    json::Value params;
    QList<GenesisAllocation> allocations;
    QStringList authorities;
};

/// Parses genesis.json text. Fails with a message when it is not JSON, `allocations` is missing or not a
/// list, or an allocation lacks an address or has a non-integer balance or nonce.
Result<GenesisFile> parseGenesis(const QByteArray& json);
Result<GenesisFile> loadGenesisFile(const QString& path);

/// `{"allocations":[{"address","balance","nonce"},...]}`: the genesis block's `block_metadata`.
json::Value allocationsMetadata(const QList<GenesisAllocation>& allocations);

} // namespace aitbc::protocol
