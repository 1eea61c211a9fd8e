#pragma once

#include <QString>

class QWidget;

namespace aitbc::gui {

/// The keyboard shortcuts of the dashboard, one per line ("Ctrl+F  Search the open conversation"), in
/// the platform's notation, and where the README's walkthrough is.
QString shortcutsHelpText();
/// Shows shortcutsHelpText() in a dialog over `parent`.
void showShortcutsHelp(QWidget* parent);

} // namespace aitbc::gui
