#pragma once

#include "json/value.h"

#include <QString>

#include <optional>

namespace aitbc::chain {

/// The text a transaction carries, found by the robust reading of protocol.md §4.3.
struct PayloadText {
    QString text;            ///< exactly as sent; may be empty (an empty message is still a message)
    QString field;           ///< where it was found: "message", "payload" or "content"
    bool structured = false; ///< the text itself parses as a JSON object or array (§4.3: show it as data)
};

/// Extracts the message text from a stored `transaction.payload`, whatever code wrote the row (§4.3):
///  - `tx_metadata`, when set, takes precedence over `payload` (§4.2); if it is a JSON object it is read
///    like a payload, if it is any other JSON it is used only when it is a string;
///  - a whole normalized dict (REF follower via gossip, or the APRIL proposer) is recognised by a `from`
///    member next to a nested `payload`; an object `payload` is descended into one level;
///  - the text is then `message`, else `payload` if that is a string (APRIL, the daemon), else `content`.
/// A payload that is a bare JSON string (APRIL rows written as a string) is the text itself.
/// Returns std::nullopt when no text is present: the transaction is a plain transfer, not a message.
std::optional<PayloadText> extractPayloadText(const json::Value& payload, const QString& txMetadata = {});

/// Same, from the raw column text (as read from chain.db). Unparseable text yields std::nullopt.
std::optional<PayloadText> extractPayloadText(const QByteArray& payloadJson, const QString& txMetadata = {});

/// True when `text` is a JSON object or array (the training material sends commands such as
/// `{"cmd":"STATUS_REPORT",...}` as message text).
bool looksStructured(const QString& text);

} // namespace aitbc::chain
