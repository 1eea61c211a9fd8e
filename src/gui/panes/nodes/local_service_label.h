#pragma once

#include "state/systemd_unit_state.h"

#include <QLabel>
#include <QTimer>

namespace aitbc::gui {

/// One line in the Nodes pane: the state of the local agent service (`aitbc-agent service install`'s
/// unit) as systemd reports it over D-Bus, a system unit on the system bus or a `--user` unit on the
/// session bus, or, said plainly, that systemd cannot be reached from here. Asks every `kRefreshMs`
/// while shown.
class LocalServiceLabel : public QLabel {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 10'000;

    /// Tests pass their own buses (a private session bus with a fake systemd, or none).
    LocalServiceLabel(QDBusConnection systemBus, QDBusConnection sessionBus, QWidget* parent = nullptr);
    explicit LocalServiceLabel(QWidget* parent = nullptr);

    void refresh();
    /// The state shown: the bus where the unit is known, else the most telling answer.
    UnitState shownState() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void update();

    SystemdUnitState m_system;
    SystemdUnitState m_user;
    QTimer m_timer;
};

} // namespace aitbc::gui
