#pragma once

#include "address/address.h"
#include "crypto/ed25519.h"
#include "tx/transaction.h"
#include "util/error.h"
#include "json/value.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace aitbc::messaging {

/// A message to put on chain as a REF TRANSFER (protocol.md §6.3): zero amount, the text under both
/// `payload.message` (CLI `agent message`) and `payload.payload` (daemon, `agent messages`, §10.24), the
/// sender's account nonce (§1.5) and the profile's fee.
struct OutgoingMessage {
    QString chainId; ///< the node's own chain (§1.2: the node ignores the body's chain_id and hashes its own)
    QString from;    ///< the keystore's address, verbatim (§2.1)
    QString to;
    QString text;
    qint64 nonce = 0;
    qint64 fee = tx::kDefaultFee;
    QString inReplyTo; ///< node hash of the message this answers (responder pongs); empty otherwise
    /// Further payload members (an object, or null for none): agent cards and acknowledgments
    /// (agent_card.h, acknowledgments.h). They cannot replace the envelope's or the signature's members.
    json::Value extraMembers;
};

// ---- Authorship signature (the project's own scheme, version 1) -------------------------------------
//
// The REF node verifies no signature (§1.7) and drops the body's `signature`/`public_key`: anyone can
// send a message "from" any funded address. The node does keep every payload member (§4.3) and
// /rpc/blocks-range returns them, so the proof of authorship travels *inside the payload*:
//
//   payload.sig_v      1
//   payload.sig_pub    lowercase hex of the 32-byte Ed25519 public key
//   payload.sig_chain  the chain id the message was meant for
//   payload.sig_nonce  the sender's account nonce the transaction carries (integer)
//   payload.sig        lowercase hex of the 64-byte Ed25519 signature of the bytes below
//   payload.in_reply_to  (optional) node hash of the message answered
//
//   signed bytes = "AITBC-MSG-SIG-1\n" + json.dumps({"chain": sig_chain, "from": <sender>,
//                  "nonce": sig_nonce, "re": in_reply_to or null, "text": <text>, "to": <recipient>},
//                  sort_keys=True, separators=(",", ":"))   (ASCII, escapes as §1.4)
//
// The prefix separates these bytes from any transaction signature made with the same key (§1.4 signs
// spaced JSON starting with '{'). Sender and recipient are the transaction's own `from`/`to` as the node
// stored them, so moving a signed payload to another sender or recipient breaks it; the chain id stops a
// replay on another chain; the nonce makes every signed message unique per sender, because the node
// accepts each (sender, nonce) once (§1.5). The replay rules (sig_nonce against the transaction's own
// nonce, and the first use of a (sender, sig_nonce)) need the chain around a message: AuthorshipLedger
// (authorship_ledger.h) applies them on top of checkAuthorship(), and every reader decides there.
//
// A message is *verified* only when the signature is valid AND the sender address belongs to the key
// under one of the AITBC address schemes (§2.1: CLI, sha256, bech32). Messages from other tools (no
// sig_v) are *unsigned*: shown, marked unverified, never rejected.

/// Domain prefix of the signed bytes.
inline constexpr char kAuthorshipDomain[] = "AITBC-MSG-SIG-1\n";

/// The exact bytes the authorship signature covers.
QByteArray authorshipBytes(const QString& chainId, const QString& from, const QString& to, qint64 nonce,
                           const QString& text, const QString& inReplyTo);

/// Builds and signs the whole message transaction: the §6.3 envelope plus the authorship members, then
/// the ordinary REF transaction signature (§1.4, `signature` and `sig`, plus `public_key`). The result's
/// `body` is what is POSTed.
tx::SignedTransaction buildMessageTransaction(const OutgoingMessage& message, const crypto::Ed25519Key& key);

/// The same for an end-to-end encrypted message (encrypted_envelope.h): `message.text` is encrypted for
/// `recipientEncryptionKey` (the recipient's X25519 key from its agent card) and for the sender's own key
/// (derived from `key`'s seed); the text members carry kEncryptedMarker and the authorship signature signs
/// encryptedSignedText(). An error when the text cannot be encrypted (too long, an invalid key): never
/// sent in clear instead.
Result<tx::SignedTransaction> buildEncryptedMessageTransaction(const OutgoingMessage& message,
                                                               const crypto::Ed25519Key& key,
                                                               const QByteArray& recipientEncryptionKey);

/// What the authorship check found.
enum class Authorship {
    Verified,       ///< valid signature by a key the sender address belongs to
    Unsigned,       ///< no `sig_v`: a plain message from another tool
    Malformed,      ///< authorship members present but of the wrong type or encoding
    UnknownVersion, ///< `sig_v` is not 1
    BadSignature,   ///< the signature does not cover this sender/recipient/text/chain/nonce (forged or
                    ///< tampered)
    KeyNotSender,   ///< the signature is valid, but the sender address is not derived from that key
    WrongChain,     ///< signed for another chain
    TextMismatch,   ///< `message` and `payload` carry different texts: one of them was changed
    Replayed,       ///< a second transaction with the same (sender, sig_nonce) (AuthorshipLedger)
    NonceMismatch,  ///< `sig_nonce` is not the nonce of the transaction carrying it: a signed payload
                    ///< reposted as a new transaction (AuthorshipLedger)
};
/// Stable short name ("verified", "unsigned", "bad-signature", ...).
QString authorshipName(Authorship a);
/// A sentence for a tooltip or the CLI.
QString authorshipExplanation(Authorship a);

struct AuthorshipCheck {
    Authorship status = Authorship::Unsigned;
    QString publicKeyHex;                       ///< when present and well-formed
    std::optional<address::Style> addressStyle; ///< set when Verified
    std::optional<qint64> signedNonce;          ///< `sig_nonce` when well-formed
    QString inReplyTo;                          ///< `in_reply_to` when it is a string
    bool verified() const { return status == Authorship::Verified; }
};

/// The payload object a message's members live in: a stored REF follower row holds the whole normalized
/// dict (§4.3) and is descended once. Returns nullptr when `stored` is not an object.
const json::Value* messagePayloadObject(const json::Value& stored);

/// Checks the authorship of a stored message. `sender`/`recipient` are the transaction's (row) values,
/// `text` the text a reader extracted (chain::extractPayloadText), `chainId` the chain it was read from
/// (empty: not checked). For an encrypted payload (enc_v) `text` must be the marker, and the signature is
/// checked over encryptedSignedText() instead.
AuthorshipCheck checkAuthorship(const json::Value& storedPayload, const QString& sender,
                                const QString& recipient, const QString& text, const QString& chainId);

} // namespace aitbc::messaging
