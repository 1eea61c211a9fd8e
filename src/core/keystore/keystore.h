#pragma once

#include "address/address.h"
#include "crypto/secure_bytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace aitbc::keystore {

/// Which AITBC writer produced a keystore file (protocol.md §3.2/§3.3).
enum class Layout {
    Cli,        ///< AES-256-GCM, `address` + `public_key`, 32-byte salt (cli create_wallet/import_wallet)
    Node,       ///< AES-256-GCM, bech32 `address`, no `public_key`, `crypto.mac` (node keystore tool)
    Genesis,    ///< AES-256-GCM, sha256-style `address` + `public_key`, 16-byte salt (genesis scripts)
    Fernet,     ///< Fernet, double base64, hex plaintext, fixed 100000 iterations (scripts/utils/keystore.py)
    UnknownAes, ///< AES-256-GCM that matches none of the above (still readable)
};
/// "cli", "node", "genesis", "fernet", "unknown-aes".
QString layoutName(Layout layout);

/// Every distinct way opening a keystore can fail. The GUI maps them to different messages, so they must
/// never be merged (a wrong password is not a corrupt file).
enum class ErrorKind {
    WrongPassword,       ///< GCM tag or Fernet HMAC mismatch
    UnknownCipher,       ///< crypto.cipher/algorithm is neither aes-256-gcm nor a Fernet name
    UnsupportedKdf,      ///< AES layout with a kdf other than pbkdf2 / prf other than hmac-sha256
    MalformedJson,       ///< not JSON, or not an object, or a field of the wrong JSON type
    BadEncoding,         ///< invalid hex or base64 in salt/nonce/ciphertext
    MissingField,        ///< a required field is absent
    TruncatedCiphertext, ///< ciphertext shorter than tag + seed, or a truncated Fernet token
    AbsurdIterations,    ///< iteration count < 1 or > kMaxIterations (refused before deriving)
    WrongSeedLength,     ///< the decrypted plaintext is not a 32-byte seed (or 64 hex chars for Fernet)
    InvalidArgument,     ///< bad caller input (e.g. empty password for create)
    Internal,            ///< OpenSSL failure
};
/// A short stable identifier for the kind ("wrong-password", "unknown-cipher", ...), used by the CLI.
QString errorKindName(ErrorKind kind);

struct KeystoreError {
    ErrorKind kind = ErrorKind::Internal;
    QString message; ///< user-facing English text; never contains key material or the password
};

/// Refuse to derive with more than this many PBKDF2 iterations: a hostile file must not freeze the app.
constexpr qint64 kMaxIterations = 10'000'000;
/// What AITBC writers use, and what the Fernet variant hard-codes (§3.3).
constexpr int kDefaultIterations = 100'000;

/// What a keystore file says about itself, read without decrypting anything.
struct Info {
    Layout layout = Layout::UnknownAes;
    QString cipher; ///< as written: "aes-256-gcm", "fernet", "PBKDF2-SHA256-Fernet"
    QString kdf;    ///< as written: "pbkdf2", "sha256" (Fernet files), ...
    qint64 iterations = 0;
    QString address;                     ///< verbatim; may be empty when the file has none
    std::optional<QString> publicKeyHex; ///< only when the file carries `public_key`
};

/// Parses and classifies a keystore file without touching the password. Reports the same structural
/// errors unlock() would (missing fields, bad encodings, unknown cipher, absurd iterations).
Result<Info, KeystoreError> inspect(QByteArrayView fileBytes);

/// The decrypted key. `seed` is the 32-byte Ed25519 private seed in locked, wiped-on-release memory.
struct UnlockedKey {
    crypto::SecureBytes seed;
    QByteArray publicKey; ///< 32 raw bytes derived from the seed
    QString address;      ///< the file's `address`, verbatim (§2.1: never re-derive it)
    Info info;
};

/// Decrypts a keystore. Pure function of its inputs (no shared state), safe to call from any thread, e.g.
/// QtConcurrent::run from the GUI. `password` is UTF-8; the caller wipes its own copy.
Result<UnlockedKey, KeystoreError> unlock(QByteArrayView fileBytes, QByteArrayView password);

struct CreateOptions {
    address::Style addressStyle = address::Style::Cli;
    int iterations = kDefaultIterations;
    QByteArray salt;  ///< empty: 32 random bytes. Set only to reproduce a vector in tests.
    QByteArray nonce; ///< empty: 12 random bytes. Set only to reproduce a vector in tests.
};

/// A new keystore in the CLI layout (§3.2: address, public_key, crypto{kdf, kdfparams{salt(32), c, dklen,
/// prf}, cipher, cipherparams{nonce(12)}, ciphertext}, keytype, version) for a fresh random key, written
/// like Python's json.dumps(indent=2). The `address` follows `options.addressStyle`.
Result<QByteArray, KeystoreError> create(QByteArrayView password, const CreateOptions& options = {});
/// Same for a given 32-byte seed (import, deterministic devnet keys, tests).
Result<QByteArray, KeystoreError> createFromSeed(QByteArrayView seed, QByteArrayView password,
                                                 const CreateOptions& options = {});

/// Re-encrypts a keystore under a new password with a fresh salt and nonce. The layout, `address`,
/// `public_key` and every other top-level field stay as they were (a node-tool file gets a recomputed
/// `mac`; a Fernet file stays Fernet). Fails like unlock() when `oldPassword` is wrong.
Result<QByteArray, KeystoreError> changePassword(QByteArrayView fileBytes, QByteArrayView oldPassword,
                                                 QByteArrayView newPassword);

} // namespace aitbc::keystore
