#include "dialogs/profile_editor.h"

#include "dialogs/connection_test.h"
#include "ui_profileeditor.h"

#include "address/address_check.h"
#include "common/message_widget.h"

#include "chain/safe_url.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace aitbc::gui {

ProfileEditor::ProfileEditor(const chain::NodeProfile& profile, const QStringList& takenNames,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfileEditor)
    , m_original(profile)
    , m_taken(takenNames) {
    m_ui->setupUi(this);
    setWindowTitle(profile.name.isEmpty() ? tr("Add Node") : tr("Edit Node"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->roleCombo->addItem(tr("Leader (proposer)"), int(chain::NodeProfile::Role::Leader));
    m_ui->roleCombo->addItem(tr("Follower"), int(chain::NodeProfile::Role::Follower));
    m_ui->errorMessage->setKind(MessageWidget::Error);

    m_ui->nameEdit->setText(profile.name);
    m_ui->rpcEdit->setText(profile.rpcUrl);
    m_ui->dbEdit->setText(profile.chainDbPath);
    m_ui->chainEdit->setText(profile.chainId);
    m_ui->agentEdit->setText(profile.agentAddress);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(profile.role)));

    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose chain.db"), m_ui->dbEdit->text(),
                                                          tr("SQLite databases (*.db);;All files (*)"));
        if (!path.isEmpty())
            m_ui->dbEdit->setText(path);
    });
    // Test Connection: asks the node as currently entered, so a wrong port shows before saving.
    auto* testButton = m_ui->buttonBox->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("testConnectionButton"));
    auto* testResult = new QLabel(this);
    testResult->setObjectName(QStringLiteral("connectionLabel"));
    testResult->setWordWrap(true);
    testResult->setTextFormat(Qt::PlainText);
    testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testResult->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), testResult);
    auto* tester = new ConnectionTest(this);
    connect(testButton, &QPushButton::clicked, this, [this, tester, testButton, testResult] {
        chain::NodeProfile p = this->profile();
        if (p.name.isEmpty())
            p.name = QStringLiteral("test"); // the name plays no part in reaching the node
        testButton->setEnabled(false);
        testResult->setText(tr("Testing…"));
        testResult->show();
        tester->start(p);
    });
    connect(tester, &ConnectionTest::finished, this, [testButton, testResult](bool ok, const QString& text) {
        testButton->setEnabled(true);
        testResult->setText(text);
        testResult->setProperty("ok", ok);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
}

ProfileEditor::~ProfileEditor() = default;

chain::NodeProfile ProfileEditor::profile() const {
    chain::NodeProfile p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.rpcUrl = m_ui->rpcEdit->text().trimmed();
    p.chainDbPath = m_ui->dbEdit->text().trimmed();
    p.chainId = m_ui->chainEdit->text().trimmed();
    p.agentAddress = m_ui->agentEdit->text().trimmed();
    p.role = chain::NodeProfile::Role(m_ui->roleCombo->currentData().toInt());
    return p;
}

QString ProfileEditor::validationError() const {
    const chain::NodeProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the node a name.");
    if (m_taken.contains(p.name))
        return tr("Another node is already called \u201c%1\u201d.").arg(p.name);
    if (p.rpcUrl.isEmpty() && p.chainDbPath.isEmpty())
        return tr("Enter an RPC URL, a chain.db path, or both.");
    if (chain::hasUserInfo(p.rpcUrl))
        return tr("Remove the user name and password from the RPC URL: AITBC nodes take none, and "
                  "they would be stored in the settings file.");
    if (!p.rpcUrl.isEmpty()) {
        const QUrl url(p.rpcUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return tr("The RPC URL must look like http://host:port.");
    }
    if (!p.agentAddress.isEmpty() && !address::isAitbcAddress(p.agentAddress))
        return tr("The agent address must be an AITBC address (ait1 and 40 hex digits, or a 62-character "
                  "bech32 address).");
    return chain::profileProblem(p);
}

void ProfileEditor::accept() {
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_ui->errorMessage->showMessage(error, MessageWidget::Error);
        return;
    }
    QDialog::accept();
}

} // namespace aitbc::gui
