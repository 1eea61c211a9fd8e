#pragma once

#include <QWidget>

#include <memory>

class QMenu;
class QSortFilterProxyModel;

namespace Ui {
class WalletsPane;
}

namespace aitbc::gui {

class AppContext;
class WalletTableModel;
struct WalletEntry;

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

private:
    QString selectedPath() const;
    const WalletEntry* selectedWallet() const;
    void updateActions();
    void rebuildSources();
    void addFolder();
    void addFile();
    void removeSource();
    void createWallet();
    void changePassword();
    void copyAddress();
    void updateNodeHint();
    void resizeColumns();

    std::unique_ptr<Ui::WalletsPane> m_ui;
    AppContext* m_context;
    WalletTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace aitbc::gui
