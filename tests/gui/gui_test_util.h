#pragma once

#include "state/wallet_manager.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace aitbc::test {

/// The real chain's keystores (alice, bob, aitbc1genesis; password in .password) copied into `dir`.
inline QString copyRealKeystores(const QTemporaryDir& dir) {
    const QString folder = dir.filePath(QStringLiteral("keystore"));
    QDir().mkpath(folder);
    for (const char* name : {"alice.json", "bob.json", "aitbc1genesis.json", ".password"}) {
        const QString rel = QStringLiteral("real-chain/keystore/") + QLatin1String(name);
        QFile::copy(testDataPath(rel), QDir(folder).filePath(QLatin1String(name)));
        QFile(QDir(folder).filePath(QLatin1String(name)))
            .setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return folder;
}

inline QByteArray realKeystorePassword() {
    return readTestData(QStringLiteral("real-chain/keystore/.password")).trimmed();
}

/// Adds `source` to `wallets` and waits until the scan finished.
inline bool addSourceAndWait(gui::WalletManager& wallets, const QString& source) {
    QSignalSpy reset(&wallets, &gui::WalletManager::walletsReset);
    wallets.addSource(source);
    return reset.wait(10000) || reset.count() > 0;
}

} // namespace aitbc::test
