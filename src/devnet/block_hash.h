#pragma once

#include "protocol/timestamp.h"

#include <QString>
#include <QStringList>

namespace aitbc::protocol {

/// The genesis block's fixed values (protocol.md §7.4, §8).
inline constexpr qint64 kGenesisHeight = 0;
QString genesisParentHash();   ///< "0x00"
QString genesisProposer();     ///< "genesis"
QString genesisTimestampIso(); ///< "2025-01-01T00:00:00": naive, the only block hashed without +00:00
MicroTime genesisTime();       ///< 2025-01-01 00:00:00 UTC

/// `"0x" + sha256("{chain}|{height}|{parent}|{ts}|{sorted tx hashes joined by |}")` (§7.4). `timestampText`
/// is used verbatim: pass blockHashTimestamp() for normal blocks, genesisTimestampIso() for genesis.
QString computeBlockHash(const QString& chainId, qint64 height, const QString& parentHash,
                         const QString& timestampText, QStringList txHashes);

/// The `ts` a proposer hashes for a block made at `t`: tz-aware isoformat (`...+00:00`, fraction dropped when
/// 0).
inline QString blockHashTimestamp(const MicroTime& t) {
    return t.isoAware();
}

/// The genesis hash of a chain as the REF PoA proposer creates it (ait-mainnet: 0x08bdb932…8f47).
QString genesisBlockHash(const QString& chainId);

/// Recomputes the hash of a stored block from its columns: `timestampText` as in chain.db or the RPC
/// (naive, 'T' or ' '); height 0 uses the genesis constant. Empty string when the timestamp does not parse.
QString recomputeStoredBlockHash(const QString& chainId, qint64 height, const QString& parentHash,
                                 const QString& timestampText, const QStringList& txHashes);

} // namespace aitbc::protocol
