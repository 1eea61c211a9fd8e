// The unlock dialog against the real keystores of tests/data: right and wrong passwords, the busy
// state while the key derives, Caps Lock warning, show/hide, and the keychain option with an
// in-memory secret store.

#include "common/message_widget.h"
#include "dialogs/unlock_dialog.h"
#include "gui_test_util.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using namespace aitbc;
using namespace aitbc::gui;

class TestUnlockDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rightPasswordUnlocks();
    void wrongPasswordShowsErrorAndUnlocksNothing();
    void nonAsciiPasswordVector();
    void emptyPasswordIsRefusedWithoutDeriving();
    void capsLockWarning();
    void showHideToggle();
    void rememberStoresInKeychainAndUnlocksNextTime();
    void keychainUnavailableIsToldOnce();

private:
    QLineEdit* edit(UnlockDialog& d) { return d.findChild<QLineEdit*>(QStringLiteral("passwordEdit")); }
    QPushButton* okButton(UnlockDialog& d) {
        return d.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
    const WalletEntry& wallet(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WalletManager> m_wallets;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<AppSettings> m_settings;
};

void TestUnlockDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_wallets = std::make_unique<WalletManager>();
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(test::addSourceAndWait(*m_wallets, test::copyRealKeystores(*m_dir)));
    QCOMPARE(m_wallets->count(), 3);
}

void TestUnlockDialog::cleanup() {
    m_wallets.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

const WalletEntry& TestUnlockDialog::wallet(const QString& name) {
    for (const WalletEntry& w : m_wallets->wallets()) {
        if (w.name == name)
            return w;
    }
    qFatal("no wallet %s", qPrintable(name));
}

void TestUnlockDialog::rightPasswordUnlocks() {
    const WalletEntry alice = wallet(QStringLiteral("alice"));
    UnlockDialog dialog(m_wallets.get(), nullptr, nullptr, alice);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &UnlockDialog::attemptFinished);
    QTest::keyClicks(edit(dialog), QString::fromUtf8(test::realKeystorePassword()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    // The derivation is asynchronous: right after the click the form is locked and busy.
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isBusy());
    QVERIFY(!edit(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("busyBar"))->isVisible());

    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_wallets->isUnlocked(alice.path));
    QVERIFY(m_wallets->isAddressUnlocked(alice.address()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(edit(dialog)->text().isEmpty()); // password cleared after use
    // Only the chosen wallet is unlocked.
    QVERIFY(!m_wallets->isUnlocked(wallet(QStringLiteral("bob")).path));
}

void TestUnlockDialog::wrongPasswordShowsErrorAndUnlocksNothing() {
    const WalletEntry bob = wallet(QStringLiteral("bob"));
    UnlockDialog dialog(m_wallets.get(), nullptr, nullptr, bob);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy finished(&dialog, &UnlockDialog::attemptFinished);
    const QString typed = QStringLiteral("not-the-password");
    QTest::keyClicks(edit(dialog), typed);
    QTest::keyClick(edit(dialog), Qt::Key_Return);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);

    QVERIFY(!m_wallets->anyUnlocked());
    auto* error = dialog.findChild<aitbc::gui::MessageWidget*>(QStringLiteral("errorMessage"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Wrong password")));
    QVERIFY(dialog.isVisible()); // stays open for another try
    QVERIFY(edit(dialog)->isEnabled());
    QCOMPARE(edit(dialog)->selectedText(), typed);
    QVERIFY(edit(dialog)->hasFocus());
    QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("busyBar"))->isVisible());

    // A second try with the right password then works from the same dialog.
    edit(dialog)->setText(QString::fromUtf8(test::realKeystorePassword()));
    QTest::keyClick(edit(dialog), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(m_wallets->isUnlocked(bob.path));
}

void TestUnlockDialog::nonAsciiPasswordVector() {
    // node_keystore_py_keyB.json: password "pässwörd-ÄÖÜ 🔑" (protocol.md §3.2 vectors).
    QVERIFY(test::addSourceAndWait(
        *m_wallets, test::testDataPath(QStringLiteral("vectors/keystores/node_keystore_py_keyB.json"))));
    const WalletEntry keyB = wallet(QStringLiteral("node_keystore_py_keyB"));
    UnlockDialog dialog(m_wallets.get(), nullptr, nullptr, keyB);
    dialog.show();
    QSignalSpy finished(&dialog, &UnlockDialog::attemptFinished);
    edit(dialog)->setText(QString::fromUtf8("pässwörd-ÄÖÜ 🔑"));
    okButton(dialog)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_wallets->isAddressUnlocked(
        QStringLiteral("ait1ep9p7w99e8s3jvmutu5ghz6rwl7fpe34lj3kuzpz49nns93ksxdquj79ss")));
}

void TestUnlockDialog::emptyPasswordIsRefusedWithoutDeriving() {
    UnlockDialog dialog(m_wallets.get(), nullptr, nullptr, wallet(QStringLiteral("alice")));
    dialog.show();
    okButton(dialog)->click();
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.findChild<aitbc::gui::MessageWidget*>(QStringLiteral("errorMessage"))->isVisible());
    QVERIFY(dialog.isVisible());
}

void TestUnlockDialog::capsLockWarning() {
    UnlockDialog dialog(m_wallets.get(), nullptr, nullptr, wallet(QStringLiteral("alice")));
    dialog.show();
    QVERIFY(!dialog.capsLockWarningShown());
    // An upper-case letter without Shift means Caps Lock is on.
    QKeyEvent upper(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
    QApplication::sendEvent(edit(dialog), &upper);
    QVERIFY(dialog.capsLockWarningShown());
    QKeyEvent lower(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
    QApplication::sendEvent(edit(dialog), &lower);
    QVERIFY(!dialog.capsLockWarningShown());
    QKeyEvent shifted(QEvent::KeyPress, Qt::Key_C, Qt::ShiftModifier, QStringLiteral("C"));
    QApplication::sendEvent(edit(dialog), &shifted);
    QVERIFY(!dialog.capsLockWarningShown());
}

void TestUnlockDialog::showHideToggle() {
    UnlockDialog dialog(m_wallets.get(), nullptr, nullptr, wallet(QStringLiteral("alice")));
    auto* toggle = dialog.findChild<QToolButton*>(QStringLiteral("showPasswordButton"));
    QCOMPARE(edit(dialog)->echoMode(), QLineEdit::Password);
    QVERIFY(!toggle->accessibleName().isEmpty());
    toggle->click();
    QCOMPARE(edit(dialog)->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->accessibleName(), QStringLiteral("Hide password"));
    toggle->click();
    QCOMPARE(edit(dialog)->echoMode(), QLineEdit::Password);
}

void TestUnlockDialog::rememberStoresInKeychainAndUnlocksNextTime() {
    const WalletEntry alice = wallet(QStringLiteral("alice"));
    {
        UnlockDialog dialog(m_wallets.get(), m_secrets.get(), m_settings.get(), alice);
        dialog.show();
        QSignalSpy finished(&dialog, &UnlockDialog::attemptFinished);
        dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(true);
        edit(dialog)->setText(QString::fromUtf8(test::realKeystorePassword()));
        okButton(dialog)->click();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QTRY_VERIFY(m_settings->isRemembered(alice.address()));
    }
    QVERIFY(m_secrets->contains(walletSecretKey(alice.address())));
    // The settings file holds the flag, never the password.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(test::realKeystorePassword()));

    m_wallets->lockAll();
    QVERIFY(!m_wallets->isUnlocked(alice.path));
    UnlockDialog again(m_wallets.get(), m_secrets.get(), m_settings.get(), alice);
    QSignalSpy finished(&again, &UnlockDialog::attemptFinished);
    again.show(); // tries the remembered password without any typing
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_wallets->isUnlocked(alice.path));
}

void TestUnlockDialog::keychainUnavailableIsToldOnce() {
    const WalletEntry alice = wallet(QStringLiteral("alice"));
    m_settings->setRemembered(alice.address(), true);
    m_secrets->setAvailable(false);
    {
        UnlockDialog dialog(m_wallets.get(), m_secrets.get(), m_settings.get(), alice);
        dialog.show();
        auto* info = dialog.findChild<aitbc::gui::MessageWidget*>(QStringLiteral("infoMessage"));
        QTRY_VERIFY(info->isVisible());
        QVERIFY(!dialog.isBusy());
        QVERIFY(edit(dialog)->isEnabled()); // simply asked for the password
        QVERIFY(m_settings->keychainUnavailableNotified());
    }
    UnlockDialog second(m_wallets.get(), m_secrets.get(), m_settings.get(), alice);
    second.show();
    QVERIFY(second.isBusy()); // asking the keychain, which answers from the event loop
    // The answer ends the busy state and decides about the notice in the same step.
    QTRY_VERIFY(!second.isBusy());
    QVERIFY(!second.findChild<aitbc::gui::MessageWidget*>(QStringLiteral("infoMessage"))->isVisible());
    QVERIFY(!m_wallets->anyUnlocked());
}

QTEST_MAIN(TestUnlockDialog)
#include "tst_unlock_dialog.moc"
