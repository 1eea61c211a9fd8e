#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace aitbc::gui {

class AppContext;

/// `--screenshot FILE`: waits until the window's data has loaded (every node answered and the selected
/// one has a height; every wallet has its balance), lets the window paint, saves QWidget::grab() as a
/// PNG and quits. After `timeoutMs` it saves anyway and quits with exit code 2 and a message saying
/// what was still missing.
class ScreenshotController : public QObject {
    Q_OBJECT
public:
    ScreenshotController(QWidget* window, AppContext* context, QString fileName, int timeoutMs = 20000,
                         QObject* parent = nullptr);

    /// Starts watching. `extraReady` (optional) must also return true (e.g. "the demo is running").
    void start(std::function<bool()> extraReady = {});
    /// What is still missing; empty when ready.
    QString pending() const;

signals:
    /// Emitted after the file was written (or failed); `exitCode` is what the app exits with.
    void done(int exitCode);

private:
    void check();
    void capture(bool timedOut);

    QPointer<QWidget> m_window;
    AppContext* m_context;
    QString m_fileName;
    int m_timeoutMs;
    std::function<bool()> m_extraReady;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    bool m_capturing = false;
};

} // namespace aitbc::gui
