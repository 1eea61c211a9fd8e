#include "common/inactivity_timer.h"

#include <QCoreApplication>
#include <QEvent>

namespace aitbc::gui {

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::fire);
}

InactivityTimer::~InactivityTimer() {
    deactivate();
}

void InactivityTimer::setInterval(int intervalMs) {
    m_interval = intervalMs;
    if (m_active) {
        if (m_interval <= 0)
            m_timer.stop();
        else
            m_timer.start(m_interval);
    }
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
}

void InactivityTimer::touch() {
    if (m_active && m_interval > 0)
        m_timer.start(m_interval);
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
    if (m_active)
        emit inactivityDetected();
}

} // namespace aitbc::gui
