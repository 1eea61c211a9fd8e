#pragma once

#include "secrets/secret_store.h"

#include <QHash>

namespace aitbc::gui {

/// SecretStore kept in process memory, for tests and for sessions without a secret service. Values are
/// wiped when replaced, removed or when the store is destroyed. `setAvailable(false)` makes it behave
/// like a machine without a keyring (every call answers Unavailable), to test that path.
class InMemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~InMemorySecretStore() override;

    QString backendName() const override;
    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, QByteArrayView secret, DoneCallback done) override;
    void remove(const QString& key, DoneCallback done) override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& key) const { return m_values.contains(key); }
    int count() const { return int(m_values.size()); }

private:
    static void wipe(QByteArray& bytes);

    QHash<QString, QByteArray> m_values;
    bool m_available = true;
};

} // namespace aitbc::gui
