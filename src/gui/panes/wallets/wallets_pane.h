#pragma once

#include <QWidget>

#include <memory>

class QMenu;
class QAction;
class QSortFilterProxyModel;

namespace Ui {
class WalletsPane;
}

namespace aitbc::gui {

class AppContext;
class WalletTableModel;
struct WalletEntry;
class MessageWidget;

/// The wallets pane: keystore sources (the AITBC default folder when readable, plus folders and files
/// the user adds), a table of the keystores with balance and nonce from the selected node, and the
/// actions unlock, lock now, copy address, change password and create.
class WalletsPane : public QWidget {
    Q_OBJECT
public:
    explicit WalletsPane(AppContext* context, QWidget* parent = nullptr);
    ~WalletsPane() override;

    /// Adds the pane's actions (New Wallet, Unlock, Copy Address, Add Folder) to `menu`.
    void addActionsTo(QMenu* menu);
    WalletTableModel* model() const { return m_model; }

    /// Opens the unlock dialog for the wallet at `path` (non-modal, deletes itself when closed).
    void unlockWallet(const QString& path);

    /// The pane's notice line (backup step, password changed, idle lock countdown).
    MessageWidget* notice() const { return m_notice; }
    /// Shown instead of a blank table when no keystore was found, with actions to get one.
    MessageWidget* emptyState() const { return m_empty; }
    /// The idle lock's countdown, then what it did.
    MessageWidget* idleNotice() const { return m_idleNotice; }
    /// Path of the keystore of the selected row, empty when none is selected.
    QString selectedPath() const;
    /// Opens the New Wallet dialog; returns it (non-modal, deletes itself when closed).
    QDialog* createWallet();
    /// Opens the Change Password dialog for the selected wallet, or returns nullptr.
    QDialog* changePassword();
    /// Asks for a folder of keystores and adds it (also the Messages pane's empty-state action).
    void addFolder();

signals:
    /// The user asked to try the demo from the empty state; the main window relaunches with --demo.
    void demoRequested();

private:
    const WalletEntry* selectedWallet() const;
    void updateActions();
    void rebuildSources();
    void addFile();
    void removeSource();
    void copyAddress();
    void selectPath(const QString& path);
    void showBackupStep(const QString& path);
    void updateEmptyState();
    void updateNodeHint();
    void resizeColumns();

    std::unique_ptr<Ui::WalletsPane> m_ui;
    AppContext* m_context;
    WalletTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    MessageWidget* m_notice;
    MessageWidget* m_empty;
    MessageWidget* m_idleNotice;
    QAction* m_copyPathAction;
    QAction* m_openFolderAction;
    QString m_pendingSelection; ///< a created keystore to select once the rescan lists it
    QString m_backupPath;
};

} // namespace aitbc::gui
