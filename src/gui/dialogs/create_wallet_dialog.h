#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class CreateWalletDialog;
}

namespace aitbc::gui {

class WalletManager;

/// Creates a new keystore (CLI layout, fresh random key) in one of the keystore folders. The key
/// derivation and the file write run through WalletManager off the GUI thread; the form is disabled
/// meanwhile. Passwords are wiped from the fields when the dialog is done.
class CreateWalletDialog : public QDialog {
    Q_OBJECT
public:
    CreateWalletDialog(WalletManager* wallets, const QStringList& folders, QWidget* parent = nullptr);
    ~CreateWalletDialog() override;

    /// Path of the keystore written (after Accepted).
    QString createdPath() const { return m_createdPath; }

signals:
    void attemptFinished(bool ok);

private:
    void submit();
    void setBusy(bool busy);
    void showError(const QString& message);

    std::unique_ptr<Ui::CreateWalletDialog> m_ui;
    QPointer<WalletManager> m_wallets;
    QString m_createdPath;
};

} // namespace aitbc::gui
