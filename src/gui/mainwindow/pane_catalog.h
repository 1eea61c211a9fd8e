#pragma once

namespace aitbc::gui {

class AppContext;
class MainWindow;

/// Adds the dashboard's panes in sidebar order: Wallets, Nodes, Messages, Sync.
///
/// Messages and Sync are built in their own issues. Each is picked up automatically when its header
/// exists, with this contract:
///   src/gui/panes/messages/messages_pane.h declares
///       QWidget* aitbc::gui::createMessagesPane(AppContext* context, MainWindow* window);
///   src/gui/panes/sync/sync_pane.h declares
///       QWidget* aitbc::gui::createSyncPane(AppContext* context, MainWindow* window);
/// Until then a PlaceholderPane describing the pane takes its place.
void addDefaultPanes(MainWindow* window, AppContext* context);

} // namespace aitbc::gui
