#pragma once

#include "state/wallet_entry.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace aitbc::gui {

class AppSettings;
class SecretStore;
class WalletManager;

/// Asks for a wallet's password and unlocks it through WalletManager (KeePassXC's
/// DatabaseOpenWidget is the model):
///  - the key derivation runs on the thread pool; meanwhile the form is disabled and a busy bar shows;
///  - a wrong password shows an inline error, selects the typed text and keeps the focus there;
///  - a show/hide toggle, a Caps Lock warning, and an opt-in "remember in the system keychain";
///  - a remembered password is tried first; when no keychain is available the user is told once;
///  - the password field is wiped when the dialog is done with it.
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    /// `secrets` and `settings` may be null (no keychain option then).
    UnlockDialog(WalletManager* wallets, SecretStore* secrets, AppSettings* settings,
                 const WalletEntry& wallet, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    /// Tries the remembered password, if the user chose to remember one; otherwise does nothing.
    /// Called from showEvent; public for tests.
    void tryRememberedPassword();
    /// Whether a key derivation (or keychain lookup) is in progress.
    bool isBusy() const { return m_busy; }
    /// Whether the last key press suggested that Caps Lock is on.
    bool capsLockWarningShown() const;

signals:
    /// Emitted when an attempt ends (also for the remembered password); `ok` = the wallet is unlocked.
    void attemptFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void runUnlock(QByteArray password, bool fromKeychain);
    void onUnlocked();
    void onFailed(const QString& message);
    void setBusy(bool busy);
    void showError(const QString& message);
    void showInfo(const QString& message);
    void setPasswordVisible(bool visible);
    void updateCapsLock(bool on);
    void finish();

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QPointer<WalletManager> m_wallets;
    QPointer<SecretStore> m_secrets;
    AppSettings* m_settings = nullptr;
    WalletEntry m_wallet;
    bool m_busy = false;
    bool m_triedKeychain = false;
};

} // namespace aitbc::gui
