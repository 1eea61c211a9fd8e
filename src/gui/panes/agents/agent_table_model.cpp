#include "panes/agents/agent_table_model.h"

#include "common/time_format.h"
#include "messaging/display_text.h"

namespace aitbc::gui {

AgentTableModel::AgentTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AgentTableModel::setAgents(const QList<messaging::AgentEntry>& agents) {
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

int AgentTableModel::rowOf(const QString& address) const {
    for (int i = 0; i < m_agents.size(); ++i)
        if (m_agents[i].card.address == address)
            return i;
    return -1;
}

int AgentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const messaging::AgentEntry& a = m_agents[index.row()];
    if (role == AddressRole)
        return a.card.address;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return a.card.description.isEmpty()
                       ? QVariant()
                       : QVariant(messaging::safeSingleLine(a.card.description, 280));
        case Address:
            return a.card.address; // the column may be narrower than the address
        case Verified:
            return a.verified
                       ? tr("The card and the transaction carrying it are signed by the agent's key.")
                       : tr("The card's own signature is valid, but the transaction carrying it is not "
                            "signed by the agent.");
        case Encryption:
            return tr("Messages to this agent can be encrypted end to end for the key its card publishes.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return messaging::safeSingleLine(a.card.name, 64);
    case Address:
        return a.card.address;
    case Verified:
        return a.verified ? tr("verified") : tr("card only");
    case LastSeenHeight:
        return a.height;
    case LastSeenTime:
        return formatDateTime(a.timestamp);
    case Capabilities: {
        QStringList shown;
        for (const QString& c : a.card.capabilities)
            shown.append(messaging::safeSingleLine(c, 32));
        return shown.join(QStringLiteral(", "));
    }
    case Encryption:
        return a.card.encryptionKey.size() == 32 ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Verified:
        return tr("Verified");
    case LastSeenHeight:
        return tr("Last seen (height)");
    case LastSeenTime:
        return tr("Last seen (time)");
    case Capabilities:
        return tr("Capabilities");
    case Encryption:
        return tr("Encryption");
    default:
        return {};
    }
}

} // namespace aitbc::gui
