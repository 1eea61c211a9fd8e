#pragma once

#include "messaging/agent_directory.h"

#include <QAbstractTableModel>

namespace aitbc::gui {

/// The agents of an agent directory as a table: one row per agent (its newest valid card), sorted by
/// address. Every text comes from the chain, so it is shown as plain, single-line text.
class AgentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Address,
        Verified,
        LastSeenHeight,
        LastSeenTime,
        Capabilities,
        Encryption,
        ColumnCount
    };
    /// The agent's address, for every column.
    static constexpr int AddressRole = Qt::UserRole + 1;

    explicit AgentTableModel(QObject* parent = nullptr);

    /// Replaces the rows with `agents` (the directory after a refresh).
    void setAgents(const QList<messaging::AgentEntry>& agents);
    const QList<messaging::AgentEntry>& agents() const { return m_agents; }
    /// The row of `address`, -1 when it has no card.
    int rowOf(const QString& address) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<messaging::AgentEntry> m_agents;
};

} // namespace aitbc::gui
