#include "common/inactivity_timer.h"

#include <QCoreApplication>
#include <QEvent>

namespace aitbc::gui {

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::fire);
    m_warnTimer.setSingleShot(true);
    connect(&m_warnTimer, &QTimer::timeout, this, &InactivityTimer::startWarning);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &InactivityTimer::emitWarning);
}

InactivityTimer::~InactivityTimer() {
    deactivate();
}

void InactivityTimer::setInterval(int intervalMs) {
    m_interval = intervalMs;
    if (m_active) {
        if (m_interval <= 0) {
            m_timer.stop();
            m_warnTimer.stop();
            m_tick.stop();
        } else {
            touch();
        }
    }
}

int InactivityTimer::warningLeadMs() const {
    return qMin(30000, m_interval / 3);
}

void InactivityTimer::activate() {
    if (!m_active && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_active = true;
    touch();
}

void InactivityTimer::deactivate() {
    if (m_active && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
    m_warnTimer.stop();
    m_tick.stop();
    if (m_warning) {
        m_warning = false;
        emit warningCancelled();
    }
}

void InactivityTimer::touch() {
    if (!m_active || m_interval <= 0)
        return;
    // Runs on every mouse move: only restarts the two timers unless a warning is showing.
    m_timer.start(m_interval);
    m_warnTimer.start(m_interval - warningLeadMs());
    if (m_warning) {
        m_warning = false;
        m_tick.stop();
        emit warningCancelled();
    }
}

void InactivityTimer::startWarning() {
    if (!m_active || !m_timer.isActive())
        return;
    m_warning = true;
    m_tick.start();
    emitWarning();
}

void InactivityTimer::emitWarning() {
    if (m_warning)
        emit warning(int((qMax(0, m_timer.remainingTime()) + 999) / 1000));
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityTimer::fire() {
    // Fire once per idle period: the next user input (or activate()) re-arms the countdown.
    m_tick.stop();
    m_warning = false;
    if (m_active)
        emit inactivityDetected();
}

} // namespace aitbc::gui
