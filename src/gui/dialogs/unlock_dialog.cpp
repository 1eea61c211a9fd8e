#include "dialogs/unlock_dialog.h"

#include "common/logging.h"
#include "common/message_widget.h"
#include "common/safe_text.h"
#include "secrets/secret_store.h"
#include "settings/app_settings.h"
#include "state/wallet_manager.h"
#include "ui_unlockdialog.h"
#include "util/when_finished.h"

#include <QKeyEvent>
#include <QPushButton>

#include <openssl/crypto.h>

namespace aitbc::gui {

UnlockDialog::UnlockDialog(WalletManager* wallets, SecretStore* secrets, AppSettings* settings,
                           const WalletEntry& wallet, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::UnlockDialog)
    , m_wallets(wallets)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_wallet(wallet) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Unlock Wallet"));
    m_ui->titleLabel->setText(tr("Enter the password of wallet \u201c%1\u201d.").arg(wallet.name));
    m_ui->addressLabel->setText(wallet.address());
    m_ui->addressLabel->setToolTip(wallet.path);
    QFont mono = m_ui->addressLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->addressLabel->setFont(mono);
    m_ui->errorMessage->setKind(MessageWidget::Error);
    m_ui->infoMessage->setKind(MessageWidget::Information);
    m_ui->capsLockMessage->setKind(MessageWidget::Warning);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->showPasswordButton->setIcon(QIcon(QStringLiteral(":/icons/eye.svg")));
    setPasswordVisible(false);

    const bool keychainOffered = m_secrets && m_settings;
    m_ui->rememberCheck->setVisible(keychainOffered);
    if (keychainOffered)
        m_ui->rememberCheck->setChecked(m_settings->isRemembered(wallet.address()));

    m_ui->passwordEdit->installEventFilter(this);
    connect(m_ui->showPasswordButton, &QToolButton::toggled, this, &UnlockDialog::setPasswordVisible);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(this, &QDialog::finished, this, [this] { wipeLineEdit(m_ui->passwordEdit); });
    m_ui->passwordEdit->setFocus();
}

UnlockDialog::~UnlockDialog() {
    wipeLineEdit(m_ui->passwordEdit);
}

void UnlockDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!m_triedKeychain)
        tryRememberedPassword();
}

bool UnlockDialog::capsLockWarningShown() const {
    return !m_ui->capsLockMessage->isHidden();
}

void UnlockDialog::tryRememberedPassword() {
    m_triedKeychain = true;
    if (!m_secrets || !m_settings || !m_settings->isRemembered(m_wallet.address()))
        return;
    setBusy(true);
    m_secrets->read(walletSecretKey(m_wallet.address()),
                    [self = QPointer<UnlockDialog>(this)](SecretStatus status, crypto::SecureBytes secret,
                                                          const QString& message) {
                        if (!self)
                            return;
                        if (status == SecretStatus::Ok) {
                            self->runUnlock(secret.view().toByteArray(), true);
                            return;
                        }
                        self->setBusy(false);
                        if (status == SecretStatus::Unavailable) {
                            if (!self->m_settings->keychainUnavailableNotified()) {
                                self->showInfo(tr("The system keychain is not available, so the remembered "
                                                  "password cannot be read. Please enter it."));
                                self->m_settings->setKeychainUnavailableNotified(true);
                            }
                        } else if (status == SecretStatus::Failed) {
                            self->showInfo(tr("The system keychain refused access: %1").arg(message));
                        }
                        self->m_ui->passwordEdit->setFocus();
                    });
}

void UnlockDialog::submit() {
    if (m_busy)
        return;
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter the wallet's password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    runUnlock(m_ui->passwordEdit->text().toUtf8(), false);
}

void UnlockDialog::runUnlock(QByteArray password, bool fromKeychain) {
    if (!m_wallets)
        return;
    setBusy(true);
    m_ui->errorMessage->hideMessage();
    util::whenFinished(
        this, m_wallets->unlock(m_wallet.path, std::move(password)),
        [this, fromKeychain](std::optional<WalletOperationResult> answer) {
            const WalletOperationResult result = answer.value_or(WalletOperationResult::interrupted());
            if (result.ok) {
                onUnlocked();
                return;
            }
            if (fromKeychain && result.errorKind == keystore::ErrorKind::WrongPassword) {
                onFailed(tr("The password remembered in the keychain no longer opens this wallet. Please "
                            "enter the current password."));
                return;
            }
            onFailed(result.errorKind == keystore::ErrorKind::WrongPassword
                         ? tr("Wrong password. Please try again.")
                         : result.message);
        });
}

void UnlockDialog::onUnlocked() {
    const bool offered = m_secrets && m_settings;
    const bool remember = offered && m_ui->rememberCheck->isChecked();
    const bool wasRemembered = offered && m_settings->isRemembered(m_wallet.address());
    const QString typed = m_ui->passwordEdit->text();
    if (remember && !typed.isEmpty()) {
        // Store what the user typed (a keychain-sourced unlock leaves the field empty: nothing changes).
        QByteArray bytes = typed.toUtf8();
        m_secrets->write(walletSecretKey(m_wallet.address()), bytes,
                         [self = QPointer<UnlockDialog>(this)](SecretStatus status, const QString&) {
                             if (!self)
                                 return;
                             if (status == SecretStatus::Ok) {
                                 self->m_settings->setRemembered(self->m_wallet.address(), true);
                             } else if (status == SecretStatus::Unavailable &&
                                        !self->m_settings->keychainUnavailableNotified()) {
                                 self->m_settings->setKeychainUnavailableNotified(true);
                                 self->m_settings->setRemembered(self->m_wallet.address(), false);
                                 self->setBusy(false);
                                 self->showInfo(tr("The wallet is unlocked, but the system keychain is not "
                                                   "available, so the password was not remembered."));
                                 self->m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
                                 self->m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
                                 connect(self->m_ui->buttonBox, &QDialogButtonBox::rejected, self.data(),
                                         &UnlockDialog::finish);
                                 emit self->attemptFinished(true);
                                 return;
                             }
                             emit self->attemptFinished(true);
                             if (self)
                                 self->finish();
                         });
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
        wipeLineEdit(m_ui->passwordEdit);
        return;
    }
    if (offered && !remember && wasRemembered) {
        m_settings->setRemembered(m_wallet.address(), false);
        m_secrets->remove(walletSecretKey(m_wallet.address()), [](SecretStatus, const QString&) {});
    }
    wipeLineEdit(m_ui->passwordEdit);
    emit attemptFinished(true);
    finish();
}

void UnlockDialog::finish() {
    setBusy(false);
    accept();
}

void UnlockDialog::onFailed(const QString& message) {
    setBusy(false);
    showError(message);
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
    emit attemptFinished(false);
}

void UnlockDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->showPasswordButton->setEnabled(!busy);
    m_ui->rememberCheck->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->busyBar->setVisible(busy);
}

void UnlockDialog::showError(const QString& message) {
    m_ui->errorMessage->showMessage(message, MessageWidget::Error);
}

void UnlockDialog::showInfo(const QString& message) {
    m_ui->infoMessage->showMessage(message, MessageWidget::Information);
}

void UnlockDialog::setPasswordVisible(bool visible) {
    m_ui->passwordEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    const QString label = visible ? tr("Hide password") : tr("Show password");
    m_ui->showPasswordButton->setToolTip(label);
    m_ui->showPasswordButton->setAccessibleName(label);
    m_ui->showPasswordButton->setIcon(
        QIcon(visible ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
}

void UnlockDialog::updateCapsLock(bool on) {
    m_ui->capsLockMessage->setText(tr("Caps Lock is on."));
    m_ui->capsLockMessage->setVisible(on);
}

bool UnlockDialog::eventFilter(QObject* watched, QEvent* event) {
    // Qt has no portable Caps Lock query: infer it from typed letters, as a letter's case that does
    // not match the Shift state means Caps Lock is on.
    if (watched == m_ui->passwordEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).isUpper() != text.at(0).isLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            updateCapsLock(text.at(0).isUpper() != shift);
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace aitbc::gui
