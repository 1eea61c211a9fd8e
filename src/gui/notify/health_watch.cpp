#include "notify/health_watch.h"

#include <QCoreApplication>

namespace aitbc::gui {

namespace {

qint64 highest(const QList<NamedStatus>& nodes) {
    qint64 h = -1;
    for (const NamedStatus& n : nodes)
        if (n.status.probed && n.status.reachable)
            h = qMax(h, n.status.height);
    return h;
}

bool isBehind(const NodeStatus& s, qint64 top, qint64 limit) {
    return s.probed && s.reachable && s.height >= 0 && top - s.height > limit;
}

bool isDown(const NodeStatus& s) {
    return s.probed && !s.reachable;
}

bool lacksTx(const NodeStatus& s) {
    return s.probed && s.reachable && s.lacksTransactions();
}

/// The node that has another block than `n` at the same height, if any: two hashes at one height are a
/// fork whatever the heights around them (a node that is only behind has a lower height, not another
/// hash).
const NamedStatus* forkedWith(const QList<NamedStatus>& nodes, const NamedStatus& n) {
    if (!n.status.probed || !n.status.reachable || n.status.height < 0 || n.status.headHash.isEmpty())
        return nullptr;
    for (const NamedStatus& o : nodes)
        if (o.name != n.name && o.status.probed && o.status.reachable && o.status.height == n.status.height &&
            !o.status.headHash.isEmpty() &&
            o.status.headHash.compare(n.status.headHash, Qt::CaseInsensitive) != 0)
            return &o;
    return nullptr;
}

} // namespace

OverallHealth overallHealth(const QList<NamedStatus>& nodes, qint64 behindLimit) {
    const qint64 top = highest(nodes);
    bool anyProbed = false;
    for (const NamedStatus& n : nodes) {
        anyProbed = anyProbed || n.status.probed;
        if (isDown(n.status) || isBehind(n.status, top, behindLimit))
            return OverallHealth::Degraded;
    }
    return anyProbed ? OverallHealth::Healthy : OverallHealth::Unknown;
}

QColor healthColour(OverallHealth health) {
    switch (health) {
    case OverallHealth::Healthy:
        return QColor(0x2e, 0x9e, 0x44);
    case OverallHealth::Degraded:
        return QColor(0xd0, 0x31, 0x2d);
    case OverallHealth::Unknown:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

QList<Notification> healthTransitions(const QList<NamedStatus>& before, const QList<NamedStatus>& after,
                                      qint64 behindLimit) {
    QHash<QString, NodeStatus> old;
    for (const NamedStatus& n : before)
        old.insert(n.name, n.status);
    const qint64 oldTop = highest(before);
    const qint64 top = highest(after);
    QList<Notification> out;
    for (const NamedStatus& n : after) {
        const NodeStatus previous = old.value(n.name);
        if (isDown(n.status) && !isDown(previous))
            out.append(
                {NotificationKind::NodeUnreachable,
                 QCoreApplication::translate("HealthWatch", "Node unreachable"),
                 QCoreApplication::translate("HealthWatch", "%1: %2").arg(n.name, n.status.lastError)});
        if (isBehind(n.status, top, behindLimit) && !isBehind(previous, oldTop, behindLimit))
            out.append({NotificationKind::NodeBehind,
                        QCoreApplication::translate("HealthWatch", "Node behind"),
                        QCoreApplication::translate("HealthWatch", "%1 is %2 blocks behind (height %3 of %4)")
                            .arg(n.name)
                            .arg(top - n.status.height)
                            .arg(n.status.height)
                            .arg(top)});
        if (lacksTx(n.status) && !lacksTx(previous))
            out.append({NotificationKind::FollowerMissingTransactions,
                        QCoreApplication::translate("HealthWatch", "Node missing transactions"),
                        QCoreApplication::translate(
                            "HealthWatch", "%1 holds %2 blocks without their transactions (the first at "
                                           "height %3): balances and messages read from it are wrong.")
                            .arg(n.name)
                            .arg(n.status.blocksWithoutTransactions)
                            .arg(n.status.firstHeightWithoutTransactions)});
        // A fork is announced once per pair (by the node whose name sorts second) and only when it is
        // new: the same two nodes at the same height with different blocks before did not count.
        if (const NamedStatus* other = forkedWith(after, n); other && other->name < n.name) {
            bool wasForked = false;
            for (const NamedStatus& p : before)
                if (p.name == n.name)
                    if (const NamedStatus* o = forkedWith(before, p); o && o->name == other->name)
                        wasForked = true;
            if (!wasForked)
                out.append(
                    {NotificationKind::Fork, QCoreApplication::translate("HealthWatch", "Fork between nodes"),
                     QCoreApplication::translate("HealthWatch",
                                                 "%1 and %2 have different blocks at height %3: one of "
                                                 "them is on another chain.")
                         .arg(other->name, n.name)
                         .arg(n.status.height)});
        }
    }
    return out;
}

HealthWatch::HealthWatch(NodeRegistry* nodes, qint64 behindLimit, QObject* parent)
    : QObject(parent)
    , m_nodes(nodes)
    , m_behindLimit(behindLimit) {
    connect(nodes, &NodeRegistry::statusChanged, this, &HealthWatch::update);
    connect(nodes, &NodeRegistry::removed, this, &HealthWatch::update);
    connect(nodes, &NodeRegistry::inserted, this, &HealthWatch::update);
    m_last = snapshot();
    m_health = overallHealth(m_last, m_behindLimit);
}

QList<NamedStatus> HealthWatch::snapshot() const {
    QList<NamedStatus> out;
    for (int row = 0; row < m_nodes->count(); ++row)
        out.append({m_nodes->profile(row).name, m_nodes->status(row)});
    return out;
}

void HealthWatch::update() {
    const QList<NamedStatus> now = snapshot();
    const QList<Notification> events = healthTransitions(m_last, now, m_behindLimit);
    m_last = now;
    for (const Notification& n : events)
        emit notification(n);
    const OverallHealth h = overallHealth(now, m_behindLimit);
    if (h != m_health) {
        m_health = h;
        emit healthChanged(h);
    }
}

} // namespace aitbc::gui
