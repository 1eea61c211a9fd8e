#include "panes/sync/sync_findings_model.h"

#include <algorithm>

namespace aitbc::gui {

void SyncFindingsModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SyncFindingsModel::setReport(const sync::SyncReport& report, const QStringList& names) {
    beginResetModel();
    m_rows.clear();
    m_names = names;
    for (int p = 0; p < report.pairs.size(); ++p) {
        const sync::PairFindings& pair = report.pairs.at(p);
        if (pair.forkHeight)
            m_rows.append({*pair.forkHeight, *pair.forkHeight, pair.b, p, Kind::Fork, pair.forkVerified});
        addRanges(pair.missingBlockHeights, pair.b, p, Kind::MissingBlocks);
    }
    for (int n = 0; n < report.findings.size(); ++n)
        addRanges(report.findings.at(n).missingTxHeights, n, std::max(0, n - 1), Kind::MissingTransactions);
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row& x, const Row& y) { return x.from < y.from; });
    endResetModel();
}

void SyncFindingsModel::addRanges(const QList<qint64>& heights, int node, int pair, Kind kind) {
    QList<qint64> sorted = heights;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < sorted.size();) {
        int j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) <= sorted.at(j) + 1)
            ++j;
        m_rows.append({sorted.at(i), sorted.at(j), node, pair, kind, true});
        i = j + 1;
    }
}

int SyncFindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncFindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncFindingsModel::findingText(const Row& row) const {
    const int blocks = int(row.to - row.from + 1);
    switch (row.kind) {
    case Kind::Fork:
        return row.verified
                   ? tr("Chains fork here: the block hashes differ from this height on")
                   : tr("Hashes differ from here on, but the fork point failed the parent-link check");
    case Kind::MissingBlocks:
        return tr("%n block(s) only on one of the two nodes", nullptr, blocks);
    case Kind::MissingTransactions:
        return tr("%n block(s) imported without their transactions", nullptr, blocks);
    }
    return {};
}

QVariant SyncFindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeightsColumn:
            return row.from == row.to ? QString::number(row.from) : tr("%1 – %2").arg(row.from).arg(row.to);
        case NodeColumn:
            return m_names.value(row.node);
        case FindingColumn:
            return findingText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("Double-click to open block %1 on both nodes side by side").arg(row.from);
    case FirstHeightRole:
        return row.from;
    case LastHeightRole:
        return row.to;
    case PairRole:
        return row.pair;
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant SyncFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeightsColumn:
        return tr("Heights");
    case NodeColumn:
        return tr("Node");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace aitbc::gui
