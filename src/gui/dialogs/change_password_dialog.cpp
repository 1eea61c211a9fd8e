#include "dialogs/change_password_dialog.h"

#include "common/message_widget.h"
#include "common/password_strength.h"
#include "common/safe_text.h"
#include "secrets/secret_store.h"
#include "settings/app_settings.h"
#include "state/wallet_manager.h"
#include "ui_changepassworddialog.h"
#include "util/when_finished.h"

#include <QPushButton>

#include <openssl/crypto.h>

namespace aitbc::gui {

ChangePasswordDialog::ChangePasswordDialog(WalletManager* wallets, SecretStore* secrets,
                                           AppSettings* settings, const WalletEntry& wallet, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ChangePasswordDialog)
    , m_wallets(wallets)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_wallet(wallet) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Change Password"));
    m_ui->titleLabel->setText(tr("New password for wallet \u201c%1\u201d").arg(wallet.name));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->errorMessage->setKind(MessageWidget::Error);
    auto* meter = new PasswordStrengthMeter(this);
    meter->setObjectName(QStringLiteral("strengthMeter"));
    m_ui->form->insertRow(2, QString(), meter);
    m_ui->newEdit->setToolTip(tr("At least %n character(s). Anyone with a copy of the keystore file can try "
                                 "passwords offline, so length matters most.",
                                 nullptr, kMinimumPasswordLength));
    connect(m_ui->newEdit, &QLineEdit::textChanged, meter, &PasswordStrengthMeter::setPassword);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    connect(this, &QDialog::finished, this, &ChangePasswordDialog::wipeAll);
    m_ui->oldEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() {
    wipeAll();
}

void ChangePasswordDialog::wipeAll() {
    wipeLineEdit(m_ui->oldEdit);
    wipeLineEdit(m_ui->newEdit);
    wipeLineEdit(m_ui->repeatEdit);
}

void ChangePasswordDialog::submit() {
    if (const QString problem = passwordProblem(m_ui->newEdit->text()); !problem.isEmpty()) {
        showError(problem);
        m_ui->newEdit->selectAll();
        m_ui->newEdit->setFocus();
        return;
    }
    if (m_ui->newEdit->text() != m_ui->repeatEdit->text()) {
        showError(tr("The two new passwords differ."));
        m_ui->repeatEdit->selectAll();
        m_ui->repeatEdit->setFocus();
        return;
    }
    if (!m_wallets)
        return;
    setBusy(true);
    util::whenFinished(this,
                       m_wallets->changePassword(m_wallet.path, m_ui->oldEdit->text().toUtf8(),
                                                 m_ui->newEdit->text().toUtf8()),
                       [this](std::optional<WalletOperationResult> answer) {
                           const WalletOperationResult result =
                               answer.value_or(WalletOperationResult::interrupted());
                           setBusy(false);
                           if (!result.ok) {
                               showError(result.errorKind == keystore::ErrorKind::WrongPassword
                                             ? tr("The current password is wrong.")
                                             : result.message);
                               m_ui->oldEdit->selectAll();
                               m_ui->oldEdit->setFocus();
                               emit attemptFinished(false);
                               return;
                           }
                           if (m_secrets && m_settings && m_settings->isRemembered(m_wallet.address())) {
                               QByteArray bytes = m_ui->newEdit->text().toUtf8();
                               m_secrets->write(walletSecretKey(m_wallet.address()), bytes,
                                                [](SecretStatus, const QString&) {});
                               OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
                           }
                           emit attemptFinished(true);
                           accept();
                       });
}

void ChangePasswordDialog::setBusy(bool busy) {
    m_ui->oldEdit->setEnabled(!busy);
    m_ui->newEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->busyBar->setVisible(busy);
}

void ChangePasswordDialog::showError(const QString& message) {
    m_ui->errorMessage->showMessage(message, MessageWidget::Error);
}

} // namespace aitbc::gui
