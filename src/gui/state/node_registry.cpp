#include "state/node_registry.h"

#include "common/logging.h"
#include "util/when_finished.h"

namespace aitbc::gui {

struct NodeRegistry::Entry {
    quint64 id = 0;
    chain::NodeProfile profile;
    std::unique_ptr<chain::Node> node;
    NodeStatus status;
    bool transient = false;
    int inFlight = 0;
};

NodeRegistry::NodeRegistry(QObject* parent)
    : QObject(parent) {
    connect(&m_timer, &QTimer::timeout, this, &NodeRegistry::refreshAll);
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
    entry->node = chain::createNode(profile);
    const int row = count();
    emit aboutToInsert(row);
    m_entries.push_back(std::move(entry));
    emit inserted(row);
    qCInfo(lcGuiNodes) << "added node profile" << profile.name;
    if (m_selected.isEmpty())
        setSelected(profile.name);
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
    entry->id = m_nextId++;
    entry->profile = profile;
    entry->node = chain::createNode(profile);
    entry->status = {};
    entry->inFlight = 0;
    emit profileChanged(row);
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
    m_entries.erase(m_entries.begin() + row);
    emit removed(row);
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
    if (ms <= 0)
        m_timer.stop();
    else
        m_timer.start(ms);
}

void NodeRegistry::refreshAll() {
    for (int row = 0; row < count(); ++row)
        refresh(row);
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
    const int row = rowOf(entry);
    if (row >= 0)
        emit statusChanged(row);
}

void NodeRegistry::refresh(int row) {
    if (row < 0 || row >= count())
        return;
    Entry* entry = m_entries[size_t(row)].get();
    if (!entry->node || entry->inFlight > 0)
        return;
    const quint64 id = entry->id;
    chain::Node* node = entry->node.get();
    entry->inFlight = 3;

    // A future that ends without a result (cancelled) still ends the call, so the node is polled again.
    const auto cancelled = [](const QString& what) {
        chain::NodeError error;
        error.kind = chain::NodeError::Kind::Cancelled;
        error.message = NodeRegistry::tr("The %1 request ended without an answer.").arg(what);
        return error;
    };
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
            } else {
                e->status.lastError = result.error().message;
                e->status.lastErrorTime = QDateTime::currentDateTimeUtc();
                qCDebug(lcGuiNodes) << e->profile.name << "head failed:" << result.error().message;
            }
            finishCall(e);
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
            if (result && e->profile.rpcUrl.isEmpty()) {
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
