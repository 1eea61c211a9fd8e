#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace aitbc::gui {

class AppSettings;

/// Preferences: UI language (system or an override), idle lock time, node refresh interval.
/// Writes to AppSettings only when accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings* m_settings;
};

} // namespace aitbc::gui
