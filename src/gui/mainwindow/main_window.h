#pragma once

#include <QIcon>
#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace aitbc::gui {

class AppContext;

/// The dashboard window. It only hosts panes: a sidebar on the left, the current pane on the right,
/// menus with keyboard shortcuts and a status bar with the selected node's height and health. Window
/// geometry, state and the current pane are remembered in AppSettings.
///
/// Plugging in a pane (messages, sync, ...):
///   `window->addPane("messages", tr("Messages"), QIcon(":/icons/messages.svg"), new MessagesPane(ctx));`
/// adds a sidebar entry and a View-menu action (Ctrl+1..9 in order). Panes get the shared state through
/// the AppContext given to their constructor.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a pane; the window takes ownership of `widget`. Returns false when `id` is taken, and then
    /// `widget` stays the caller's.
    bool addPane(const QString& id, const QString& title, const QIcon& icon, QWidget* widget);
    /// Shows pane `id`; false for unknown ids.
    bool showPane(const QString& id);
    QString currentPaneId() const;
    QWidget* pane(const QString& id) const;
    QStringList paneIds() const { return m_ids; }

    /// The "Wallet" menu, for panes that add actions to it.
    QMenu* walletMenu() const { return m_walletMenu; }
    AppContext* context() const { return m_context; }

    /// Restores geometry, window state and the last pane from settings.
    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void updateStatusBar();
    void rebuildNodeSelector();
    void openSettings();
    void showAbout();
    void retranslate();

    AppContext* m_context;
    bool m_quitting = false; ///< File > Quit: close for real even with close-to-tray on
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStringList m_ids;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_walletMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QActionGroup* m_paneActions = nullptr;
    QComboBox* m_nodeSelector = nullptr;
    QLabel* m_nodeLabel = nullptr;
    QLabel* m_heightLabel = nullptr;
    QLabel* m_healthIcon = nullptr;
    QLabel* m_healthLabel = nullptr;
    QLabel* m_walletsLabel = nullptr;
    bool m_updatingSelector = false;
};

} // namespace aitbc::gui
