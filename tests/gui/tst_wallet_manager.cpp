// WalletManager and WalletTableModel with the real keystores: scanning, unlock/lock, signing with the
// unlocked key, idle lock, create and change password, and QAbstractItemModelTester on the model.

#include "crypto/ed25519.h"
#include "gui_test_util.h"
#include "panes/wallets/wallet_table_model.h"
#include "test_future.h"

#include <QAbstractItemModelTester>
#include <QWidget>

using namespace aitbc;
using namespace aitbc::gui;

class TestWalletManager : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scanFindsKeystoresAndSkipsPasswordFiles();
    void unlockSignLock();
    void wrongPasswordKeepsLocked();
    void idleLockAfterInactivity();
    void userInputPostponesIdleLock();
    void createAndChangePassword();
    void removingSourceLocksItsWallets();
    void modelTester();

private:
    QString pathOf(const QString& name) const;
    WalletOperationResult await(QFuture<WalletOperationResult> f);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WalletManager> m_wallets;
    QString m_folder;
};

void TestWalletManager::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_wallets = std::make_unique<WalletManager>();
    m_folder = test::copyRealKeystores(*m_dir);
    QVERIFY(test::addSourceAndWait(*m_wallets, m_folder));
}

void TestWalletManager::cleanup() {
    m_wallets.reset();
    m_dir.reset();
}

QString TestWalletManager::pathOf(const QString& name) const {
    return QDir(m_folder).filePath(name + QStringLiteral(".json"));
}

WalletOperationResult TestWalletManager::await(QFuture<WalletOperationResult> f) {
    return test::waitFor(std::move(f));
}

void TestWalletManager::scanFindsKeystoresAndSkipsPasswordFiles() {
    QCOMPARE(m_wallets->count(), 3);
    const int alice = m_wallets->indexOfPath(pathOf(QStringLiteral("alice")));
    QVERIFY(alice >= 0);
    const WalletEntry& w = m_wallets->wallets()[alice];
    QVERIFY(w.readable);
    QCOMPARE(w.address(), QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay"));
    QCOMPARE(w.info.layout, keystore::Layout::Node);
    QVERIFY(!w.unlocked);

    // A broken file is listed with its error, not dropped and not fatal.
    QFile broken(QDir(m_folder).filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    QSignalSpy reset(m_wallets.get(), &WalletManager::walletsReset);
    m_wallets->rescan();
    // Generous: once, on a CI machine running the whole suite two tests at a time, 10 s were not enough.
    QTRY_VERIFY_WITH_TIMEOUT(reset.count() > 0, 30000);
    QCOMPARE(m_wallets->count(), 4);
    const WalletEntry& b = m_wallets->wallets()[m_wallets->indexOfPath(broken.fileName())];
    QVERIFY(!b.readable);
    QVERIFY(!b.error.isEmpty());
}

void TestWalletManager::unlockSignLock() {
    const QString path = pathOf(QStringLiteral("alice"));
    QSignalSpy unlocked(m_wallets.get(), &WalletManager::unlocked);
    auto future = m_wallets->unlock(path, test::realKeystorePassword());
    QCOMPARE(unlocked.count(), 0); // asynchronous: nothing happened inside the call
    const WalletOperationResult r = await(future);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(unlocked.count(), 1);
    const QString address = unlocked.first().at(1).toString();
    QVERIFY(m_wallets->isAddressUnlocked(address));

    // The signing key is the one whose public key the real chain knows for alice (keys.json).
    const crypto::Ed25519Key* key = m_wallets->signingKey(address);
    QVERIFY(key);
    const QByteArray message = "hello";
    const QByteArray sig = m_wallets->sign(address, message);
    QCOMPARE(sig.size(), 64);
    QVERIFY(crypto::ed25519Verify(key->publicKey(), message, sig));
    const QByteArray keys = test::readTestData(QStringLiteral("real-chain/keys.json"));
    QVERIFY(keys.contains(key->publicKey().toHex()));

    QSignalSpy locked(m_wallets.get(), &WalletManager::locked);
    m_wallets->lock(path);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!m_wallets->isUnlocked(path));
    QVERIFY(m_wallets->signingKey(address) == nullptr);
    QVERIFY(m_wallets->sign(address, message).isEmpty());
}

void TestWalletManager::wrongPasswordKeepsLocked() {
    const WalletOperationResult r = await(m_wallets->unlock(pathOf(QStringLiteral("bob")), "wrong"));
    QVERIFY(!r.ok);
    QCOMPARE(r.errorKind, std::optional(keystore::ErrorKind::WrongPassword));
    QVERIFY(!m_wallets->anyUnlocked());
}

void TestWalletManager::idleLockAfterInactivity() {
    m_wallets->setIdleLockMs(150);
    QVERIFY(await(m_wallets->unlock(pathOf(QStringLiteral("alice")), test::realKeystorePassword())).ok);
    QVERIFY(m_wallets->anyUnlocked());
    QSignalSpy idle(m_wallets.get(), &WalletManager::idleLocked);
    QVERIFY(idle.wait(10000));
    QVERIFY(!m_wallets->anyUnlocked());
    QVERIFY(!m_wallets->wallets()[m_wallets->indexOfPath(pathOf(QStringLiteral("alice")))].unlocked);
}

void TestWalletManager::userInputPostponesIdleLock() {
    QWidget target;
    target.show();
    // The lock is announced a third of the interval ahead (InactivityTimer::warningLeadMs): the test types
    // when the announcement comes, so each key press lands a second before the lock would.
    m_wallets->setIdleLockMs(3000);
    QVERIFY(await(m_wallets->unlock(pathOf(QStringLiteral("alice")), test::realKeystorePassword())).ok);
    QSignalSpy idle(m_wallets.get(), &WalletManager::idleLocked);
    QSignalSpy pending(m_wallets.get(), &WalletManager::idleLockPending);
    QSignalSpy postponed(m_wallets.get(), &WalletManager::idleLockPostponed);
    // Keep "typing" for well over the idle time (three announced locks): none may happen meanwhile.
    for (int i = 1; i <= 3; ++i) {
        const qsizetype announced = pending.count();
        QTRY_VERIFY_WITH_TIMEOUT(pending.count() > announced, 10000);
        QCOMPARE(idle.count(), 0);
        QTest::keyClick(&target, Qt::Key_Shift);
        QCOMPARE(postponed.count(), i); // the key press took the announced lock back
        QVERIFY(m_wallets->anyUnlocked());
    }
    // Then stop: it locks.
    QVERIFY(idle.wait(10000));
    QVERIFY(!m_wallets->anyUnlocked());
}

void TestWalletManager::createAndChangePassword() {
    const WalletOperationResult created =
        await(m_wallets->createWallet(m_folder, QStringLiteral("carol"), "first-pw"));
    QVERIFY2(created.ok, qPrintable(created.message));
    QTRY_VERIFY(m_wallets->indexOfPath(created.path) >= 0);
    QCOMPARE(QFileInfo(created.path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());

    // Refuses to overwrite.
    QVERIFY(!await(m_wallets->createWallet(m_folder, QStringLiteral("carol"), "other")).ok);

    QVERIFY(!await(m_wallets->changePassword(created.path, "not-it", "second-pw")).ok);
    QVERIFY(await(m_wallets->changePassword(created.path, "first-pw", "second-pw")).ok);
    QVERIFY(!await(m_wallets->unlock(created.path, "first-pw")).ok);
    QVERIFY(await(m_wallets->unlock(created.path, "second-pw")).ok);
}

void TestWalletManager::removingSourceLocksItsWallets() {
    QVERIFY(await(m_wallets->unlock(pathOf(QStringLiteral("alice")), test::realKeystorePassword())).ok);
    QSignalSpy locked(m_wallets.get(), &WalletManager::locked);
    QSignalSpy reset(m_wallets.get(), &WalletManager::walletsReset);
    QVERIFY(m_wallets->removeSource(m_folder));
    QVERIFY(reset.wait(10000));
    QCOMPARE(m_wallets->count(), 0);
    QCOMPARE(locked.count(), 1);
    QVERIFY(!m_wallets->anyUnlocked());
}

void TestWalletManager::modelTester() {
    WalletTableModel model(m_wallets.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(WalletTableModel::ColumnCount));
    QCOMPARE(model.headerData(WalletTableModel::Balance, Qt::Horizontal).toString(),
             QStringLiteral("Balance"));
    const QString path = pathOf(QStringLiteral("alice"));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(WalletTableModel::PathRole).toString() == path)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, WalletTableModel::State).data().toString(), QStringLiteral("Locked"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(await(m_wallets->unlock(path, test::realKeystorePassword())).ok);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(row, WalletTableModel::State).data().toString(), QStringLiteral("Unlocked"));
    // Rescans reset the model; the tester checks the reset protocol.
    QSignalSpy reset(m_wallets.get(), &WalletManager::walletsReset);
    m_wallets->rescan();
    QVERIFY(reset.wait(10000));
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestWalletManager)
#include "tst_wallet_manager.moc"
