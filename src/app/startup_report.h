#pragma once

#include <QObject>

class QWidget;

namespace aitbc::gui {
class NodeRegistry;
}

namespace aitbc::app {

/// Startup timestamps for bench_startup: when the environment variable AITBC_REPORT_STARTUP is set,
/// prints to stderr, once each, `aitbc-startup: first-paint <ms since the epoch>` when the main window
/// (or any widget in it) is first painted and `aitbc-startup: first-data <ms>` when the selected node
/// first reports its head. Wall-clock times, so that the launching process can subtract its own launch
/// time. Without the variable nothing is installed.
class StartupReport : public QObject {
    Q_OBJECT
public:
    static void installIfRequested(QWidget* window, gui::NodeRegistry* nodes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupReport(QWidget* window, gui::NodeRegistry* nodes);
    QWidget* m_window;
    bool m_painted = false;
};

} // namespace aitbc::app
