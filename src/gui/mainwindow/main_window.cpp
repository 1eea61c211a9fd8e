#include "mainwindow/main_window.h"

#include "common/logging.h"
#include "common/safe_text.h"
#include "dialogs/settings_dialog.h"
#include "mainwindow/shortcuts_help.h"
#include "notify/health_tray.h"
#include "panes/outbox/outbox_dialog.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace aitbc::gui {

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("AITBC Dashboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.aitbc.Dashboard.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("paneList"));
    m_sidebar->setAccessibleName(tr("Panes"));
    m_sidebar->setIconSize(QSize(28, 28));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(150);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#paneList { background: palette(window); border-right: 1px solid palette(mid); }"
        "QListWidget#paneList::item { padding: 8px 6px; border-radius: 4px; }"
        "QListWidget#paneList::item:selected { background: palette(highlight); color: "
        "palette(highlighted-text); }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_stack->count()) {
            m_stack->setCurrentIndex(row);
            const auto actions = m_paneActions->actions();
            if (row < actions.size())
                actions[row]->setChecked(true);
        }
    });

    createMenus();
    createStatusBar();

    connect(m_context, &AppContext::summaryChanged, this, &MainWindow::updateStatusBar);
    NodeRegistry* nodes = m_context->nodes();
    connect(nodes, &NodeRegistry::inserted, this, &MainWindow::rebuildNodeSelector);
    connect(nodes, &NodeRegistry::removed, this, &MainWindow::rebuildNodeSelector);
    connect(nodes, &NodeRegistry::profileChanged, this, &MainWindow::rebuildNodeSelector);
    connect(nodes, &NodeRegistry::selectedChanged, this, &MainWindow::rebuildNodeSelector);
    rebuildNodeSelector();
    updateStatusBar();

    // The tray shows the nodes' health at a glance and carries node notifications; on desktops without
    // a tray the notifications still go out through D-Bus.
    auto* tray = new HealthTray(nodes, this);
    tray->setObjectName(QStringLiteral("healthTray"));
    tray->applySettings(*m_context->settings());
    tray->watchActivity(m_context);
    connect(tray->trayIcon(), &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        tray->trayIcon()->show();
    resize(1180, 720);
}

MainWindow::~MainWindow() = default;

bool MainWindow::addPane(const QString& id, const QString& title, const QIcon& icon, QWidget* widget) {
    if (m_ids.contains(id) || !widget)
        return false;
    m_ids.append(id);
    widget->setObjectName(widget->objectName().isEmpty() ? id + QStringLiteral("Pane")
                                                         : widget->objectName());
    m_stack->addWidget(widget);
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
    item->setToolTip(title);

    auto* action = m_viewMenu->addAction(icon, title);
    action->setCheckable(true);
    action->setData(id);
    const int n = int(m_ids.size());
    if (n <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
    m_paneActions->addAction(action);
    connect(action, &QAction::triggered, this, [this, id] { showPane(id); });
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
    return true;
}

bool MainWindow::showPane(const QString& id) {
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return false;
    m_sidebar->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPaneId() const {
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QString();
}

QWidget* MainWindow::pane(const QString& id) const {
    const int row = int(m_ids.indexOf(id));
    return row >= 0 ? m_stack->widget(row) : nullptr;
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    auto* settingsAction =
        m_fileMenu->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Settings…"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_fileMenu->addSeparator();
    auto* quitAction = m_fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, [this] {
        m_quitting = true; // Quit quits, even when closing the window only hides it in the tray
        close();
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_paneActions = new QActionGroup(this);
    m_paneActions->setExclusive(true);
    auto* refreshAction =
        new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh Nodes"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, m_context->nodes(), &NodeRegistry::refreshAll);
    addAction(refreshAction);

    m_walletMenu = menuBar()->addMenu(tr("&Wallet"));
    auto* lockAll =
        m_walletMenu->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock All Wallets"));
    lockAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAll->setObjectName(QStringLiteral("lockAllAction"));
    connect(lockAll, &QAction::triggered, m_context->wallets(), &WalletManager::lockAll);
    auto* outboxAction = m_walletMenu->addAction(tr("&Outbox…"));
    outboxAction->setObjectName(QStringLiteral("outboxAction"));
    connect(outboxAction, &QAction::triggered, this, [this] {
        // Its own connection to the file: the dialog works whether or not messaging has started.
        auto* dialog = new OutboxDialog(m_context->outboxPath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_walletMenu->addSeparator();

    auto* nodeMenu = menuBar()->addMenu(tr("&Node"));
    nodeMenu->addAction(refreshAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* shortcuts = m_helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, [this] { showShortcutsHelp(this); });
    auto* about = m_helpMenu->addAction(tr("&About AITBC Dashboard"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar() {
    m_nodeLabel = new QLabel(tr("Node:"), this);
    m_nodeSelector = new QComboBox(this);
    m_nodeSelector->setObjectName(QStringLiteral("nodeSelector"));
    m_nodeSelector->setAccessibleName(tr("Selected node"));
    m_nodeSelector->setToolTip(tr("Node whose data the balances and the status bar show"));
    // Long profile names must not widen the window past 800 px: the list shows them in full.
    m_nodeSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nodeSelector->setMinimumContentsLength(16);
    m_nodeLabel->setBuddy(m_nodeSelector);
    m_heightLabel = new QLabel(this);
    m_heightLabel->setObjectName(QStringLiteral("heightLabel"));
    m_healthIcon = new QLabel(this);
    m_healthLabel = new QLabel(this);
    m_healthLabel->setObjectName(QStringLiteral("healthLabel"));
    m_walletsLabel = new QLabel(this);
    m_walletsLabel->setObjectName(QStringLiteral("walletsLabel"));
    // The status texts can be long (German, errors); they give way to the panes instead of setting the
    // window's minimum width, and their tooltips carry the whole text.
    for (QLabel* label : {m_heightLabel, m_healthLabel, m_walletsLabel})
        label->setMinimumWidth(1);
    statusBar()->addWidget(m_nodeLabel);
    statusBar()->addWidget(m_nodeSelector);
    statusBar()->addWidget(m_healthIcon);
    statusBar()->addWidget(m_healthLabel);
    statusBar()->addWidget(m_heightLabel);
    statusBar()->addPermanentWidget(m_walletsLabel);
    connect(m_nodeSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updatingSelector && index >= 0)
            m_context->nodes()->setSelected(m_nodeSelector->itemData(index).toString());
    });
    // The idle lock's countdown shows on whichever pane is open, not only on the Wallets pane.
    WalletManager* wallets = m_context->wallets();
    connect(wallets, &WalletManager::idleLockPending, this, [this](int secondsLeft) {
        statusBar()->showMessage(
            tr("Wallets lock in %n second(s) for lack of activity.", nullptr, secondsLeft));
    });
    connect(wallets, &WalletManager::idleLockPostponed, statusBar(), &QStatusBar::clearMessage);
    connect(wallets, &WalletManager::idleLocked, this,
            [this] { statusBar()->showMessage(tr("Wallets were locked for lack of activity."), 60000); });
}

void MainWindow::rebuildNodeSelector() {
    m_updatingSelector = true;
    NodeRegistry* nodes = m_context->nodes();
    m_nodeSelector->clear();
    for (int row = 0; row < nodes->count(); ++row)
        m_nodeSelector->addItem(nodes->profile(row).name, nodes->profile(row).name);
    m_nodeSelector->setCurrentIndex(m_nodeSelector->findData(nodes->selectedName()));
    m_updatingSelector = false;
    updateStatusBar();
}

void MainWindow::updateStatusBar() {
    NodeRegistry* nodes = m_context->nodes();
    const int row = nodes->selectedRow();
    if (row < 0) {
        m_healthIcon->clear();
        m_healthLabel->setText(tr("No node selected"));
        m_heightLabel->clear();
    } else {
        const NodeStatus& s = nodes->status(row);
        const int px = m_healthLabel->fontMetrics().height();
        QString iconName;
        if (!s.probed) {
            iconName = QStringLiteral("status-unknown");
            m_healthLabel->setText(tr("Connecting…"));
        } else if (s.reachable) {
            iconName = QStringLiteral("status-ok");
            m_healthLabel->setText(s.healthStatus.isEmpty() ? tr("Reachable")
                                                            : tr("Healthy (%1)").arg(s.healthStatus));
        } else {
            iconName = QStringLiteral("status-error");
            m_healthLabel->setText(tr("Unreachable"));
            m_healthLabel->setToolTip(s.lastError);
        }
        m_healthIcon->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)).pixmap(px, px));
        m_heightLabel->setText(s.height >= 0 ? tr("Height %1").arg(QLocale().toString(s.height)) : QString());
    }
    int unlockedCount = 0;
    for (const WalletEntry& w : m_context->wallets()->wallets())
        unlockedCount += w.unlocked ? 1 : 0;
    m_walletsLabel->setText(
        tr("%1 of %n wallet(s) unlocked", nullptr, m_context->wallets()->count()).arg(unlockedCount));
    // The labels may be cut short in a narrow window; the tooltip keeps the whole text.
    m_walletsLabel->setToolTip(m_walletsLabel->text());
    m_heightLabel->setToolTip(m_heightLabel->text());
    if (row < 0 || nodes->status(row).reachable || !nodes->status(row).probed)
        m_healthLabel->setToolTip(m_healthLabel->text());
}

void MainWindow::openSettings() {
    SettingsDialog dialog(m_context->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->applyPreferences();
    // The notification switches and the behind limit take effect now, not at the next start.
    if (auto* tray = findChild<HealthTray*>(QStringLiteral("healthTray")))
        tray->applySettings(*m_context->settings());
}

void MainWindow::showAbout() {
    QMessageBox box(this);
    box.setWindowTitle(tr("About AITBC Dashboard"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(tr("<b>AITBC Dashboard</b> %1").arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("Wallets, nodes, agent messages and sync diagnostics for AITBC networks.\n"
                              "Settings file: %1")
                               .arg(m_context->settings()->fileName()));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::restoreWindowState() {
    AppSettings* s = m_context->settings();
    const QByteArray geometry = s->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = s->windowState();
    if (!state.isEmpty())
        restoreState(state);
    const QString paneId = s->currentPane();
    if (!paneId.isEmpty())
        showPane(paneId);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    AppSettings* s = m_context->settings();
    s->setWindowGeometry(saveGeometry());
    s->setWindowState(saveState());
    s->setCurrentPane(currentPaneId());
    m_context->saveToSettings();
    // Close to tray: the window goes, the dashboard (nodes, the responder) stays; the tray brings it back.
    auto* tray = findChild<HealthTray*>(QStringLiteral("healthTray"));
    if (!m_quitting && s->closeToTray() && tray && tray->trayIcon()->isVisible()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    // The language is chosen at start-up; a change in the settings dialog applies on the next start.
    setWindowTitle(tr("AITBC Dashboard"));
}

} // namespace aitbc::gui
