#pragma once

#include "devnet/chain_store.h"
#include "devnet/http_server.h"
#include "json/value.h"

#include <optional>
#include <variant>

namespace aitbc::devnet::rpcjson {

/// The REF RPC's JSON shapes, key order as the real node sends them (../data/real-chain/transcript.md).

/// `{"height","hash","parent_hash","proposer","timestamp","tx_count","state_root"}` (+chain_id first
/// when `withChain`, for /rpc/blocks/{h}).
json::Value blockHeader(const BlockRow& block, bool withChain);
/// A full `transaction` row as blocks-range lists it, in the node's (peculiar) key order.
json::Value rangeTransaction(const TxRow& row);
/// A /rpc/blocks/{h} item: the stored payload object plus `tx_hash` (no sender, §5.2).
json::Value blockItem(const TxRow& row);
/// A /rpc/transactions item.
json::Value listedTransaction(const TxRow& row);
/// The stored payload text parsed back (the RPC returns it as an object, UTF-8).
json::Value parsedPayload(const QString& text);
/// A naive db datetime text rendered as Python isoformat (`T`, fraction dropped when 0).
QString isoFromDb(const QString& dbText);

/// 422 helpers for query and path parameters, pydantic v2 wording.
json::Value missingParam(const QString& where, const QString& name);
std::optional<qint64> intParam(const QString& where, const QString& name, const QString& text,
                               json::Value& errors);
std::optional<bool> boolParam(const QString& where, const QString& name, const QString& text,
                              json::Value& errors);
HttpResponse validationFailed(const json::Value& errors);

/// FastAPI's reading of a `Dict[str, Any]` body (importBlock, the forum, contracts, admin routes): the
/// parsed object, or the response for an empty body, bad JSON or a non-object (422 dict_type).
/// Defined in rpc_submit.cpp, next to the JSON-model body reader it shares.
std::variant<json::Value, HttpResponse> readDictBody(const HttpRequest& request);
/// The same for a pydantic-model body (eth_getLogs): a non-object is 422 model_attributes_type.
std::variant<json::Value, HttpResponse> readModelBody(const HttpRequest& request);

} // namespace aitbc::devnet::rpcjson
