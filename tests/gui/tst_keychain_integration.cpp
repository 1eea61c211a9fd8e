// The real QtKeychain backend (Secret Service). Registered in CTest through run_with_keyring.sh, which
// starts a private D-Bus session and an unlocked gnome-keyring-daemon; without a session bus it skips.

#include "secrets/keychain_secret_store.h"

#include <QSignalSpy>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

class TestKeychainIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadRemove();
};

void TestKeychainIntegration::initTestCase() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus (run through run_with_keyring.sh / dbus-run-session)");
}

void TestKeychainIntegration::writeReadRemove() {
    KeychainSecretStore store(nullptr, QStringLiteral("io.aitbc.Dashboard.test"));
    const QString key = walletSecretKey(QStringLiteral("ait1integrationtest"));
    const QByteArray secret = QByteArray("pässwörd-ÄÖÜ 🔑");

    bool done = false;
    SecretStatus status = SecretStatus::Failed;
    QString message;
    store.write(key, secret, [&](SecretStatus s, const QString& m) {
        status = s;
        message = m;
        done = true;
    });
    QVERIFY(!done); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    if (status == SecretStatus::Unavailable)
        QSKIP(qPrintable(QStringLiteral("no Secret Service on this bus: ") + message));
    QCOMPARE(status, SecretStatus::Ok);

    done = false;
    QByteArray readBack;
    store.read(key, [&](SecretStatus s, crypto::SecureBytes bytes, const QString&) {
        status = s;
        readBack = bytes.view().toByteArray();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(status, SecretStatus::Ok);
    QCOMPARE(readBack, secret);

    done = false;
    store.remove(key, [&](SecretStatus s, const QString&) {
        status = s;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(status, SecretStatus::Ok);

    done = false;
    store.read(key, [&](SecretStatus s, crypto::SecureBytes, const QString&) {
        status = s;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(status, SecretStatus::NotFound);
}

QTEST_MAIN(TestKeychainIntegration)
#include "tst_keychain_integration.moc"
