#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QPointer>

namespace aitbc::gui {

class NodeRegistry;
struct NodeStatus;

/// Live table of the node profiles: reachable, protocol, height, head hash and age, mempool size and
/// the last error. Follows NodeRegistry's signals (row inserts/removes, dataChanged per refresh);
/// `refreshAges()` re-renders the age column as time passes.
class NodeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Role, Status, Protocol, Height, HeadHash, HeadAge, Mempool, LastError, ColumnCount };
    enum DataRole {
        SortRole = Qt::UserRole + 1,
        ProfileNameRole,
        SelectedRole, ///< bool: the node the status bar and balances use
        WarningRole,  ///< bool: reachable but not to be read from (holds blocks without transactions)
    };

    /// What a node that lacks transactions breaks and what to do, for tooltips and details.
    static QString lacksTransactionsText(const NodeStatus& status);
    /// The status of a node known from its agent's reports, with the age of the last one ("Via agent
    /// (report 42 s old)").
    static QString agentStatusText(const NodeStatus& status, const QDateTime& now);

    explicit NodeTableModel(NodeRegistry* nodes, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Emits dataChanged for the age column (call once a second).
    void refreshAges();
    /// Clock used for ages; tests can pin it. Invalid = the real clock.
    void setNow(const QDateTime& now) { m_now = now; }

private:
    enum IconId { IconUnknown, IconOk, IconError, IconWarning, IconLeader, IconFollower };
    QIcon icon(IconId id) const;
    QVariant display(int row, int column) const;
    QDateTime now() const;
    QPointer<NodeRegistry> m_nodes;
    QDateTime m_now;
    mutable QList<QIcon> m_icons;
};

} // namespace aitbc::gui
