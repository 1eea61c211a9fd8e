#include "secrets/keychain_secret_store.h"

#include "common/logging.h"

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

namespace aitbc::gui {

namespace {

SecretStatus statusOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStatus::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what 0.13 reports when there is no session bus / no secret service
        return SecretStatus::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return SecretStatus::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent, const QString& service)
    : SecretStore(parent)
    , m_service(service) {}

QString KeychainSecretStore::defaultService() {
    return QStringLiteral("io.aitbc.Dashboard");
}

QString KeychainSecretStore::backendName() const {
    return tr("system keychain");
}

void KeychainSecretStore::read(const QString& key, ReadCallback done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const SecretStatus status = statusOf(job->error());
        if (status != SecretStatus::Ok) {
            qCDebug(lcGuiSecrets) << "keychain read failed:" << job->error() << job->errorString();
            return done(status, {}, job->errorString());
        }
        QByteArray data = job->binaryData();
        done(SecretStatus::Ok, crypto::SecureBytes::takeFrom(data), {});
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, QByteArrayView secret, DoneCallback done) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QByteArray copy = secret.toByteArray();
    job->setBinaryData(copy);
    OPENSSL_cleanse(copy.data(), size_t(copy.size()));
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const SecretStatus status = statusOf(job->error());
        if (status != SecretStatus::Ok)
            qCDebug(lcGuiSecrets) << "keychain write failed:" << job->error() << job->errorString();
        done(status, status == SecretStatus::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, DoneCallback done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const SecretStatus status = statusOf(job->error());
        done(status, status == SecretStatus::Ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace aitbc::gui
