#pragma once

#include "secrets/secret_store.h"

namespace aitbc::gui {

/// SecretStore over QtKeychain (the Secret Service on Linux: GNOME Keyring, KWallet). Entries are
/// stored under the service name `io.aitbc.Dashboard`.
///
/// QtKeychain 0.13 has no "is a backend available" query and ignores insecure fallbacks on the
/// libsecret path: without a session bus a job fails at once with OtherError. Such failures map to
/// SecretStatus::Unavailable so the GUI can tell the user once and fall back to asking.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr, const QString& service = defaultService());
    static QString defaultService();

    QString backendName() const override;
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, QByteArrayView secret, DoneCallback done) override;
    void remove(const QString& key, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace aitbc::gui
