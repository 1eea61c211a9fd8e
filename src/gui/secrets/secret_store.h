#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <functional>

namespace aitbc::gui {

/// Outcome of a secret-store call.
enum class SecretStatus {
    Ok,
    NotFound,    ///< nothing stored under that key
    Unavailable, ///< no secret service (no session bus, no keyring daemon): ask the user instead
    Failed,      ///< the service answered with an error (access denied, ...); `message` says which
};

/// The project's own interface to "remember this password" storage, so the GUI does not depend on
/// QtKeychain directly and tests can use an in-memory store. Every call is asynchronous: the callback
/// runs later on the store's thread, never inside the call (QtKeychain talks to the Secret Service
/// over D-Bus, which must not block the GUI thread).
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback =
        std::function<void(SecretStatus, crypto::SecureBytes secret, const QString& message)>;
    using DoneCallback = std::function<void(SecretStatus, const QString& message)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    /// Human-readable name of the backend for the UI ("system keychain", "memory").
    virtual QString backendName() const = 0;
    /// Reads the secret stored under `key`.
    virtual void read(const QString& key, ReadCallback done) = 0;
    /// Stores `secret` under `key`, replacing what was there. The store copies the bytes.
    virtual void write(const QString& key, QByteArrayView secret, DoneCallback done) = 0;
    /// Deletes the secret under `key`; NotFound when there was none.
    virtual void remove(const QString& key, DoneCallback done) = 0;
};

/// Key under which a wallet's password is remembered: one entry per address.
inline QString walletSecretKey(const QString& address) {
    return QStringLiteral("wallet-password:") + address;
}

} // namespace aitbc::gui
