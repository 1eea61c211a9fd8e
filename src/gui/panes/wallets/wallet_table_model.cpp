#include "panes/wallets/wallet_table_model.h"

#include "common/safe_text.h"
#include "state/wallet_manager.h"

#include <QFontDatabase>
#include <QIcon>

namespace aitbc::gui {

WalletTableModel::WalletTableModel(WalletManager* wallets, QObject* parent)
    : QAbstractTableModel(parent)
    , m_wallets(wallets) {
    connect(wallets, &WalletManager::walletsAboutToReset, this, &WalletTableModel::beginResetModel);
    connect(wallets, &WalletManager::walletsReset, this, &WalletTableModel::endResetModel);
    connect(wallets, &WalletManager::walletChanged, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int WalletTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_wallets ? 0 : m_wallets->count();
}

int WalletTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletTableModel::display(int row, int column) const {
    const WalletEntry& w = m_wallets->wallets()[row];
    switch (column) {
    case Name:
        return w.name;
    case Address:
        return w.readable ? w.address() : QVariant();
    case Layout:
        return w.readable ? keystore::layoutName(w.info.layout) : tr("unreadable");
    case State:
        if (!w.readable)
            return tr("Error");
        if (w.unlocked && m_wallets->isIdleLockExempt(w.path))
            return tr("Unlocked (demo)");
        return w.unlocked ? tr("Unlocked") : tr("Locked");
    case Balance:
        if (!w.readable || !w.accountLoaded)
            return w.readable ? QStringLiteral("…") : QString();
        if (!w.accountError.isEmpty())
            return tr("unavailable");
        // REF keeps balances in whole AIT (protocol.md, account table).
        return tr("%1 AIT").arg(formatAmount(w.account.balance));
    case Nonce:
        if (!w.readable || !w.accountLoaded || !w.accountError.isEmpty())
            return QVariant();
        return QLocale().toString(w.account.nonce);
    default:
        return {};
    }
}

QVariant WalletTableModel::data(const QModelIndex& index, int role) const {
    if (!m_wallets || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WalletEntry& w = m_wallets->wallets()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (!w.readable)
            return tr("%1\n%2").arg(w.path, w.error);
        if (index.column() == Balance && !w.accountError.isEmpty())
            return w.accountError;
        if (index.column() == State && w.unlocked && m_wallets->isIdleLockExempt(w.path))
            return tr("The demo's agent signs with this wallet in the background, so the idle lock leaves it "
                      "unlocked. Lock Now still locks it.");
        if (index.column() == Balance && w.accountLoaded && !w.account.exists)
            return tr("No account on this node yet: balance 0, the address cannot send.");
        return w.path;
    case Qt::DecorationRole:
        if (index.column() == State)
            return QIcon(!w.readable  ? QStringLiteral(":/icons/status-error.svg")
                         : w.unlocked ? QStringLiteral(":/icons/unlock.svg")
                                      : QStringLiteral(":/icons/lock.svg"));
        if (index.column() == Name)
            return QIcon(QStringLiteral(":/icons/wallet.svg"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Balance || index.column() == Nonce)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Address)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        switch (index.column()) {
        case Balance:
            return w.accountLoaded && w.accountError.isEmpty() ? QVariant(w.account.balance) : QVariant(-1LL);
        case Nonce:
            return w.accountLoaded && w.accountError.isEmpty() ? QVariant(w.account.nonce) : QVariant(-1LL);
        case State:
            return w.unlocked ? 1 : 0;
        default:
            return display(index.row(), index.column());
        }
    case PathRole:
        return w.path;
    case AddressRole:
        return w.address();
    case UnlockedRole:
        return w.unlocked;
    case ReadableRole:
        return w.readable;
    default:
        return {};
    }
}

QVariant WalletTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Layout:
        return tr("Layout");
    case State:
        return tr("State");
    case Balance:
        return tr("Balance");
    case Nonce:
        return tr("Next nonce");
    default:
        return {};
    }
}

} // namespace aitbc::gui
