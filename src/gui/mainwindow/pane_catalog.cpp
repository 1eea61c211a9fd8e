#include "mainwindow/pane_catalog.h"

#include "mainwindow/main_window.h"
#include "panes/agents/agents_pane.h"
#include "panes/messages/messages_pane.h"
#include "panes/nodes/nodes_pane.h"
#include "panes/sync/sync_pane.h"
#include "panes/wallets/wallets_pane.h"

#include <QCoreApplication>
#include <QProcess>

namespace aitbc::gui {

namespace {
// lupdate cannot see literals passed through this helper: callers mark them with QT_TRANSLATE_NOOP.
QString title(const char* text) {
    return QCoreApplication::translate("aitbc::gui::MainWindow", text);
}
} // namespace

void addDefaultPanes(MainWindow* window, AppContext* context) {
    auto* wallets = new WalletsPane(context, window);
    window->addPane(QStringLiteral("wallets"), title(QT_TRANSLATE_NOOP("aitbc::gui::MainWindow", "Wallets")),
                    QIcon(QStringLiteral(":/icons/wallet.svg")), wallets);
    wallets->addActionsTo(window->walletMenu());
    // The demo needs its own data folder and outbox from the start (main.cpp), so the empty state's
    // "Start the Demo" opens a second dashboard with --demo rather than switching this one over.
    QObject::connect(wallets, &WalletsPane::demoRequested, window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    window->addPane(QStringLiteral("nodes"), title(QT_TRANSLATE_NOOP("aitbc::gui::MainWindow", "Nodes")),
                    QIcon(QStringLiteral(":/icons/nodes.svg")), new NodesPane(context, window));
    QWidget* messages = createMessagesPane(context, window);
    window->addPane(QStringLiteral("messages"),
                    title(QT_TRANSLATE_NOOP("aitbc::gui::MainWindow", "Messages")),
                    QIcon(QStringLiteral(":/icons/messages.svg")), messages);
    window->addPane(QStringLiteral("sync"), title(QT_TRANSLATE_NOOP("aitbc::gui::MainWindow", "Sync")),
                    QIcon(QStringLiteral(":/icons/sync.svg")), createSyncPane(context, window));
    auto* agents = new AgentsPane(context, window);
    window->addPane(QStringLiteral("agents"), title(QT_TRANSLATE_NOOP("aitbc::gui::MainWindow", "Agents")),
                    QIcon(QStringLiteral(":/icons/agents.svg")), agents);
    // "Message this agent": its conversation in the Messages pane, ready to type in.
    QObject::connect(agents, &AgentsPane::messageAgentRequested, window, [window](const QString& address) {
        auto* pane = qobject_cast<MessagesPane*>(window->pane(QStringLiteral("messages")));
        if (!pane)
            return;
        window->showPane(QStringLiteral("messages"));
        pane->startConversation(address);
    });
}

} // namespace aitbc::gui
