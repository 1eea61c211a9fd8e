#pragma once

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace aitbc::gui {

class AppSettings;

/// Preferences: UI language (system or an override), idle lock time, node refresh interval, which
/// notifications are shown, when a node counts as behind, and whether closing keeps it in the tray.
/// Writes to AppSettings only when accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void addNotificationSettings();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings* m_settings;
    QHash<QString, QCheckBox*> m_notify; ///< by notificationKindKey
    QSpinBox* m_behindSpin = nullptr;
    QCheckBox* m_closeToTray = nullptr;
};

} // namespace aitbc::gui
