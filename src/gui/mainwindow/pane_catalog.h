#pragma once

namespace aitbc::gui {

class AppContext;
class MainWindow;

/// Adds the dashboard's panes in sidebar order: Wallets, Nodes, Messages, Sync.
void addDefaultPanes(MainWindow* window, AppContext* context);

} // namespace aitbc::gui
