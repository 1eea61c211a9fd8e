#include "state/node_registry.h"

#include "common/logging.h"
#include "sync/reported_node.h"
#include "util/when_finished.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace aitbc::gui {

namespace {
/// Blocks looked at per transaction check: enough to see a follower's import pattern, small enough
/// that one check is one modest request whatever the chain's length.
constexpr qint64 kTxCheckWindow = 50;
/// A node's new blocks are checked for missing transactions at most this often.
constexpr qint64 kTxCheckEveryMs = 5000;

std::unique_ptr<chain::Node> makeNode(const chain::NodeProfile& profile) {
    if (profile.rpcUrl.isEmpty() && profile.chainDbPath.isEmpty() && !profile.agentAddress.isEmpty() &&
        chain::profileProblem(profile).isEmpty())
        return std::make_unique<sync::ReportedNode>(profile.agentAddress, profile.chainId);
    return chain::createNode(profile);
}
} // namespace

struct NodeRegistry::Entry {
    quint64 id = 0;
    chain::NodeProfile profile;
    std::unique_ptr<chain::Node> node;
    NodeStatus status;
    bool transient = false;
    int inFlight = 0;
    bool queued = false;
    bool refreshing = false; ///< counted in m_active
    bool subscribed = false; ///< this node's headChanged/unreachable are connected
    bool txCheckInFlight = false;
    QElapsedTimer sinceTxCheck;
    QTimer retry; ///< backoff: restarts the head subscription of an unreachable node
};

NodeRegistry::NodeRegistry(QObject* parent)
    : QObject(parent) {
    connect(&m_timer, &QTimer::timeout, this, &NodeRegistry::tick);
}

NodeRegistry::~NodeRegistry() = default;

const chain::NodeProfile& NodeRegistry::profile(int row) const {
    return m_entries.at(size_t(row))->profile;
}

chain::Node* NodeRegistry::node(int row) const {
    if (row < 0 || row >= count())
        return nullptr;
    return m_entries[size_t(row)]->node.get();
}

const NodeStatus& NodeRegistry::status(int row) const {
    return m_entries.at(size_t(row))->status;
}

sync::ReportedNode* NodeRegistry::reportedNode(int row) const {
    return qobject_cast<sync::ReportedNode*>(node(row));
}

bool NodeRegistry::isTransient(int row) const {
    return m_entries.at(size_t(row))->transient;
}

int NodeRegistry::indexOf(const QString& name) const {
    for (int row = 0; row < count(); ++row) {
        if (m_entries[size_t(row)]->profile.name == name)
            return row;
    }
    return -1;
}

QList<chain::NodeProfile> NodeRegistry::persistentProfiles() const {
    QList<chain::NodeProfile> result;
    for (const auto& entry : m_entries) {
        if (!entry->transient)
            result.append(entry->profile);
    }
    return result;
}

int NodeRegistry::addProfile(const chain::NodeProfile& profile, bool transient) {
    if (profile.name.trimmed().isEmpty() || indexOf(profile.name) >= 0)
        return -1;
    auto entry = std::make_unique<Entry>();
    entry->id = m_nextId++;
    entry->profile = profile;
    entry->transient = transient;
    entry->node = makeNode(profile);
    entry->status.viaAgent = qobject_cast<sync::ReportedNode*>(entry->node.get()) != nullptr;
    const int row = count();
    emit aboutToInsert(row);
    m_entries.push_back(std::move(entry));
    emit inserted(row);
    qCInfo(lcGuiNodes) << "added node profile" << profile.name;
    if (m_selected.isEmpty())
        setSelected(profile.name);
    subscribe(m_entries.back().get());
    refresh(row);
    return row;
}

bool NodeRegistry::updateProfile(int row, const chain::NodeProfile& profile) {
    if (row < 0 || row >= count() || profile.name.trimmed().isEmpty())
        return false;
    const int other = indexOf(profile.name);
    if (other >= 0 && other != row)
        return false;
    Entry* entry = m_entries[size_t(row)].get();
    const bool wasSelected = entry->profile.name == m_selected;
    // A new id makes answers still in flight for the old node land nowhere.
    if (entry->refreshing)
        --m_active;
    entry->id = m_nextId++;
    entry->profile = profile;
    entry->node = makeNode(profile);
    entry->status = {};
    entry->status.viaAgent = qobject_cast<sync::ReportedNode*>(entry->node.get()) != nullptr;
    entry->inFlight = 0;
    entry->queued = entry->refreshing = entry->subscribed = entry->txCheckInFlight = false;
    entry->retry.stop();
    disconnect(&entry->retry, nullptr, this, nullptr); // subscribe() connects it again, once
    emit profileChanged(row);
    subscribe(entry);
    if (wasSelected) {
        m_selected = profile.name;
        emit selectedChanged(m_selected);
    }
    refresh(row);
    return true;
}

void NodeRegistry::removeProfile(int row) {
    if (row < 0 || row >= count())
        return;
    emit aboutToRemove(row);
    const bool wasSelected = m_entries[size_t(row)]->profile.name == m_selected;
    if (m_entries[size_t(row)]->refreshing)
        --m_active;
    m_entries.erase(m_entries.begin() + row);
    emit removed(row);
    pump();
    if (wasSelected) {
        m_selected.clear();
        setSelected(count() > 0 ? m_entries.front()->profile.name : QString());
        if (count() == 0)
            emit selectedChanged(QString());
    }
}

void NodeRegistry::setSelected(const QString& name) {
    const QString next = indexOf(name) >= 0 ? name : QString();
    if (next == m_selected)
        return;
    m_selected = next;
    emit selectedChanged(m_selected);
}

chain::Node* NodeRegistry::selectedNode() const {
    return node(indexOf(m_selected));
}

void NodeRegistry::setRefreshInterval(int ms) {
    m_intervalMs = std::max(0, ms);
    if (ms <= 0)
        m_timer.stop();
    else
        m_timer.start(ms);
    for (const auto& entry : m_entries)
        subscribe(entry.get());
}

void NodeRegistry::setMaxConcurrentRefreshes(int n) {
    m_maxConcurrent = std::max(1, n);
    pump();
}

int NodeRegistry::backoffMs(int row) const {
    if (row < 0 || row >= count())
        return 0;
    const QTimer& retry = m_entries[size_t(row)]->retry;
    return retry.isActive() ? std::max(0, retry.remainingTime()) : 0;
}

void NodeRegistry::refreshAll() {
    for (int row = 0; row < count(); ++row)
        refresh(row);
}

void NodeRegistry::tick() {
    // Heads come from the subscriptions; the tick refreshes health and mempool of the nodes that
    // answer. A node that does not is left to its backoff: asking it every tick is what backoff avoids.
    for (const auto& entry : m_entries) {
        if (entry->status.failures > 0 || entry->queued || entry->refreshing)
            continue;
        entry->queued = true;
        m_queue.append({entry->id, !entry->subscribed});
    }
    pump();
}

void NodeRegistry::subscribe(Entry* entry) {
    if (!entry->node)
        return;
    chain::Node* node = entry->node.get();
    const quint64 id = entry->id;
    if (!entry->subscribed && m_intervalMs > 0) {
        entry->subscribed = true;
        connect(node, &chain::Node::headChanged, this,
                [this, id](const chain::BlockHeader& head) { onHead(id, head); });
        connect(node, &chain::Node::unreachable, this,
                [this, id](const chain::NodeError& error) { onHeadFailed(id, error); });
        connect(&entry->retry, &QTimer::timeout, this, [this, id] {
            if (Entry* e = entryById(id); e && e->node)
                e->node->watchHead(m_intervalMs); // polls at once, then at the normal pace
        });
        entry->retry.setSingleShot(true);
    }
    if (!entry->subscribed)
        return;
    if (m_intervalMs <= 0) {
        entry->retry.stop();
        node->watchHead(0);
        return;
    }
    // Spread the first polls over one interval, so fifty nodes are not asked in the same instant.
    const int row = rowOf(entry);
    const int delay = count() > 1 ? int(qint64(m_intervalMs) * std::max(0, row) / count()) : 0;
    QTimer::singleShot(delay, this, [this, id] {
        Entry* e = entryById(id);
        if (!e || !e->node)
            return;
        if (e->status.failures == 0)
            e->node->watchHead(m_intervalMs);
        else if (!e->retry.isActive())
            scheduleRetry(e); // already known to be down: start with its backoff
    });
}

void NodeRegistry::onHead(quint64 id, const chain::BlockHeader& head) {
    Entry* e = entryById(id);
    if (!e)
        return;
    const bool wasDown = e->status.failures > 0 || !e->status.reachable;
    const bool headMoved = head.height != e->status.height || head.hash != e->status.headHash;
    e->status.failures = 0;
    e->retry.stop();
    e->status.probed = true;
    e->status.reachable = true;
    e->status.height = head.height;
    e->status.headHash = head.hash;
    e->status.headTime = head.timestamp;
    e->status.headTxCount = head.txCount;
    e->status.lastUpdate = QDateTime::currentDateTimeUtc();
    if (auto* reported = qobject_cast<sync::ReportedNode*>(e->node.get()))
        takeReport(e->status, *reported);
    if (const int row = rowOf(e); row >= 0)
        emit statusChanged(row);
    checkTransactions(e);
    if (wasDown && !e->queued && !e->refreshing) {
        e->queued = true; // back: health and mempool again, at once
        m_queue.append({e->id, false});
        pump();
    }
    if (headMoved && e->profile.name == m_selected)
        emit selectedHeadChanged();
}

void NodeRegistry::takeReport(NodeStatus& st, const sync::ReportedNode& node) {
    // The agent scanned its own node: its list replaces the check this registry cannot make (the
    // report names no block but the head).
    st.viaAgent = true;
    st.reportedAt = node.reportedAt();
    if (!node.view())
        return;
    const sync::NodeView& v = *node.view();
    st.blocksWithoutTransactions = v.missingTxHeights.size();
    st.firstHeightWithoutTransactions =
        v.missingTxHeights.isEmpty()
            ? -1
            : *std::min_element(v.missingTxHeights.begin(), v.missingTxHeights.end());
    st.transactionsCheckedTo = v.scannedTo;
    st.mempoolSize = int(std::min<qint64>(v.mempoolSize, std::numeric_limits<int>::max()));
    st.mempoolSupported = v.mempoolSize >= 0;
    st.protocol = v.protocol;
}

void NodeRegistry::onHeadFailed(quint64 id, const chain::NodeError& error) {
    Entry* e = entryById(id);
    if (!e)
        return;
    e->status.probed = true;
    e->status.reachable = false;
    e->status.lastError = error.message;
    e->status.lastErrorTime = QDateTime::currentDateTimeUtc();
    e->status.lastUpdate = e->status.lastErrorTime;
    if (auto* reported = qobject_cast<sync::ReportedNode*>(e->node.get()))
        takeReport(e->status, *reported);
    ++e->status.failures;
    if (e->node)
        e->node->watchHead(0);
    scheduleRetry(e);
    if (const int row = rowOf(e); row >= 0)
        emit statusChanged(row);
}

void NodeRegistry::scheduleRetry(Entry* e) {
    if (!e->subscribed || m_intervalMs <= 0)
        return;
    const qint64 base = std::max(m_intervalMs, 1000);
    const qint64 delay =
        std::min<qint64>(kMaxBackoffMs, base << std::min(std::max(e->status.failures, 1), 6));
    e->retry.start(int(delay));
}

void NodeRegistry::checkTransactions(Entry* e) {
    const qint64 height = e->status.height;
    if (!e->node || e->txCheckInFlight || height < 0 || e->status.transactionsCheckedTo >= height)
        return;
    if (e->sinceTxCheck.isValid() && e->sinceTxCheck.elapsed() < kTxCheckEveryMs &&
        e->status.transactionsCheckedTo >= 0)
        return; // the next head after the pause covers these blocks too
    const qint64 from =
        std::max({qint64(0), e->status.transactionsCheckedTo + 1, height - kTxCheckWindow + 1});
    e->txCheckInFlight = true;
    e->sinceTxCheck.start();
    const quint64 id = e->id;
    util::whenFinished(this, e->node->blocks(from, height, true),
                       [this, id, height](std::optional<chain::NodeResult<QList<chain::Block>>> answer) {
                           Entry* entry = entryById(id);
                           if (!entry)
                               return;
                           entry->txCheckInFlight = false;
                           if (!answer || !answer->ok())
                               return; // the head poll reports reachability; try with the next head
                           NodeStatus& st = entry->status;
                           for (const chain::Block& b : answer->value()) {
                               if (b.header.height <= st.transactionsCheckedTo || !b.transactionsIncluded ||
                                   b.header.txCount <= b.transactions.size())
                                   continue;
                               ++st.blocksWithoutTransactions;
                               if (st.firstHeightWithoutTransactions < 0 ||
                                   b.header.height < st.firstHeightWithoutTransactions)
                                   st.firstHeightWithoutTransactions = b.header.height;
                           }
                           st.transactionsCheckedTo = std::max(st.transactionsCheckedTo, height);
                           if (const int row = rowOf(entry); row >= 0)
                               emit statusChanged(row);
                           checkTransactions(entry); // the head may have moved meanwhile
                       });
}

bool NodeRegistry::allProbed() const {
    for (const auto& entry : m_entries) {
        if (!entry->status.probed)
            return false;
    }
    return true;
}

NodeRegistry::Entry* NodeRegistry::entryById(quint64 id) const {
    for (const auto& entry : m_entries) {
        if (entry->id == id)
            return entry.get();
    }
    return nullptr;
}

int NodeRegistry::rowOf(const Entry* entry) const {
    for (int row = 0; row < count(); ++row) {
        if (m_entries[size_t(row)].get() == entry)
            return row;
    }
    return -1;
}

void NodeRegistry::finishCall(Entry* entry) {
    entry->inFlight = qMax(0, entry->inFlight - 1);
    entry->status.lastUpdate = QDateTime::currentDateTimeUtc();
    if (entry->inFlight == 0 && entry->refreshing) {
        entry->refreshing = false;
        --m_active;
    }
    const int row = rowOf(entry);
    if (row >= 0)
        emit statusChanged(row);
    if (entry->inFlight == 0)
        pump();
}

void NodeRegistry::refresh(int row) {
    if (row < 0 || row >= count())
        return;
    Entry* entry = m_entries[size_t(row)].get();
    if (!entry->node || entry->queued || entry->refreshing)
        return;
    entry->queued = true;
    m_queue.append({entry->id, true});
    pump();
}

void NodeRegistry::pump() {
    while (m_active < m_maxConcurrent && !m_queue.isEmpty()) {
        const auto [id, withHead] = m_queue.takeFirst();
        Entry* entry = entryById(id);
        if (!entry || !entry->queued)
            continue;
        entry->queued = false;
        startRefresh(entry, withHead);
    }
}

void NodeRegistry::startRefresh(Entry* entry, bool withHead) {
    if (!entry->node)
        return;
    const quint64 id = entry->id;
    chain::Node* node = entry->node.get();
    entry->inFlight = withHead ? 3 : 2;
    entry->refreshing = true;
    ++m_active;
    m_peakActive = std::max(m_peakActive, m_active);

    // A future that ends without a result (cancelled) still ends the call, so the node is polled again.
    const auto cancelled = [](const QString& what) {
        chain::NodeError error;
        error.kind = chain::NodeError::Kind::Cancelled;
        error.message = NodeRegistry::tr("The %1 request ended without an answer.").arg(what);
        return error;
    };
    if (withHead)
        util::whenFinished(
            this, node->head(),
            [this, id, cancelled](std::optional<chain::NodeResult<chain::BlockHeader>> answer) {
                Entry* e = entryById(id);
                if (!e)
                    return;
                const chain::NodeResult<chain::BlockHeader> result =
                    answer ? *std::move(answer)
                           : chain::NodeResult<chain::BlockHeader>(cancelled(QStringLiteral("head")));
                const bool headMoved =
                    result && (result->height != e->status.height || result->hash != e->status.headHash);
                e->status.probed = true;
                e->status.reachable = result.ok();
                if (result) {
                    e->status.height = result->height;
                    e->status.headHash = result->hash;
                    e->status.headTime = result->timestamp;
                    e->status.headTxCount = result->txCount;
                    e->status.failures = 0;
                    if (auto* reported = qobject_cast<sync::ReportedNode*>(e->node.get()))
                        takeReport(e->status, *reported);
                } else {
                    e->status.lastError = result.error().message;
                    e->status.lastErrorTime = QDateTime::currentDateTimeUtc();
                    ++e->status.failures;
                    qCDebug(lcGuiNodes) << e->profile.name << "head failed:" << result.error().message;
                }
                finishCall(e);
                if (result)
                    checkTransactions(e);
                if (headMoved && e->profile.name == m_selected)
                    emit selectedHeadChanged();
            });

    util::whenFinished(this, node->health(),
                       [this, id, cancelled](std::optional<chain::NodeResult<chain::NodeHealth>> answer) {
                           Entry* e = entryById(id);
                           if (!e)
                               return;
                           const chain::NodeResult<chain::NodeHealth> result =
                               answer ? *std::move(answer)
                                      : chain::NodeResult<chain::NodeHealth>(
                                            cancelled(QStringLiteral("health")));
                           if (result) {
                               e->status.protocol = result->protocol;
                               e->status.healthStatus = result->status;
                               e->status.supportedChains = result->supportedChains;
                               e->status.proposerId = result->proposerId;
                           } else {
                               e->status.healthStatus.clear();
                               if (result.error().kind != chain::NodeError::Kind::Unsupported) {
                                   e->status.lastError = result.error().message;
                                   e->status.lastErrorTime = QDateTime::currentDateTimeUtc();
                               }
                           }
                           finishCall(e);
                       });

    util::whenFinished(
        this, node->mempool(),
        [this, id, cancelled](std::optional<chain::NodeResult<QList<chain::MempoolEntry>>> answer) {
            Entry* e = entryById(id);
            if (!e)
                return;
            const chain::NodeResult<QList<chain::MempoolEntry>> result =
                answer ? *std::move(answer)
                       : chain::NodeResult<QList<chain::MempoolEntry>>(cancelled(QStringLiteral("mempool")));
            if (qobject_cast<sync::ReportedNode*>(e->node.get())) {
                // The size is the report's (takeReport); the content is not in it.
            } else if (result && e->profile.rpcUrl.isEmpty()) {
                // A chain.db's `mempool` table is not the live mempool (protocol.md §4.2: that lives in
                // PostgreSQL or the proposer's memory), so a count read from it would mislead.
                e->status.mempoolSupported = false;
                e->status.mempoolSize = -1;
            } else if (result) {
                e->status.mempoolSupported = true;
                e->status.mempoolSize = int(result->size());
            } else {
                e->status.mempoolSize = -1;
                e->status.mempoolSupported = result.error().kind != chain::NodeError::Kind::Unsupported;
            }
            finishCall(e);
        });
}

} // namespace aitbc::gui
