#include "mainwindow/screenshot_controller.h"

#include "common/logging.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QPixmap>
#include <QWidget>

#include <cstdio>

namespace aitbc::gui {

ScreenshotController::ScreenshotController(QWidget* window, AppContext* context, QString fileName,
                                           int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_fileName(std::move(fileName))
    , m_timeoutMs(timeoutMs) {
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotController::check);
}

void ScreenshotController::start(std::function<bool()> extraReady) {
    m_extraReady = std::move(extraReady);
    m_elapsed.start();
    m_poll.start();
}

QString ScreenshotController::pending() const {
    QStringList missing;
    if (m_extraReady && !m_extraReady())
        missing << QStringLiteral("the demo network and its first ping/pong");
    NodeRegistry* nodes = m_context->nodes();
    if (nodes->count() == 0)
        missing << QStringLiteral("node profiles");
    else if (!nodes->allProbed())
        missing << QStringLiteral("node answers");
    else if (nodes->selectedRow() < 0 || nodes->status(nodes->selectedRow()).height < 0)
        missing << QStringLiteral("the selected node's height");
    WalletManager* wallets = m_context->wallets();
    if (wallets->isScanning())
        missing << QStringLiteral("keystore scan");
    else if (wallets->count() > 0 && !wallets->accountsSettled())
        missing << QStringLiteral("wallet balances");
    return missing.join(QStringLiteral(", "));
}

void ScreenshotController::check() {
    if (m_capturing)
        return;
    const bool timedOut = m_elapsed.elapsed() >= m_timeoutMs;
    if (pending().isEmpty() || timedOut) {
        m_capturing = true;
        m_poll.stop();
        // Give layouts, column resizes and queued repaints a moment after the last data arrived.
        QTimer::singleShot(timedOut ? 0 : 600, this, [this, timedOut] { capture(timedOut); });
    }
}

void ScreenshotController::capture(bool timedOut) {
    int code = 0;
    const QString missing = pending();
    if (!m_window) {
        std::fprintf(stderr, "aitbc-dashboard: no window to capture\n");
        emit done(1);
        return;
    }
    const QPixmap image = m_window->grab();
    if (image.isNull() || !image.save(m_fileName, "PNG")) {
        std::fprintf(stderr, "aitbc-dashboard: cannot write screenshot %s\n", qPrintable(m_fileName));
        code = 1;
    } else if (timedOut && !missing.isEmpty()) {
        std::fprintf(stderr, "aitbc-dashboard: screenshot saved to %s after %d ms, still waiting for: %s\n",
                     qPrintable(m_fileName), m_timeoutMs, qPrintable(missing));
        code = 2;
    } else {
        qCInfo(lcGuiApp) << "screenshot saved to" << m_fileName << "after" << m_elapsed.elapsed() << "ms";
    }
    emit done(code);
}

} // namespace aitbc::gui
