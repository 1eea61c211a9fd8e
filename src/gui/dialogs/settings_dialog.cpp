#include "dialogs/settings_dialog.h"

#include "settings/app_settings.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

namespace aitbc::gui {

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Language names are shown in their own language, so a user can find theirs whatever is active.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int index = m_ui->languageCombo->findData(m_settings->language());
    m_ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_ui->idleSpin->setSuffix(tr(" min"));
    m_ui->idleSpin->setSpecialValueText(tr("Never"));
    m_ui->idleSpin->setValue(m_settings->idleLockMinutes());
    m_ui->refreshSpin->setSuffix(tr(" s"));
    m_ui->refreshSpin->setValue(m_settings->refreshIntervalSeconds());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    m_settings->setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings->setIdleLockMinutes(m_ui->idleSpin->value());
    m_settings->setRefreshIntervalSeconds(m_ui->refreshSpin->value());
    m_settings->sync();
    QDialog::accept();
}

} // namespace aitbc::gui
