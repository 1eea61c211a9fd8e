#pragma once

#include "crypto/secure_bytes.h"
#include "crypto/x25519.h"
#include "util/error.h"
#include "json/value.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace aitbc::messaging {

// ---- End-to-end encrypted messages (version 1, docs/agent-protocol.md) -------------------------------
//
// The text is encrypted with a random 32-byte content key (ChaCha20-Poly1305); the content key is wrapped
// twice, for the recipient and for the sender, each time with a key derived (HKDF-SHA256) from X25519
// between a fresh ephemeral key and the party's encryption key (agent card, or derived from the wallet
// seed: crypto::X25519Key::fromEd25519Seed). Every AEAD call authenticates the same associated data,
// which binds chain, sender, recipient, the authorship nonce, the ephemeral key and the content nonce.
// The plaintext `message`/`payload` members carry kEncryptedMarker; the authorship signature signs
// encryptedSignedText() in place of the text, so it covers every ciphertext byte.

/// What the plaintext text members of an encrypted message hold, for tools that know nothing of this.
inline constexpr char kEncryptedMarker[] = "[encrypted message]";
inline constexpr char kEncryptionAlgorithm[] = "x25519-hkdf-sha256-chacha20poly1305";
inline constexpr char kEncryptionAdDomain[] = "AITBC-ENC-1\n";
inline constexpr char kWrapInfoRecipient[] = "AITBC-ENC-1 key-to";
inline constexpr char kWrapInfoSender[] = "AITBC-ENC-1 key-from";
/// Largest text that is encrypted (bytes of UTF-8); a REF transaction is small anyway.
inline constexpr int kMaxEncryptedTextBytes = 64 * 1024;

/// The encryption members of a payload, decoded.
struct EncryptedParts {
    QByteArray ephemeralPublic; ///< enc_epk, 32 bytes
    QByteArray contentNonce;    ///< enc_iv, 12 bytes
    QByteArray ciphertext;      ///< enc_ct, text ciphertext + 16-byte tag
    QByteArray keyForRecipient; ///< enc_key_to, 48 bytes (wrapped content key + tag)
    QByteArray keyForSender;    ///< enc_key_from, 48 bytes
};

/// Who a message is addressed to and where, as the associated data binds it.
struct EncryptionContext {
    QString chainId;
    QString from;
    QString to;
    qint64 nonce = 0; ///< the authorship sig_nonce (the sender's account nonce)
};

/// The associated data: kEncryptionAdDomain + json.dumps({"chain","epk","from","iv","nonce","to"},
/// sort_keys=True, separators=(",", ":")), epk and iv lowercase hex.
QByteArray encryptionAssociatedData(const EncryptionContext& context, const QByteArray& ephemeralPublic,
                                    const QByteArray& contentNonce);

/// Encrypts `text` for `recipientKey` and `senderKey` (32-byte X25519 public keys). The ephemeral key, the
/// content key and the content nonce are random unless given (test vectors only).
struct EncryptionFixedInputs {
    QByteArray ephemeralPrivate; ///< 32 bytes
    QByteArray contentKey;       ///< 32 bytes
    QByteArray contentNonce;     ///< 12 bytes
};
/// An error when the text is too long or a key is invalid.
Result<EncryptedParts> encryptText(const QString& text, const EncryptionContext& context,
                                   const QByteArray& recipientKey, const QByteArray& senderKey,
                                   const EncryptionFixedInputs* fixed = nullptr);

/// Writes the members (enc_v, enc_alg, enc_epk, enc_iv, enc_ct, enc_key_to, enc_key_from) into `payload`.
void insertEncryptedMembers(json::Value& payload, const EncryptedParts& parts);

/// The text the authorship signature signs for an encrypted message: kEncryptedMarker + "\n" +
/// json.dumps({"alg","ct","epk","iv","key_from","key_to","v"}, sort_keys=True, separators=(",", ":"))
/// with every value as it is written in the payload.
QByteArray encryptedSignedText(const EncryptedParts& parts);

enum class EncryptionStatus {
    Plain,          ///< no enc_v: an ordinary message
    Malformed,      ///< enc_* members of the wrong type, encoding or size
    UnknownVersion, ///< enc_v is not 1 or enc_alg is not kEncryptionAlgorithm
    Locked,         ///< well-formed, no key given to open it
    NotForThisKey,  ///< neither wrapped key opens with this key (or chain/sender/recipient/nonce changed)
    Tampered,       ///< the content key opened but the text ciphertext does not authenticate
    Decrypted,
};
/// "plain", "malformed", "unknown-version", "locked", "not-for-this-key", "tampered", "decrypted".
QString encryptionStatusName(EncryptionStatus status);
/// A sentence for a tooltip or the CLI.
QString encryptionStatusExplanation(EncryptionStatus status);

/// Whether the payload object (already descended with messagePayloadObject) declares itself encrypted.
bool isEncryptedPayload(const json::Value& payloadObject);

/// Parses the enc_* members. `status` is Plain, Malformed, UnknownVersion or Locked (parsed fine).
std::optional<EncryptedParts> parseEncryptedMembers(const json::Value& payloadObject,
                                                    EncryptionStatus* status);

struct DecryptionResult {
    EncryptionStatus status = EncryptionStatus::Plain;
    QString text;          ///< set when Decrypted
    bool asSender = false; ///< opened with the sender's wrapped key
};

/// Decrypts with `mine` (the reader's X25519 key), trying the recipient's then the sender's wrapped key.
/// Costs two X25519 and three AEAD operations at most, whatever the input.
DecryptionResult decryptParts(const EncryptedParts& parts, const EncryptionContext& context,
                              const crypto::X25519Key& mine);

/// The whole reader path for a stored payload: descends it, parses, takes chain (when `chainId` is empty)
/// and nonce from the authorship members, and decrypts when `mine` is given (Locked otherwise).
DecryptionResult decryptStoredMessage(const json::Value& storedPayload, const QString& sender,
                                      const QString& recipient, const QString& chainId,
                                      const crypto::X25519Key* mine);

} // namespace aitbc::messaging
