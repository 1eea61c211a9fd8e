#pragma once

#include <QObject>
#include <QTimer>

namespace aitbc::gui {

/// Application-wide idle detector (KeePassXC's InactivityTimer is the model): it watches every
/// keyboard, mouse and wheel event delivered to the application and fires `inactivityDetected` once
/// when none arrived for `intervalMs`. The interval is in milliseconds so tests can use short ones.
class InactivityTimer : public QObject {
    Q_OBJECT
public:
    explicit InactivityTimer(QObject* parent = nullptr);
    ~InactivityTimer() override;

    /// Idle time after which `inactivityDetected` fires; <= 0 disables the timer.
    void setInterval(int intervalMs);
    int interval() const { return m_interval; }

    /// Starts watching (restarting the countdown). Does nothing while the interval is <= 0.
    void activate();
    /// Stops watching; no signal fires until activate() is called again.
    void deactivate();
    bool isActive() const { return m_active; }

    /// Restarts the countdown as user input would.
    void touch();

    /// How long before firing `warning` is emitted: 30 s, or a third of a shorter interval.
    int warningLeadMs() const;

signals:
    /// The countdown entered its last warningLeadMs(): emitted then and once a second after, with
    /// the whole seconds left (rounded up), so a notice can count down.
    void warning(int secondsLeft);
    /// User input (or touch()) re-armed the countdown after `warning` was emitted.
    void warningCancelled();
    void inactivityDetected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fire();
    void startWarning();
    void emitWarning();

    QTimer m_timer;
    QTimer m_warnTimer;
    QTimer m_tick;
    bool m_warning = false;
    int m_interval = 0;
    bool m_active = false;
};

} // namespace aitbc::gui
