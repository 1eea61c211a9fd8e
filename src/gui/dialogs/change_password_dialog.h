#pragma once

#include "state/wallet_entry.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace aitbc::gui {

class AppSettings;
class SecretStore;
class WalletManager;

/// Re-encrypts a keystore under a new password (WalletManager::changePassword, off the GUI thread).
/// A wrong current password shows an inline error and selects that field. When the password was
/// remembered in the keychain, the remembered copy is replaced with the new one.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(WalletManager* wallets, SecretStore* secrets, AppSettings* settings,
                         const WalletEntry& wallet, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

signals:
    void attemptFinished(bool ok);

private:
    void submit();
    void setBusy(bool busy);
    void showError(const QString& message);
    void wipeAll();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    QPointer<WalletManager> m_wallets;
    QPointer<SecretStore> m_secrets;
    AppSettings* m_settings;
    WalletEntry m_wallet;
};

} // namespace aitbc::gui
