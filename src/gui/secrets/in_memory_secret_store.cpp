#include "secrets/in_memory_secret_store.h"

#include <QMetaObject>

#include <openssl/crypto.h>

namespace aitbc::gui {

InMemorySecretStore::~InMemorySecretStore() {
    for (QByteArray& value : m_values)
        wipe(value);
}

QString InMemorySecretStore::backendName() const {
    return tr("memory");
}

void InMemorySecretStore::wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void InMemorySecretStore::read(const QString& key, ReadCallback done) {
    // Answer from the event loop, like the real keychain does, so callers cannot rely on synchronous
    // answers by accident.
    QMetaObject::invokeMethod(
        this,
        [this, key, done = std::move(done)] {
            if (!m_available)
                return done(SecretStatus::Unavailable, {}, tr("No secret service is available."));
            const auto it = m_values.constFind(key);
            if (it == m_values.constEnd())
                return done(SecretStatus::NotFound, {}, {});
            done(SecretStatus::Ok, crypto::SecureBytes::copyOf(*it), {});
        },
        Qt::QueuedConnection);
}

void InMemorySecretStore::write(const QString& key, QByteArrayView secret, DoneCallback done) {
    if (m_available) {
        QByteArray& slot = m_values[key];
        wipe(slot);
        slot = secret.toByteArray();
    }
    QMetaObject::invokeMethod(
        this,
        [this, done = std::move(done)] {
            if (!m_available)
                return done(SecretStatus::Unavailable, tr("No secret service is available."));
            done(SecretStatus::Ok, {});
        },
        Qt::QueuedConnection);
}

void InMemorySecretStore::remove(const QString& key, DoneCallback done) {
    bool found = false;
    if (m_available) {
        auto it = m_values.find(key);
        if (it != m_values.end()) {
            wipe(*it);
            m_values.erase(it);
            found = true;
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, found, done = std::move(done)] {
            if (!m_available)
                return done(SecretStatus::Unavailable, tr("No secret service is available."));
            done(found ? SecretStatus::Ok : SecretStatus::NotFound, {});
        },
        Qt::QueuedConnection);
}

} // namespace aitbc::gui
