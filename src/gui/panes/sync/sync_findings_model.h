#pragma once

#include "sync/sync_report.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace aitbc::gui {

/// The findings of a sync report as a table: one row per stretch of consecutive heights with the same
/// finding on the same node (a follower missing the transactions of blocks 2–21 is one row, not
/// twenty), ordered by height. What the block strip shows as colour, this lists in words, so a user can
/// read, select and copy the exact heights, and open a stretch's first block side by side.
class SyncFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HeightsColumn, NodeColumn, FindingColumn, ColumnCount };
    enum Role {
        FirstHeightRole = Qt::UserRole + 1, ///< qint64: the stretch's first height
        LastHeightRole,                     ///< qint64
        PairRole,                           ///< int: the node pair to open side by side (0-based)
        KindRole,                           ///< int: Kind
    };
    enum class Kind { Fork, MissingBlocks, MissingTransactions };

    using QAbstractTableModel::QAbstractTableModel;

    /// `names` are the compared nodes' labels, node 0 first (the reference of every pair).
    void setReport(const sync::SyncReport& report, const QStringList& names);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 from = 0;
        qint64 to = 0;
        int node = 0; ///< index into m_names: the node the finding is about
        int pair = 0;
        Kind kind = Kind::MissingTransactions;
        bool verified = true; ///< Fork: the fork point passed the parent-linkage check
    };
    void addRanges(const QList<qint64>& heights, int node, int pair, Kind kind);
    QString findingText(const Row& row) const;

    QList<Row> m_rows;
    QStringList m_names;
};

} // namespace aitbc::gui
