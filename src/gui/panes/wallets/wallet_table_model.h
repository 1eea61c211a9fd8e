#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace aitbc::gui {

class WalletManager;

/// Table of the keystores WalletManager found: name, address, layout, locked/unlocked, and balance and
/// nonce on the selected node. Read-only; follows WalletManager's signals (resets on rescans,
/// dataChanged for single wallets).
class WalletTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Address, Layout, State, Balance, Nonce, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value for sorting (numbers as numbers)
        PathRole,                    ///< keystore file path
        AddressRole,                 ///< address, verbatim
        UnlockedRole,                ///< bool
        ReadableRole,                ///< bool: the file is a keystore we understand
    };

    explicit WalletTableModel(WalletManager* wallets, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QPointer<WalletManager> m_wallets;
};

} // namespace aitbc::gui
