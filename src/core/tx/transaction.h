#pragma once

#include "crypto/ed25519.h"
#include "json/value.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace aitbc::tx {

/// Defaults of AITBC's own tools (protocol.md §8): chain `ait-mainnet`; fee 10 (CLI `--fee` default 10,
/// daemon 10, `agent message` 10). Fee 0 is also valid at REF (min_fee defaults to 0, §6.3).
inline const QString kDefaultChainId = QStringLiteral("ait-mainnet");
constexpr qint64 kDefaultFee = 10;

/// Fields of a REF-format TRANSFER (§1.2/§1.4).
struct RefTransfer {
    QString chainId = kDefaultChainId;
    QString from;
    QString to;
    qint64 nonce = 0; ///< the sender's account nonce (§1.5), not a timestamp
    qint64 fee = kDefaultFee;
    json::Value amount = qint64(0); ///< keep it an integer: floats are truncated by the node (§10.6)
    /// Message text. When set it is written under both `payload.message` and `payload.payload`, the
    /// recommended envelope of §6.3 (vector tx06). An empty string is still written.
    std::optional<QString> message;
};

/// The object a REF client signs (§1.4), with the CLI's member order:
/// `{type:"TRANSFER", chain_id, from, nonce, fee, payload:{recipient, amount[, message, payload]}}`.
json::Value refSignedObject(const RefTransfer& t);

/// Fields of the legacy (APRIL / guide / agent daemon) format (§1.1), which REF rejects with 422.
struct LegacyTransfer {
    QString chainId = kDefaultChainId;
    QString from;
    QString to;
    json::Value amount = qint64(0);
    qint64 fee = kDefaultFee;
    qint64 nonce = 0; ///< the guide uses millisecond timestamps; taken as given
    QString payload;  ///< plain string payload
};

/// `{type:"transfer", from, to, amount, fee, nonce, payload, chain_id}` (vector tx04).
json::Value legacySignedObject(const LegacyTransfer& t);

/// Which signature keys go into the POST body.
enum class SignatureKeys {
    /// `signature` (what AITBC clients send, dropped by the REF node) AND `sig` (the only key the REF node
    /// reads, copied into the hashed dict, §1.2/§1.6). Both carry the same hex. This makes the node's
    /// transaction_hash commit to the signature, as on the real chain (transcript: `sig`), while clients
    /// that read `signature` still find it (vectors tx01/tx02/tx06). Default for REF bodies.
    Both,
    Signature, ///< only `signature` (vectors tx01/tx02/tx04/tx06; the node hashes `signature: null`)
    Sig,       ///< only `sig` (the real-chain transcript)
};

/// A signed transaction.
struct SignedTransaction {
    json::Value signedObject; ///< what was signed
    QByteArray signedString;  ///< json.dumps(signedObject, sort_keys=True): the exact bytes signed
    QByteArray signature;     ///< 64 raw bytes
    QByteArray publicKey;     ///< 32 raw bytes
    json::Value body;         ///< signedObject + signature key(s) + `public_key`: exactly what is POSTed
};

/// Signs `signedObject` with `key` and builds the POST body: the signed object's members in order, then
/// `signature` and/or `sig` (lowercase hex) per `keys`, then `public_key` (lowercase hex).
SignedTransaction sign(json::Value signedObject, const crypto::Ed25519Key& key,
                       SignatureKeys keys = SignatureKeys::Both);

/// Result of verify().
enum class Verification {
    Valid,
    BadSignature,      ///< well-formed, but the signature does not match the rebuilt signed string
    NotAnObject,       ///< body is not a JSON object
    MissingPublicKey,  ///< no `public_key` string
    MissingSignature,  ///< neither `signature` nor `sig` is a string
    MalformedHex,      ///< public key / signature not strict hex of 32 / 64 bytes
    SignatureConflict, ///< `signature` and `sig` both present but different
};

/// Verifies a POST body: rebuilds the signed object (the body minus `signature`, `sig` and `public_key`),
/// serialises it as json.dumps(sort_keys=True) and checks the Ed25519 signature against `public_key`.
/// Note that nothing ties `from` to the key at REF (§1.7, §2.1); this only proves who signed.
Verification verify(const json::Value& body);
/// Stable short name for a Verification ("valid", "bad-signature", ...).
QString verificationName(Verification v);

} // namespace aitbc::tx
