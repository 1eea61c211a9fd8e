#include "mainwindow/pane_catalog.h"

#include "mainwindow/main_window.h"
#include "panes/nodes/nodes_pane.h"
#include "panes/placeholder/placeholder_pane.h"
#include "panes/wallets/wallets_pane.h"

#if __has_include("panes/messages/messages_pane.h")
#include "panes/messages/messages_pane.h"
#define AITBC_HAVE_MESSAGES_PANE 1
#endif
#if __has_include("panes/sync/sync_pane.h")
#include "panes/sync/sync_pane.h"
#define AITBC_HAVE_SYNC_PANE 1
#endif

#include <QCoreApplication>
#include <QProcess>

namespace aitbc::gui {

void addDefaultPanes(MainWindow* window, AppContext* context) {
    auto* wallets = new WalletsPane(context, window);
    window->addPane(QStringLiteral("wallets"),
                    QCoreApplication::translate("aitbc::gui::MainWindow", "Wallets"),
                    QIcon(QStringLiteral(":/icons/wallet.svg")), wallets);
    wallets->addActionsTo(window->walletMenu());
    // The demo needs its own data folder and outbox from the start (main.cpp), so the empty state's
    // "Start the Demo" opens a second dashboard with --demo rather than switching this one over.
    QObject::connect(wallets, &WalletsPane::demoRequested, window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });

    window->addPane(QStringLiteral("nodes"), QCoreApplication::translate("aitbc::gui::MainWindow", "Nodes"),
                    QIcon(QStringLiteral(":/icons/nodes.svg")), new NodesPane(context, window));

    const QIcon messagesIcon(QStringLiteral(":/icons/messages.svg"));
#ifdef AITBC_HAVE_MESSAGES_PANE
    QWidget* messages = createMessagesPane(context, window);
#else
    QWidget* messages = new PlaceholderPane(
        QCoreApplication::translate("aitbc::gui::MainWindow", "Messages"),
        QCoreApplication::translate(
            "aitbc::gui::MainWindow",
            "Agent message threads between your wallets and other addresses, with a durable outbox and an "
            "autonomous responder, will appear here."),
        messagesIcon, window);
#endif
    window->addPane(QStringLiteral("messages"),
                    QCoreApplication::translate("aitbc::gui::MainWindow", "Messages"), messagesIcon,
                    messages);

    const QIcon syncIcon(QStringLiteral(":/icons/sync.svg"));
#ifdef AITBC_HAVE_SYNC_PANE
    QWidget* sync = createSyncPane(context, window);
#else
    QWidget* sync =
        new PlaceholderPane(QCoreApplication::translate("aitbc::gui::MainWindow", "Sync"),
                            QCoreApplication::translate("aitbc::gui::MainWindow",
                                                        "A block-by-block comparison of two nodes (lag, "
                                                        "divergence point, missing transactions) will appear "
                                                        "here."),
                            syncIcon, window);
#endif
    window->addPane(QStringLiteral("sync"), QCoreApplication::translate("aitbc::gui::MainWindow", "Sync"),
                    syncIcon, sync);
}

} // namespace aitbc::gui
