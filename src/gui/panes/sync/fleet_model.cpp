#include "panes/sync/fleet_model.h"

#include "common/safe_text.h"
#include "sync/reported_node.h"

#include "util/when_finished.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>

namespace aitbc::gui {

namespace {
QString reportKey(const QString& reference, const QString& node) {
    return reference + QLatin1Char('\n') + node;
}

/// Heights missing on the compared node below both heads: holes, not lag.
qint64 holesOf(const sync::SyncReport& report) {
    if (report.pairs.isEmpty() || report.nodes.size() < 2)
        return 0;
    const qint64 shorter = std::min(report.nodes.at(0).height, report.nodes.at(1).height);
    qint64 n = 0;
    for (qint64 h : report.pairs.constFirst().missingBlockHeights)
        n += h <= shorter ? 1 : 0;
    return n;
}
} // namespace

FleetModel::FleetModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        for (int row = 1; row < m_rows.size(); ++row)
            maybeQueue(row);
    });
}

FleetModel::~FleetModel() {
    ++m_generation; // comparisons still running finish into nothing
}

void FleetModel::setNodes(const QList<chain::Node*>& nodes, const QStringList& names) {
    beginResetModel();
    for (const Row& r : std::as_const(m_rows)) {
        if (r.node)
            disconnect(r.node, nullptr, this, nullptr);
        if (r.report && !m_rows.isEmpty())
            m_keptReports.insert(reportKey(m_rows.constFirst().name, r.name), r.report);
    }
    ++m_generation;
    m_rows.clear();
    m_queue.clear();
    m_scansRunning = 0;
    m_names.clear();
    for (int i = 0; i < nodes.size(); ++i) {
        Row r;
        r.node = nodes.at(i);
        r.name = names.value(i, nodes.at(i) ? nodes.at(i)->describe() : QString());
        r.lagging = sync::LagHysteresis(m_adviceOptions.transientLagBlocks);
        m_names.append(r.name);
        m_rows.append(std::move(r));
    }
    for (int i = 1; i < m_rows.size(); ++i) {
        const auto kept = m_keptReports.constFind(reportKey(m_names.constFirst(), m_names.at(i)));
        if (kept != m_keptReports.cend())
            m_rows[i].report = *kept;
    }
    m_history.setNodes(m_names);
    endResetModel();

    const quint64 generation = m_generation;
    for (int i = 0; i < m_rows.size(); ++i) {
        chain::Node* n = m_rows.at(i).node;
        if (!n)
            continue;
        connect(n, &chain::Node::headChanged, this,
                [this, i, generation](const chain::BlockHeader& head) { onHead(i, generation, head); });
        connect(n, &chain::Node::unreachable, this, [this, i, generation](const chain::NodeError& error) {
            onUnreachable(i, generation, error);
        });
        // The subscription reports changes only: ask once now so every row fills without waiting for a
        // block.
        util::whenFinished(this, n->head(),
                           [this, i, generation](std::optional<chain::NodeResult<chain::BlockHeader>> r) {
                               if (!r) {
                                   chain::NodeError e;
                                   e.message = tr("the head request ended without an answer");
                                   onUnreachable(i, generation, e);
                               } else if (r->ok()) {
                                   onHead(i, generation, r->value());
                               } else {
                                   onUnreachable(i, generation, r->error());
                               }
                           });
    }
    if (m_rows.size() > 1)
        m_retryTimer.start();
    else
        m_retryTimer.stop();
    emit fleetChanged();
}

void FleetModel::setPollInterval(int ms) {
    for (const Row& r : std::as_const(m_rows)) {
        if (r.node)
            r.node->watchHead(ms);
    }
}

void FleetModel::onHead(int row, quint64 generation, const chain::BlockHeader& head) {
    if (generation != m_generation || row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    r.probed = true;
    r.reachable = true;
    r.error.clear();
    r.height = head.height;
    m_history.add(row, QDateTime::currentMSecsSinceEpoch(), head.height);
    const qint64 reference = m_rows.constFirst().height;
    if (row == 0) {
        // The reference moved: every node is that much further behind until it imports.
        for (int i = 1; i < m_rows.size(); ++i) {
            if (m_rows.at(i).height >= 0)
                m_rows[i].lagging.add(reference - m_rows.at(i).height);
            maybeQueue(i);
        }
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        emit fleetChanged();
        return;
    }
    if (reference >= 0)
        r.lagging.add(reference - head.height);
    maybeQueue(row);
    rowChanged(row);
}

void FleetModel::onUnreachable(int row, quint64 generation, const chain::NodeError& error) {
    if (generation != m_generation || row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    r.probed = true;
    r.reachable = false;
    r.error = error.message;
    rowChanged(row);
}

void FleetModel::maybeQueue(int row) {
    if (row <= 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    const Row& ref = m_rows.constFirst();
    if (!r.node || !ref.node || !r.reachable || !ref.reachable || r.height < 0 || ref.height < 0 ||
        r.queued || r.scanning)
        return;
    if (r.report && r.scannedAtHeight == r.height && r.referenceAtScan == ref.height)
        return;
    if (r.sinceScan.isValid() && r.sinceScan.elapsed() < m_minRescanMs && r.report)
        return; // the retry timer comes back for it
    r.queued = true;
    m_queue.append(row);
    pump();
}

void FleetModel::pump() {
    while (m_scansRunning < m_maxScans && !m_queue.isEmpty()) {
        const int row = m_queue.takeFirst();
        if (row <= 0 || row >= m_rows.size())
            continue;
        Row& r = m_rows[row];
        r.queued = false;
        const Row& ref = m_rows.constFirst();
        if (!r.node || !ref.node)
            continue;
        sync::CompareOptions options;
        options.names = {ref.name, r.name};
        // The fleet view scans a recent window: the fork point is found by binary search over the whole
        // chain either way, and fifty full scans per change would cost what the chain's length costs.
        options.from = std::max<qint64>(0, std::max(ref.height, r.height) - m_scanWindow + 1);
        r.scanning = true;
        r.scannedAtHeight = r.height;
        r.referenceAtScan = ref.height;
        r.sinceScan.start();
        ++m_scansRunning;
        m_peakScans = std::max(m_peakScans, m_scansRunning);
        const quint64 generation = m_generation;
        util::whenFinished(this, sync::compareAnyNodes({ref.node.data(), r.node.data()}, options),
                           [this, row, generation](std::optional<sync::SyncResult> result) {
                               if (generation != m_generation)
                                   return;
                               --m_scansRunning;
                               Row& done = m_rows[row];
                               done.scanning = false;
                               if (result && result->ok()) {
                                   done.report = result->value();
                                   done.scanError.clear();
                               } else if (result && result->error().node == 1) {
                                   done.reachable = false;
                                   done.error = result->error().message;
                               } else {
                                   done.scanError =
                                       result ? result->error().message : tr("comparison cancelled");
                               }
                               rowChanged(row);
                               pump();
                           });
    }
}

void FleetModel::rowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit fleetChanged();
}

QList<sync::Advice> FleetModel::adviceFor(int row) const {
    const Row& r = m_rows.at(row);
    if (!r.probed)
        return {};
    if (!r.reachable) {
        sync::SyncReport down;
        down.nodes.resize(1);
        down.nodes[0].name = r.name;
        down.nodes[0].reachable = false;
        return sync::adviseOn(down);
    }
    if (row == 0 || !r.report)
        return {};
    sync::SyncReport live = *r.report;
    QList<bool> lagging;
    for (sync::PairFindings& pair : live.pairs) {
        const qint64 a = m_rows.constFirst().height;
        if (a >= 0 && r.height >= 0)
            pair.lag = a - r.height;
        lagging.append(r.lagging.lagging());
        if (r.lagging.lagging() && std::abs(pair.lag) <= m_adviceOptions.transientLagBlocks)
            pair.lag = r.lagging.lastLargeLag();
    }
    return sync::adviseOn(live, lagging, m_adviceOptions);
}

std::optional<sync::Advice> FleetModel::worstFinding(int row) const {
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const QList<sync::Advice> advice = adviceFor(row);
    if (advice.isEmpty())
        return std::nullopt;
    return advice.constFirst();
}

qint64 FleetModel::trouble(int row) const {
    const Row& r = m_rows.at(row);
    if (row == 0)
        return -2; // the reference goes last
    if (!r.probed)
        return -1;
    const std::optional<sync::Advice> worst = worstFinding(row);
    const qint64 lag = m_rows.constFirst().height >= 0 && r.height >= 0
                           ? std::min<qint64>(std::abs(m_rows.constFirst().height - r.height), 999'999'999)
                           : 0;
    const qint64 rank = worst ? 5 - int(worst->kind) : 0;
    return rank * 1'000'000'000 + lag;
}

int FleetModel::rowsFilled() const {
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        n += r.probed && (!r.reachable || row == 0 || r.report || !r.scanError.isEmpty()) ? 1 : 0;
    }
    return n;
}

bool FleetModel::isCompared(int row) const {
    return row > 0 && row < m_rows.size() && m_rows.at(row).reachable && m_rows.at(row).report.has_value();
}

int FleetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row& r = m_rows.at(row);
    const qint64 reference = m_rows.constFirst().height;
    const sync::PairFindings* pair =
        r.report && !r.report->pairs.isEmpty() ? &r.report->pairs.constFirst() : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn: {
            const QString name = row == 0 ? tr("%1 (reference)").arg(r.name) : r.name;
            const auto* reported = qobject_cast<const sync::ReportedNode*>(r.node.data());
            if (!reported)
                return name;
            return reported->reportedAt().isValid()
                       ? tr("%1 · via agent, report %2 old")
                             .arg(name,
                                  formatAge(reported->reportedAt().secsTo(QDateTime::currentDateTimeUtc())))
                       : tr("%1 · via agent, no report yet").arg(name);
        }
        case HeightColumn:
            return r.height >= 0 && r.reachable ? QLocale().toString(r.height) : QString();
        case LagColumn:
            return row > 0 && r.reachable && r.height >= 0 && reference >= 0
                       ? QLocale().toString(reference - r.height)
                       : QString();
        case ForkColumn:
            return pair && pair->forkHeight ? QLocale().toString(*pair->forkHeight) : QString();
        case MissingTxColumn:
            return r.report && r.report->findings.size() > 1
                       ? QLocale().toString(r.report->findings.at(1).missingTxHeights.size())
                       : QString();
        case HolesColumn:
            return r.report ? QLocale().toString(holesOf(*r.report)) : QString();
        case FindingColumn: {
            if (row == 0)
                return r.reachable ? tr("the reference") : worstFinding(row)->headline;
            if (!r.probed)
                return tr("Connecting…");
            if (const std::optional<sync::Advice> worst = worstFinding(row))
                return worst->headline;
            if (!r.report)
                return r.scanError.isEmpty() ? tr("Comparing…")
                                             : tr("Comparison failed: %1").arg(r.scanError);
            return tr("in step");
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FindingColumn) {
            if (const std::optional<sync::Advice> worst = worstFinding(row))
                return tr("%1\nWhat to do: %2").arg(worst->breaks, worst->action);
        }
        return r.error.isEmpty() ? QVariant() : QVariant(r.error);
    case Qt::TextAlignmentRole:
        return index.column() == NodeColumn || index.column() == FindingColumn
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case TroubleRole:
        return trouble(row);
    case KindRole: {
        const std::optional<sync::Advice> worst = worstFinding(row);
        return worst ? int(worst->kind) : -1;
    }
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case HeightColumn:
        return tr("Height");
    case LagColumn:
        return tr("Behind");
    case ForkColumn:
        return tr("Fork at");
    case MissingTxColumn:
        return tr("Blocks without transactions");
    case HolesColumn:
        return tr("Missing blocks");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace aitbc::gui
