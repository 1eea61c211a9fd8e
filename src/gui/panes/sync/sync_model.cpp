#include "panes/sync/sync_model.h"

#include "messaging/future_util.h"
#include "sync/sync_summary.h"

#include <QDateTime>

namespace aitbc::gui {

using chain::Block;
using chain::BlockHeader;
using chain::NodeResult;

void HeightHistory::setNodes(const QStringList& names) {
    m_names = names;
    if (m_series.size() <= kMaxSeries)
        return;
    for (auto it = m_series.begin(); it != m_series.end() && m_series.size() > kMaxSeries;) {
        if (m_names.contains(it.key()))
            ++it;
        else
            it = m_series.erase(it);
    }
}

void HeightHistory::add(int node, qint64 msecs, qint64 height) {
    if (node < 0 || node >= m_names.size())
        return;
    QList<Sample>& s = m_series[m_names.at(node)];
    s.append({msecs, height});
    if (s.size() > m_capacity)
        s.remove(0, s.size() - m_capacity);
}

const QList<HeightHistory::Sample>& HeightHistory::samples(int node) const {
    static const QList<Sample> none;
    const auto it = m_series.constFind(m_names.value(node));
    return it == m_series.cend() ? none : *it;
}

bool HeightHistory::bounds(qint64& t0, qint64& t1, qint64& hMin, qint64& hMax) const {
    bool any = false;
    for (int n = 0; n < nodeCount(); ++n) {
        for (const Sample& s : samples(n)) {
            if (s.height < 0)
                continue;
            if (!any) {
                t0 = t1 = s.msecs;
                hMin = hMax = s.height;
                any = true;
            }
            t0 = std::min(t0, s.msecs);
            t1 = std::max(t1, s.msecs);
            hMin = std::min(hMin, s.height);
            hMax = std::max(hMax, s.height);
        }
    }
    return any;
}

SyncModel::SyncModel(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<BlockSide>();
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncModel::pollHeads);
    connect(&m_scanWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit scanProgress(value, m_scanWatcher.progressMaximum()); });
    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, [this]() {
        m_scanning = false;
        m_lastScanMs = m_sinceScan.elapsed();
        m_sinceScan.restart();
        const QFuture<sync::SyncResult> f = m_scanWatcher.future();
        if (f.isCanceled() || f.resultCount() == 0)
            return;
        const sync::SyncResult r = f.result();
        if (!r.ok()) {
            emit scanFailed(r.error().message);
            return;
        }
        m_report = r.value();
        emit reportChanged();
    });
}

SyncModel::~SyncModel() {
    cancel();
}

void SyncModel::setNodes(const QList<chain::Node*>& nodes, const QStringList& names) {
    cancel();
    ++m_generation;
    for (const QPointer<chain::Node>& n : std::as_const(m_nodes)) {
        if (n)
            disconnect(n, &chain::Node::headChanged, this, nullptr);
    }
    m_nodes.clear();
    for (chain::Node* n : nodes)
        m_nodes.append(QPointer<chain::Node>(n));
    m_names = names;
    while (m_names.size() < m_nodes.size())
        m_names.append(m_nodes.at(m_names.size()) ? m_nodes.at(m_names.size())->describe() : QString());
    m_history.setNodes(m_names);
    m_catchUp.clear();
    m_lagging.clear();
    for (int p = 0; p < pairCount(); ++p) {
        m_catchUp.push_back(std::make_unique<sync::CatchUpEstimator>());
        m_lagging.emplace_back(m_adviceOptions.transientLagBlocks);
    }
    m_lastHeads = QList<qint64>(m_nodes.size(), -1);
    m_headsAtScan.clear();
    m_report.reset();
    m_pollsInFlight = 0;
    emit reportChanged();
    emit headsSampled();
    if (m_followHeads && m_nodes.size() >= 2) {
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (!m_nodes.at(i))
                continue;
            connect(m_nodes.at(i), &chain::Node::headChanged, this,
                    [this, i](const chain::BlockHeader& head) {
                        if (m_pollsInFlight > 0 || i >= m_lastHeads.size())
                            return; // the first full poll is still out: it brings this head too
                        QList<qint64> heads = m_lastHeads;
                        heads[i] = head.height;
                        recordHeads(QDateTime::currentMSecsSinceEpoch(), heads);
                    });
        }
        pollHeads();
    }
}

void SyncModel::setPollInterval(int ms) {
    if (ms <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(ms);
    pollHeads();
}

void SyncModel::pollHeads() {
    if (m_pollsInFlight > 0 || m_nodes.size() < 2)
        return; // a slow node must not pile up requests
    auto heads = std::make_shared<QList<qint64>>(m_nodes.size(), -1);
    auto pending = std::make_shared<int>(int(m_nodes.size()));
    const quint64 generation = m_generation;
    m_pollsInFlight = 1;
    for (int i = 0; i < m_nodes.size(); ++i) {
        chain::Node* n = m_nodes.at(i);
        auto done = [this, heads, pending, generation]() {
            if (--*pending > 0 || generation != m_generation)
                return;
            m_pollsInFlight = 0;
            recordHeads(QDateTime::currentMSecsSinceEpoch(), *heads);
        };
        if (!n) {
            done();
            continue;
        }
        messaging::whenFinished(this, n->head(),
                                [heads, i, done](const std::optional<NodeResult<BlockHeader>>& r) {
                                    if (r && r->ok())
                                        (*heads)[i] = (*r)->height;
                                    done();
                                });
    }
}

void SyncModel::recordHeads(qint64 msecs, const QList<qint64>& heights) {
    for (int i = 0; i < heights.size() && i < m_nodes.size(); ++i)
        m_history.add(i, msecs, heights.at(i));
    for (int p = 0; p < pairCount() && p + 1 < heights.size(); ++p) {
        m_catchUp.at(p)->addSample(msecs, heights.at(0), heights.at(p + 1));
        if (heights.at(0) >= 0 && heights.at(p + 1) >= 0)
            m_lagging.at(size_t(p)).add(heights.at(0) - heights.at(p + 1));
    }
    m_lastHeads = heights;
    emit headsSampled();
    maybeRescan();
}

void SyncModel::maybeRescan() {
    if (m_scanning || m_lastHeads == m_headsAtScan)
        return;
    const qint64 wait = std::max<qint64>(m_minRescanMs, 10 * m_lastScanMs);
    if (m_sinceScan.isValid() && m_sinceScan.elapsed() < wait)
        return;
    rescan();
}

void SyncModel::rescan() {
    if (m_scanning || m_nodes.size() < 2)
        return;
    QList<chain::Node*> nodes;
    for (const QPointer<chain::Node>& n : std::as_const(m_nodes)) {
        if (!n)
            return;
        nodes.append(n.data());
    }
    sync::CompareOptions options = m_options;
    options.names = m_names;
    m_scanning = true;
    m_headsAtScan = m_lastHeads;
    m_sinceScan.start();
    emit scanStarted();
    m_scanWatcher.setFuture(sync::compareAnyNodes(nodes, options));
}

void SyncModel::cancel() {
    if (m_scanning)
        m_scanWatcher.future().cancel();
}

QString SyncModel::summary() const {
    if (!m_report)
        return {};
    QList<const sync::CatchUpEstimator*> estimators;
    for (const auto& e : m_catchUp)
        estimators.append(e.get());
    return sync::summarize(*m_report, estimators);
}

void SyncModel::setAdviceOptions(const sync::AdviceOptions& options) {
    m_adviceOptions = options;
    for (sync::LagHysteresis& l : m_lagging)
        l = sync::LagHysteresis(options.transientLagBlocks);
}

QList<sync::Advice> SyncModel::advice() const {
    if (!m_report)
        return {};
    // The report is as old as the last scan; heads move with every poll, so the lag is the live one.
    // Holes and missing transactions stay as scanned (a head that moved past the scan is not a hole).
    sync::SyncReport live = *m_report;
    QList<bool> lagging;
    for (int p = 0; p < live.pairs.size(); ++p) {
        sync::PairFindings& pair = live.pairs[p];
        const qint64 a = m_lastHeads.value(pair.a, -1), b = m_lastHeads.value(pair.b, -1);
        if (a >= 0 && b >= 0)
            pair.lag = a - b;
        // Until polls have decided, the scan's own lag against the threshold stands in.
        const bool decided = size_t(p) < m_lagging.size() && m_catchUp.at(size_t(p))->sampleCount() > 0;
        lagging.append(decided ? m_lagging.at(size_t(p)).lagging()
                               : std::abs(pair.lag) > m_adviceOptions.transientLagBlocks);
        if (decided && lagging.constLast() && std::abs(pair.lag) <= m_adviceOptions.transientLagBlocks)
            pair.lag = m_lagging.at(size_t(p)).lastLargeLag();
    }
    return sync::adviseOn(live, lagging, m_adviceOptions);
}

QString SyncModel::headline() const {
    return m_report ? sync::headlineOf(*m_report, advice()) : QString();
}

void SyncModel::requestBlockPair(int pair, qint64 height) {
    if (pair < 0 || pair >= pairCount())
        return;
    const int sides[2] = {0, pair + 1};
    auto result = std::make_shared<std::pair<BlockSide, BlockSide>>();
    auto pending = std::make_shared<int>(2);
    const quint64 generation = m_generation;
    for (int s = 0; s < 2; ++s) {
        BlockSide& side = s == 0 ? result->first : result->second;
        auto done = [this, result, pending, pair, height, generation]() {
            if (--*pending == 0 && generation == m_generation)
                emit blockPairReady(pair, height, result->first, result->second);
        };
        chain::Node* n = m_nodes.at(sides[s]);
        if (!n) {
            side.error = tr("node closed");
            done();
            continue;
        }
        messaging::whenFinished(this, n->block(height),
                                [&side, result, done](const std::optional<NodeResult<Block>>& r) {
                                    if (!r) {
                                        side.error = tr("request cancelled");
                                    } else if (r->ok()) {
                                        side.present = true;
                                        side.block = r->value();
                                    } else if (r->error().kind != chain::NodeError::Kind::NotFound) {
                                        side.error = r->error().message;
                                    }
                                    done();
                                });
    }
}

} // namespace aitbc::gui
