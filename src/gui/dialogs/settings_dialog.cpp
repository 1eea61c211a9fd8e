#include "dialogs/settings_dialog.h"

#include "notify/notification.h"
#include "settings/app_settings.h"
#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>

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
    addNotificationSettings();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    m_settings->setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings->setIdleLockMinutes(m_ui->idleSpin->value());
    m_settings->setRefreshIntervalSeconds(m_ui->refreshSpin->value());
    for (auto it = m_notify.cbegin(); it != m_notify.cend(); ++it)
        m_settings->setNotificationEnabled(it.key(), it.value()->isChecked());
    m_settings->setBehindLimitBlocks(m_behindSpin->value());
    m_settings->setCloseToTray(m_closeToTray->isChecked());
    m_settings->sync();
    QDialog::accept();
}

namespace {
QString kindTitle(NotificationKind kind) {
    switch (kind) {
    case NotificationKind::NewMessage:
        return SettingsDialog::tr("A new message");
    case NotificationKind::NodeUnreachable:
        return SettingsDialog::tr("A node unreachable");
    case NotificationKind::NodeBehind:
        return SettingsDialog::tr("A node falling behind");
    case NotificationKind::Fork:
        return SettingsDialog::tr("A fork between nodes");
    case NotificationKind::FollowerMissingTransactions:
        return SettingsDialog::tr("A follower missing transactions");
    case NotificationKind::ResponderBudgetExhausted:
        return SettingsDialog::tr("The responder's fee budget spent");
    }
    return QString();
}
} // namespace

void SettingsDialog::addNotificationSettings() {
    // Built here rather than in the form: one check box per notification kind, kept in step with the enum.
    auto* box = new QGroupBox(tr("Desktop notifications"), this);
    auto* layout = new QFormLayout(box);
    for (NotificationKind kind : allNotificationKinds()) {
        const QString key = notificationKindKey(kind);
        auto* check = new QCheckBox(kindTitle(kind), box);
        check->setObjectName(QStringLiteral("notify_") + key);
        check->setChecked(m_settings->notificationEnabled(key));
        layout->addRow(check);
        m_notify.insert(key, check);
    }
    m_behindSpin = new QSpinBox(box);
    m_behindSpin->setObjectName(QStringLiteral("behindSpin"));
    m_behindSpin->setRange(1, 100000);
    m_behindSpin->setSuffix(tr(" blocks"));
    m_behindSpin->setAccessibleName(tr("Blocks behind before a node counts as behind"));
    m_behindSpin->setValue(m_settings->behindLimitBlocks());
    layout->addRow(tr("A node is &behind after:"), m_behindSpin);
    m_closeToTray =
        new QCheckBox(tr("Closing the window keeps the dashboard and its responder in the &tray"), box);
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTray->setChecked(m_settings->closeToTray());
    layout->addRow(m_closeToTray);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->count() - 1, box);
}

} // namespace aitbc::gui
