#include "panes/nodes/local_service_label.h"

namespace aitbc::gui {

LocalServiceLabel::LocalServiceLabel(QDBusConnection systemBus, QDBusConnection sessionBus, QWidget* parent)
    : QLabel(parent)
    , m_system(SystemdUnitState::defaultUnit(), std::move(systemBus))
    , m_user(SystemdUnitState::defaultUnit(), std::move(sessionBus)) {
    setObjectName(QStringLiteral("localServiceLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAccessibleName(tr("Local agent service"));
    connect(&m_system, &SystemdUnitState::changed, this, &LocalServiceLabel::update);
    connect(&m_user, &SystemdUnitState::changed, this, &LocalServiceLabel::update);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &LocalServiceLabel::refresh);
    update();
}

LocalServiceLabel::LocalServiceLabel(QWidget* parent)
    : LocalServiceLabel(QDBusConnection::systemBus(), QDBusConnection::sessionBus(), parent) {}

void LocalServiceLabel::refresh() {
    m_system.refresh();
    m_user.refresh();
}

UnitState LocalServiceLabel::shownState() const {
    using R = UnitState::Reach;
    // Most telling first: a unit systemd knows, an error from a systemd that is there, a systemd without
    // the unit, then no systemd at all.
    for (R want : {R::Known, R::Failed, R::NotLoaded, R::NoSystemd, R::NoBus})
        for (const SystemdUnitState* s : {&m_system, &m_user})
            if (s->state().reach == want)
                return s->state();
    return {};
}

void LocalServiceLabel::update() {
    const UnitState s = shownState();
    setText(tr("Local agent service: %1").arg(describeUnitState(s, SystemdUnitState::defaultUnit())));
}

void LocalServiceLabel::showEvent(QShowEvent* event) {
    QLabel::showEvent(event);
    refresh();
    m_timer.start();
}

void LocalServiceLabel::hideEvent(QHideEvent* event) {
    m_timer.stop();
    QLabel::hideEvent(event);
}

} // namespace aitbc::gui
