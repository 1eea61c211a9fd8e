#pragma once

#include <QDateTime>
#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

namespace aitbc::gui {

/// A systemd unit's state as org.freedesktop.systemd1 reports it (the `org.freedesktop.systemd1.Unit`
/// properties), or why it could not be asked.
struct UnitState {
    enum class Reach {
        Unknown,   ///< not asked yet
        NoBus,     ///< no D-Bus connection (the usual case in containers and CI)
        NoSystemd, ///< a bus, but no systemd on it
        NotLoaded, ///< systemd knows no such unit (not installed, or not loaded)
        Known,     ///< the properties below are systemd's
        Failed,    ///< systemd answered with an error (`error`)
    };
    Reach reach = Reach::Unknown;
    QString error; ///< D-Bus error text, for NoSystemd/Failed
    QString loadState;
    QString activeState; ///< "active", "inactive", "failed", "activating", …
    QString subState;    ///< "running", "dead", "exited", …
    QString unitFileState;
    QDateTime activeSince; ///< UTC; invalid when not active or unknown
};

/// Reads the Unit interface's properties (GetAll's a{sv}); unknown or mistyped values are left empty:
/// what comes over the bus is checked like any input.
UnitState parseUnitProperties(const QVariantMap& properties);

/// One line for the operator: "active (running) since …", "not installed", "systemd is not reachable".
QString describeUnitState(const UnitState& state, const QString& unit);

/// Follows one systemd unit over D-Bus (asynchronous calls: a stalled bus never blocks the GUI): the
/// Manager's GetUnit, then the unit object's properties. Used for the local agent service that
/// `aitbc-agent service install` writes (system units on the system bus, `--user` units on the session
/// bus where the user's systemd is).
class SystemdUnitState : public QObject {
    Q_OBJECT
public:
    /// The unit `aitbc-agent service install` writes by default.
    static QString defaultUnit();

    SystemdUnitState(QString unit, QDBusConnection bus, QObject* parent = nullptr);
    QString unit() const { return m_unit; }
    const UnitState& state() const { return m_state; }
    /// Asks now; `changed` follows when the answer (or the error) is in.
    void refresh();

signals:
    void changed();

private:
    void finish(UnitState state);

    QString m_unit;
    QDBusConnection m_bus;
    UnitState m_state;
    bool m_asking = false;
};

} // namespace aitbc::gui
