#include "dialogs/create_wallet_dialog.h"

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
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; background: #fdecea; border: "
                                                   "1px solid #e6a5a0; border-radius: 4px; padding: 6px; }"));
    for (const QString& folder : folders)
        m_ui->folderCombo->addItem(folder);
    if (folders.isEmpty())
        m_ui->folderCombo->addItem(QDir::home().filePath(QStringLiteral(".aitbc/keystore")));
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
    if (m_ui->passwordEdit->text().isEmpty())
        return showError(tr("Choose a password."));
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
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

} // namespace aitbc::gui
