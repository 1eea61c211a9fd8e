#include "keystore/key_files.h"

#include "crypto/secure_bytes.h"
#include "keystore/keystore.h"

#include <QFile>

namespace aitbc::keystore {

bool readPasswordFile(const QString& path, QByteArray& password, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read password file %1: %2").arg(path, f.errorString());
        return false;
    }
    password = f.readAll();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    return true;
}

std::optional<SigningWallet> openWithPasswordFile(const QString& keystorePath, const QString& passwordFile,
                                                  QString* error) {
    QFile f(keystorePath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read keystore %1: %2").arg(keystorePath, f.errorString());
        return std::nullopt;
    }
    const QByteArray fileBytes = f.readAll();
    QByteArray password;
    if (!readPasswordFile(passwordFile, password, error))
        return std::nullopt;
    const crypto::SecureBytes secret = crypto::SecureBytes::takeFrom(password); // wipes the QByteArray
    auto unlocked = keystore::unlock(fileBytes, secret.view());
    if (!unlocked.ok()) {
        *error = QStringLiteral("%1 (%2): %3")
                     .arg(keystorePath, errorKindName(unlocked.error().kind), unlocked.error().message);
        return std::nullopt;
    }
    auto key = crypto::Ed25519Key::fromSeed(unlocked->seed.view());
    if (!key.ok()) {
        *error = key.error().message;
        return std::nullopt;
    }
    SigningWallet w;
    w.key = std::make_unique<crypto::Ed25519Key>(std::move(key).value());
    w.address = unlocked->address;
    if (w.address.isEmpty()) {
        *error = QStringLiteral("keystore %1 has no address").arg(keystorePath);
        return std::nullopt;
    }
    return w;
}

} // namespace aitbc::keystore
