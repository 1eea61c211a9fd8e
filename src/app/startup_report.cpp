#include "startup_report.h"

#include "state/node_registry.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QWidget>

#include <cstdio>

namespace aitbc::app {

namespace {
void report(const char* what) {
    std::fprintf(stderr, "aitbc-startup: %s %lld\n", what,
                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stderr);
}
} // namespace

void StartupReport::installIfRequested(QWidget* window, gui::NodeRegistry* nodes) {
    if (qEnvironmentVariableIsEmpty("AITBC_REPORT_STARTUP"))
        return;
    new StartupReport(window, nodes); // owned by the window
}

StartupReport::StartupReport(QWidget* window, gui::NodeRegistry* nodes)
    : QObject(window)
    , m_window(window) {
    // Paint events go to the widgets that draw, not necessarily the window itself: watch them all
    // until the first one inside this window.
    qApp->installEventFilter(this);
    auto* once = new QObject(this);
    connect(nodes, &gui::NodeRegistry::selectedHeadChanged, once, [once] {
        report("first-data");
        once->deleteLater();
    });
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event) {
    if (!m_painted && event->type() == QEvent::Paint) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && widget->window() == m_window) {
            m_painted = true;
            report("first-paint");
            qApp->removeEventFilter(this);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace aitbc::app
