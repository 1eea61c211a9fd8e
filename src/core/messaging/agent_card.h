#pragma once

#include "chain/types.h"
#include "crypto/ed25519.h"
#include "json/value.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace aitbc::messaging {

// ---- Agent cards (version 1, docs/agent-protocol.md) -------------------------------------------------
//
// An agent announces itself with a zero-amount message to its own address whose text is kCardMarker and
// whose payload carries:
//   card      the card object as compact JSON text (the exact bytes that are signed)
//   card_pub  lowercase hex of the 32-byte Ed25519 public key
//   card_sig  lowercase hex of the Ed25519 signature of kCardDomain + card
// The card object: {"v":1, "address", "chain", "name", "description", "capabilities":[...],
// "enc_key" (hex X25519 key), "node" (URL hint or null), "issued", "expires" (Unix seconds)}.
// A card counts only when its signature checks, the address belongs to card_pub (§2.1 schemes) and is the
// transaction's sender and recipient, and the chain is the chain it was read from.

inline constexpr char kCardMarker[] = "[agent card]";
inline constexpr char kCardDomain[] = "AITBC-CARD-1\n";
/// Bounds of a card: anything larger is not one (a hostile card costs what a normal one does).
inline constexpr int kMaxCardBytes = 4096;
inline constexpr int kMaxCardName = 64;
inline constexpr int kMaxCardDescription = 280;
inline constexpr int kMaxCardCapabilities = 16;
inline constexpr int kMaxCardCapability = 32;
inline constexpr int kMaxCardNodeHint = 200;
/// Lifetime of a card when none is asked for: a year.
inline constexpr qint64 kDefaultCardLifetimeSeconds = 365LL * 24 * 3600;

struct AgentCard {
    QString address;
    QString chainId;
    QString name;
    QString description;
    QStringList capabilities;
    QByteArray encryptionKey; ///< 32-byte X25519 public key
    QString nodeHint;         ///< empty when null
    qint64 issued = 0;
    qint64 expires = 0;
};

/// The card object's JSON text as it is signed and stored (sort_keys=True, separators=(",", ":")).
QByteArray cardJson(const AgentCard& card);
/// kCardDomain + the card text.
QByteArray cardSignedBytes(const QByteArray& cardText);
/// Checks the bounds a card must keep (name 1..64 characters, ...); empty when fine, else why not.
QString cardProblem(const AgentCard& card);

/// The payload members (card, card_pub, card_sig) for `card`, signed with `key`.
void insertCardMembers(json::Value& payload, const AgentCard& card, const crypto::Ed25519Key& key);

enum class CardStatus {
    NotACard,  ///< no `card` member
    Malformed, ///< members of the wrong type, encoding or size; card text not a valid card object
    UnknownVersion,
    BadSignature, ///< card_sig does not cover the card text with card_pub
    KeyNotSender, ///< the card's address is not derived from card_pub
    WrongAddress, ///< the card's address is not the transaction's sender and recipient
    WrongChain,   ///< made for another chain
    Expired,      ///< valid, but past its expiry (at the reader's time)
    Valid,
};
/// "not-a-card", "malformed", "unknown-version", "bad-signature", "key-not-sender", "wrong-address",
/// "wrong-chain", "expired", "valid".
QString cardStatusName(CardStatus status);

struct CardCheck {
    CardStatus status = CardStatus::NotACard;
    AgentCard card; ///< filled from Malformed's successors on (fields as parsed)
    QString publicKeyHex;
    bool valid() const { return status == CardStatus::Valid; }
};

/// Parses and verifies the card in a stored payload (descended with messagePayloadObject). `sender`/
/// `recipient` are the transaction's, `chainId` the chain read from (empty: not checked), `nowSeconds` the
/// reader's clock for the expiry (0: not checked).
CardCheck checkCard(const json::Value& storedPayload, const QString& sender, const QString& recipient,
                    const QString& chainId, qint64 nowSeconds);

} // namespace aitbc::messaging
