#pragma once

#include "util/error.h"
#include "json/value.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aitbc::protocol {

/// One pydantic-style validation error, as a REF node reports it in a 422 `detail` array
/// (`{"type","loc","msg","input"[, "ctx"]}`).
struct ValidationError {
    QString type;      ///< "dict_type", "missing", "value_error", "greater_than_equal", "int_parsing", ...
    QStringList loc;   ///< e.g. {"body", "payload"}; `loc` elements that are ints are written as digits
    QString msg;       ///< "Input should be a valid dictionary"
    json::Value input; ///< the offending input
    json::Value ctx;   ///< null when absent
    json::Value toJson() const;
};

/// A semantic failure the node reports as `400 {"detail": "Failed to submit transaction: <reason>"}`.
struct AdmissionError {
    QString reason;
};

/// What `POST /rpc/transaction` accepts at REF after pydantic validation (protocol.md §1.2): types
/// coerced, payload normalised (recipient/to, amount/value), ready to be hashed.
struct RefRequest {
    QString type; ///< upper-cased: TRANSFER or RECEIPT_CLAIM
    QString from;
    qint64 nonce = 0;
    qint64 fee = 0;
    json::Value payload; ///< normalised payload object
    json::Value sig;     ///< string or null: the only signature key the node reads
};

/// Validates a POST body as the REF node's request model does. On failure `errors` holds the 422 detail.
std::optional<RefRequest> parseRefRequest(const json::Value& body, QList<ValidationError>* errors);

/// The node's normalised transaction dict (§1.2): `amount, chain_id, fee, from, nonce, payload,
/// signature, to, type, value`. `chainId` is the node's own chain: the body's `chain_id` is ignored.
/// Fails (400-style) when amount cannot become an integer or nonce/amount are negative.
std::optional<json::Value> normalizeRef(const RefRequest& request, const QString& chainId,
                                        AdmissionError* error);

/// `"0x" + sha256(compact sorted JSON of the normalised dict)` (§1.6): the node's transaction_hash.
QString nodeTransactionHash(const json::Value& normalized);

/// Convenience for a whole POST body: parse, normalise and hash, as a node of `chainId` would. The error
/// is the node's answer to a body it refuses ("422 …", "400 …").
Result<QString> predictNodeHash(const json::Value& body, const QString& chainId);

} // namespace aitbc::protocol
