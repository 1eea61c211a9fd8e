#pragma once

#include "chain/lazy_payload.h"
#include "json/value.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace aitbc::chain {

/// Which AITBC node generation answers (protocol.md §0, §5.3).
enum class Protocol { Unknown, April, Ref, Head };
QString protocolName(Protocol p); ///< "ref", "april", "head", "unknown"

/// Why a node call failed. `message` is shown to the user as is: for 400/422 answers it is the node's
/// own `detail` text, verbatim.
struct NodeError {
    enum class Kind {
        None,
        Unreachable, ///< connection refused, DNS, no route
        Timeout,     ///< no complete answer in time
        Http,        ///< a non-2xx status not covered below
        Rejected,    ///< 400/422: the node refused the request (detail in message)
        NotFound,    ///< 404
        RateLimited, ///< 429 (retryAfterSeconds set)
        BadResponse, ///< not JSON, wrong shape, too large
        Database,    ///< chain.db could not be opened or read
        Unsupported, ///< the backend cannot do this (e.g. submit through chain.db)
        Cancelled,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    int retryAfterSeconds = 0;
    QString message;
};

struct NodeHealth {
    QString status; ///< "ok" at REF
    QStringList supportedChains;
    QString proposerId;
    Protocol protocol = Protocol::Unknown;
};

struct BlockHeader {
    qint64 height = -1;
    QString hash;
    QString parentHash;    ///< empty when the source does not give it (/rpc/head)
    QString proposer;      ///< empty when the source does not give it (/rpc/head)
    QDateTime timestamp;   ///< UTC
    QString timestampText; ///< as the node wrote it (naive ISO), for display and block-hash checks
    int txCount = 0;
    QString stateRoot; ///< empty when NULL or unknown
};

/// One transaction row as a node stores it (protocol.md §4.2). Fields the source does not give are left
/// at their defaults; `payload` is the stored JSON, whatever shape its writer used (§4.3).
struct Transaction {
    QString txHash;
    qint64 blockHeight = -1; ///< -1: not in a block
    QString sender;          ///< empty when unknown (/rpc/blocks/{h} on a proposer)
    QString recipient;
    json::Value payload;
    qint64 nonce = 0;
    qint64 value = 0;
    qint64 fee = 0;
    QString type;
    QString status;
    QDateTime timestamp; ///< block time, UTC; invalid when unknown
    QString txMetadata;  ///< `tx_metadata` as text, empty when NULL; readers prefer it to payload (§4.2)
};

struct Block {
    BlockHeader header;
    QList<Transaction> transactions;
    bool transactionsIncluded = false; ///< false when only headers were requested
};

struct Account {
    QString address;
    qint64 balance = 0;
    qint64 nonce = 0;    ///< the nonce the next transaction must carry
    bool exists = false; ///< no account row: balance 0 and the address cannot send yet (§1.5)
};

/// A pending transaction as the node normalized it (§1.2); `txHash` is computed client-side (§1.6).
struct MempoolEntry {
    QString txHash;
    QString sender;
    QString recipient;
    qint64 nonce = 0;
    qint64 fee = 0;
    json::Value normalized;
};

struct SubmitResult {
    QString txHash; ///< the node's `transaction_hash`
    QString message;
};

/// A message carried by a transaction (a transfer whose payload holds text, §4.3, §6.3).
struct ChainMessage {
    enum class Direction { Incoming, Outgoing };
    QString txHash;
    qint64 blockHeight = -1;
    QString sender;
    QString recipient;
    QString text; ///< extracted text, exactly as sent (may be empty)
    Direction direction = Direction::Incoming;
    QDateTime timestamp; ///< block time, UTC
    /// The stored payload, for signature checks and structured display; parsed when first read.
    LazyPayload payload;
    /// The transaction row's `nonce` column when the source gives full rows (§4.2: REF proposers store
    /// the nonce minus 1, HEAD the nonce itself); empty for /rpc/blocks/{h} items.
    std::optional<qint64> storedNonce;
};

} // namespace aitbc::chain

Q_DECLARE_METATYPE(aitbc::chain::BlockHeader)
Q_DECLARE_METATYPE(aitbc::chain::NodeError)
