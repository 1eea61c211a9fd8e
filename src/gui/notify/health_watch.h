#pragma once

#include "notify/notification.h"
#include "state/node_registry.h"

#include <QColor>
#include <QHash>
#include <QObject>

namespace aitbc::gui {

/// The dashboard's overall view of its nodes, as the tray icon shows it.
enum class OverallHealth {
    Unknown,  ///< no node, or none has answered yet (grey)
    Healthy,  ///< every node answered and none is behind by more than the limit (green)
    Degraded, ///< a node is unreachable or behind by more than the limit (red)
};

/// A node's name and its status, as read from the NodeRegistry.
struct NamedStatus {
    QString name;
    NodeStatus status;
};

/// `behindLimit`: a node whose height is more than this many blocks under the highest node's is behind.
OverallHealth overallHealth(const QList<NamedStatus>& nodes, qint64 behindLimit);
QColor healthColour(OverallHealth health);

/// The notifications a change from `before` to `after` deserves: a node that became unreachable, a node
/// that fell behind by more than `behindLimit` blocks, a node found holding blocks without their
/// transactions, two nodes with different blocks at the same height (a fork). Only transitions count,
/// so a node that stays down is announced once; nodes are matched by name.
QList<Notification> healthTransitions(const QList<NamedStatus>& before, const QList<NamedStatus>& after,
                                      qint64 behindLimit);

/// Watches a NodeRegistry and reports the overall health and the notifications its changes deserve.
class HealthWatch : public QObject {
    Q_OBJECT
public:
    HealthWatch(NodeRegistry* nodes, qint64 behindLimit, QObject* parent = nullptr);
    OverallHealth health() const { return m_health; }
    void setBehindLimit(qint64 blocks) { m_behindLimit = blocks; }

signals:
    void healthChanged(aitbc::gui::OverallHealth health);
    void notification(const aitbc::gui::Notification& notification);

private:
    void update();
    QList<NamedStatus> snapshot() const;

    NodeRegistry* m_nodes;
    qint64 m_behindLimit;
    QList<NamedStatus> m_last;
    OverallHealth m_health = OverallHealth::Unknown;
};

} // namespace aitbc::gui
