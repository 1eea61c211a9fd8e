#pragma once

#include "chain/types.h"
#include "json/value.h"

#include <QDateTime>
#include <QString>

namespace aitbc::chain::wire {

/// Parses a node timestamp leniently (§10.16): naive ISO with 'T' or ' ' ("2026-05-09T12:34:56.789012",
/// "2025-01-01 00:00:00"), with or without a fraction, with an optional "Z" or "+00:00" suffix. Naive
/// times are UTC. Returns an invalid QDateTime for anything else.
QDateTime parseNodeTime(const QString& text);

/// A block header from /rpc/head, /rpc/blocks/{h} or a blocks-range item.
BlockHeader headerFromJson(const json::Value& v);
/// A full transaction row (blocks-range, /rpc/transactions) or a /rpc/blocks/{h} item (the stored
/// payload object plus `tx_hash`, no sender: §5.2, §10.18). `blockHeight`/`blockTime` fill what the
/// item does not say.
Transaction transactionFromJson(const json::Value& v, qint64 blockHeight, const QDateTime& blockTime);
/// `tx_metadata` of a transaction row as text (null or absent: empty).
QString txMetadataFromJson(const json::Value& v);
/// A block with its transactions when the item has a `transactions` array.
Block blockFromJson(const json::Value& v);
/// `{"address","balance","nonce"}`.
Account accountFromJson(const json::Value& v);
/// One /rpc/mempool item (a normalized dict, §1.2); the hash is computed as the node does (§1.6).
MempoolEntry mempoolEntryFromJson(const json::Value& v);

/// `"0x" + sha256(compact sorted JSON)` of a normalized transaction dict (§1.6).
QString normalizedTxHash(const json::Value& normalized);

/// The text of a FastAPI error body: `detail` verbatim when it is a string; for a 422 array each entry
/// as "<loc joined by '.'>: <msg>", joined with "; ". Empty when there is no detail.
QString errorDetail(const json::Value& body);

} // namespace aitbc::chain::wire
