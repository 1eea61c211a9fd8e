#include "dialogs/create_wallet_dialog.h"

#include "common/message_widget.h"
#include "common/password_strength.h"
#include "common/safe_text.h"
#include "state/wallet_manager.h"
#include "ui_createwalletdialog.h"
#include "util/when_finished.h"

#include <QDir>
#include <QPushButton>

namespace aitbc::gui {

CreateWalletDialog::CreateWalletDialog(WalletManager* wallets, const QStringList& folders, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CreateWalletDialog)
    , m_wallets(wallets) {
    m_ui->setupUi(this);
    setWindowTitle(tr("New Wallet"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->errorMessage->setKind(MessageWidget::Error);
    for (const QString& folder : folders)
        m_ui->folderCombo->addItem(folder);
    if (folders.isEmpty())
        m_ui->folderCombo->addItem(QDir::home().filePath(QStringLiteral(".aitbc/keystore")));
    auto* meter = new PasswordStrengthMeter(this);
    meter->setObjectName(QStringLiteral("strengthMeter"));
    m_ui->form->insertRow(3, QString(), meter);
    m_ui->passwordEdit->setToolTip(tr("At least %n character(s). Anyone with a copy of the keystore file can "
                                      "try passwords offline, so length matters most.",
                                      nullptr, kMinimumPasswordLength));
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, meter, &PasswordStrengthMeter::setPassword);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateWalletDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateWalletDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        wipeLineEdit(m_ui->passwordEdit);
        wipeLineEdit(m_ui->repeatEdit);
    });
    m_ui->nameEdit->setFocus();
}

CreateWalletDialog::~CreateWalletDialog() {
    wipeLineEdit(m_ui->passwordEdit);
    wipeLineEdit(m_ui->repeatEdit);
}

void CreateWalletDialog::submit() {
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString folder = m_ui->folderCombo->currentText().trimmed();
    if (name.isEmpty())
        return showError(tr("Give the wallet a name."));
    if (const QString problem = passwordProblem(m_ui->passwordEdit->text()); !problem.isEmpty()) {
        showError(problem);
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        showError(tr("The two passwords differ."));
        m_ui->repeatEdit->selectAll();
        m_ui->repeatEdit->setFocus();
        return;
    }
    if (!m_wallets)
        return;
    setBusy(true);
    util::whenFinished(this, m_wallets->createWallet(folder, name, m_ui->passwordEdit->text().toUtf8()),
                       [this, folder](std::optional<WalletOperationResult> answer) {
                           const WalletOperationResult result =
                               answer.value_or(WalletOperationResult::interrupted());
                           setBusy(false);
                           emit attemptFinished(result.ok);
                           if (!result.ok)
                               return showError(result.message);
                           m_createdPath = result.path;
                           if (m_wallets && !m_wallets->sources().contains(QDir::cleanPath(folder)))
                               m_wallets->addSource(folder);
                           accept();
                       });
}

void CreateWalletDialog::setBusy(bool busy) {
    m_ui->folderCombo->setEnabled(!busy);
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->busyBar->setVisible(busy);
}

void CreateWalletDialog::showError(const QString& message) {
    m_ui->errorMessage->showMessage(message, MessageWidget::Error);
}

} // namespace aitbc::gui
