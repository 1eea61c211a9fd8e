#include "panes/nodes/node_table_model.h"

#include "common/safe_text.h"
#include "common/time_format.h"
#include "messaging/display_text.h"
#include "state/node_registry.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace aitbc::gui {

NodeTableModel::NodeTableModel(NodeRegistry* nodes, QObject* parent)
    : QAbstractTableModel(parent)
    , m_nodes(nodes) {
    connect(nodes, &NodeRegistry::aboutToInsert, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(nodes, &NodeRegistry::inserted, this, &NodeTableModel::endInsertRows);
    connect(nodes, &NodeRegistry::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(nodes, &NodeRegistry::removed, this, &NodeTableModel::endRemoveRows);
    const auto rowChanged = [this](int row) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    connect(nodes, &NodeRegistry::profileChanged, this, rowChanged);
    connect(nodes, &NodeRegistry::statusChanged, this, rowChanged);
    connect(nodes, &NodeRegistry::selectedChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

QIcon NodeTableModel::icon(IconId id) const {
    // Built once per model: every new QIcon made from an SVG file parses the file again when painted
    // or measured, and a table of fifty nodes does both on every status change; one instance keeps its
    // rendered pixmaps.
    if (m_icons.isEmpty()) {
        m_icons = {QIcon(QStringLiteral(":/icons/status-unknown.svg")),
                   QIcon(QStringLiteral(":/icons/status-ok.svg")),
                   QIcon(QStringLiteral(":/icons/status-error.svg")),
                   QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning),
                   QIcon(QStringLiteral(":/icons/node-leader.svg")),
                   QIcon(QStringLiteral(":/icons/node-follower.svg"))};
    }
    return m_icons.at(int(id));
}

QString NodeTableModel::lacksTransactionsText(const NodeStatus& s) {
    return tr("This node holds %n block(s) without their transactions (the first at height %1): balances "
              "and messages read from it are wrong. Read from the leader, or resync this node with its "
              "transactions.",
              nullptr, int(std::min<qint64>(s.blocksWithoutTransactions, std::numeric_limits<int>::max())))
        .arg(s.firstHeightWithoutTransactions);
}

int NodeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_nodes ? 0 : m_nodes->count();
}

int NodeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime NodeTableModel::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void NodeTableModel::refreshAges() {
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, HeadAge), {Qt::DisplayRole});
}

QString NodeTableModel::agentStatusText(const NodeStatus& s, const QDateTime& now) {
    if (!s.reportedAt.isValid())
        return tr("Via agent, no report yet");
    const QString age = tr("report %1 old").arg(formatAge(s.reportedAt.secsTo(now)));
    if (!s.reachable)
        return tr("Via agent, node unreadable (%1)").arg(age);
    if (s.lacksTransactions())
        return tr("Via agent, lacks transactions (%1)").arg(age);
    return tr("Via agent (%1)").arg(age);
}

QVariant NodeTableModel::display(int row, int column) const {
    const auto& p = m_nodes->profile(row);
    const NodeStatus& s = m_nodes->status(row);
    switch (column) {
    case Name:
        return p.name;
    case Role:
        return p.role == chain::NodeProfile::Role::Follower ? tr("Follower") : tr("Leader");
    case Status:
        if (s.viaAgent)
            return agentStatusText(s, now());
        if (!s.probed)
            return tr("Connecting…");
        if (s.reachable && s.lacksTransactions())
            return tr("Reachable, lacks transactions");
        return s.reachable ? tr("Reachable") : tr("Unreachable");
    case Protocol:
        return s.protocol == chain::Protocol::Unknown ? QString() : chain::protocolName(s.protocol);
    case Height:
        return s.height >= 0 ? QLocale().toString(s.height) : QString();
    case HeadHash:
        return s.headHash.isEmpty() ? QString() : messaging::elideMiddle(s.headHash, 10, 6);
    case HeadAge:
        return s.headTime.isValid() ? formatAge(s.headTime.secsTo(now())) : QString();
    case Mempool:
        if (!s.mempoolSupported)
            return tr("n/a");
        return s.mempoolSize >= 0 ? QLocale().toString(s.mempoolSize) : QString();
    case LastError:
        return s.lastError;
    default:
        return {};
    }
}

QVariant NodeTableModel::data(const QModelIndex& index, int role) const {
    if (!m_nodes || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto& p = m_nodes->profile(row);
    const NodeStatus& s = m_nodes->status(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HeadHash:
            return s.headHash;
        case LastError:
            return s.lastErrorTime.isValid()
                       ? tr("%1\n(%2)").arg(s.lastError, formatDateTime(s.lastErrorTime))
                       : QString();
        case HeadAge:
            return s.headTime.isValid() ? QLocale().toString(s.headTime.toLocalTime(), QLocale::LongFormat)
                                        : QString();
        case Status:
            if (s.reachable && s.lacksTransactions())
                return lacksTransactionsText(s);
            if (s.probed && !s.reachable && m_nodes->backoffMs(row) > 0)
                return tr("Does not answer; asked again in %1 s.")
                    .arg((m_nodes->backoffMs(row) + 999) / 1000);
            return {};
        default: {
            QStringList parts;
            if (!p.rpcUrl.isEmpty())
                parts << tr("RPC: %1").arg(p.rpcUrl);
            if (!p.chainDbPath.isEmpty())
                parts << tr("chain.db: %1").arg(p.chainDbPath);
            return parts.join(u'\n');
        }
        }
    case Qt::DecorationRole:
        if (index.column() == Status && s.reachable && s.lacksTransactions())
            return icon(IconWarning);
        if (index.column() == Status)
            return icon(!s.probed ? IconUnknown : s.reachable ? IconOk : IconError);
        if (index.column() == Name)
            return icon(p.role == chain::NodeProfile::Role::Follower ? IconFollower : IconLeader);
        return {};
    case Qt::FontRole:
        if (index.column() == HeadHash)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == Name && p.name == m_nodes->selectedName()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Height || index.column() == Mempool || index.column() == HeadAge)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case Height:
            return s.height;
        case Mempool:
            return s.mempoolSize;
        case HeadAge:
            return s.headTime.isValid() ? s.headTime.secsTo(now()) : std::numeric_limits<qint64>::max();
        default:
            return display(row, index.column());
        }
    case ProfileNameRole:
        return p.name;
    case WarningRole:
        return s.reachable && s.lacksTransactions();
    case SelectedRole:
        return p.name == m_nodes->selectedName();
    default:
        return {};
    }
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Protocol:
        return tr("Protocol");
    case Height:
        return tr("Height");
    case HeadHash:
        return tr("Head hash");
    case HeadAge:
        return tr("Head age");
    case Mempool:
        return tr("Mempool");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace aitbc::gui
