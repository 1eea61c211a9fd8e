// The main window with the real panes: pane hosting API (add/replace/show), status bar fed by the
// selected node (a real chain.db), remembered window state, settings dialog, accessible names.

#include "dialogs/settings_dialog.h"
#include "gui_test_util.h"
#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/node_registry.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

using namespace aitbc;
using namespace aitbc::gui;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void panesAndHostingApi();
    void statusBarShowsSelectedNode();
    void windowStateIsRemembered();
    void settingsDialogWritesSettings();
    void accessibleNames();
    void commandLineNodeIsTheOnlyOne();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppContext> m_context;
};

void TestMainWindow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("s.ini")));
    chain::NodeProfile p;
    p.name = QStringLiteral("real leader");
    p.chainDbPath = test::copyTestData(QStringLiteral("real-chain/chain.db"), *m_dir);
    p.chainId = QStringLiteral("ait-mainnet");
    m_settings->setNodeProfiles({p});
    m_settings->setKeystoreSources({test::copyRealKeystores(*m_dir)});
    m_context = std::make_unique<AppContext>(m_settings.get(), new InMemorySecretStore);
    m_context->loadFromSettings();
}

void TestMainWindow::cleanup() {
    m_context.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::panesAndHostingApi() {
    MainWindow window(m_context.get());
    addDefaultPanes(&window, m_context.get());
    QCOMPARE(window.paneIds(),
             QStringList({QStringLiteral("wallets"), QStringLiteral("nodes"), QStringLiteral("messages"),
                          QStringLiteral("sync"), QStringLiteral("agents")}));
    QWidget duplicate; // refused, so it stays the caller's
    QVERIFY(!window.addPane(QStringLiteral("nodes"), QStringLiteral("dup"), {}, &duplicate)); // id taken
    QVERIFY(window.showPane(QStringLiteral("nodes")));
    QCOMPARE(window.currentPaneId(), QStringLiteral("nodes"));
    QVERIFY(!window.showPane(QStringLiteral("nope")));

    // Every pane is the real one, in sidebar order.
    QVERIFY(window.pane(QStringLiteral("messages"))->inherits("aitbc::gui::MessagesPane"));
    QVERIFY(window.pane(QStringLiteral("sync"))->inherits("aitbc::gui::SyncPane"));
    QVERIFY(window.pane(QStringLiteral("agents"))->inherits("aitbc::gui::AgentsPane"));

    // A new pane gets a sidebar entry.
    QVERIFY(window.addPane(QStringLiteral("extra"), QStringLiteral("Extra"), {}, new QWidget));
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("paneList"))->count(), 6);
}

void TestMainWindow::statusBarShowsSelectedNode() {
    MainWindow window(m_context.get());
    addDefaultPanes(&window, m_context.get());
    window.show();
    auto* height = window.findChild<QLabel*>(QStringLiteral("heightLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(height->text().contains(QStringLiteral("22")), 20000);
    auto* selector = window.findChild<QComboBox*>(QStringLiteral("nodeSelector"));
    QCOMPARE(selector->currentText(), QStringLiteral("real leader"));
    // The wallets table got balances from that node: alice has 1 000 781 on the real chain.
    auto* table =
        window.pane(QStringLiteral("wallets"))->findChild<QTableView*>(QStringLiteral("walletTable"));
    QTRY_VERIFY_WITH_TIMEOUT(m_context->wallets()->accountsSettled(), 20000);
    bool found = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == QStringLiteral("alice"))
            found = table->model()->index(r, 4).data(Qt::UserRole + 1).toLongLong() == 1000781;
    }
    QVERIFY(found);
}

void TestMainWindow::windowStateIsRemembered() {
    {
        MainWindow window(m_context.get());
        addDefaultPanes(&window, m_context.get());
        window.show();
        window.resize(1000, 650);
        window.showPane(QStringLiteral("nodes"));
        window.close();
    }
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QCOMPARE(m_settings->currentPane(), QStringLiteral("nodes"));
    MainWindow again(m_context.get());
    addDefaultPanes(&again, m_context.get());
    again.restoreWindowState();
    QCOMPARE(again.currentPaneId(), QStringLiteral("nodes"));
}

void TestMainWindow::settingsDialogWritesSettings() {
    SettingsDialog dialog(m_settings.get());
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.findChild<QSpinBox*>(QStringLiteral("idleSpin"))->setValue(3);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QCOMPARE(m_settings->idleLockMinutes(), 3);
    m_context->applyPreferences();
    QCOMPARE(m_context->wallets()->idleLockMs(), 3 * 60 * 1000);
}

void TestMainWindow::accessibleNames() {
    MainWindow window(m_context.get());
    addDefaultPanes(&window, m_context.get());
    // Every input and every icon-only button carries an accessible name.
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w->parentWidget()))
            continue; // Qt's own clear/action buttons inside a line edit
        const bool input =
            qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QTableView*>(w);
        const auto* button = qobject_cast<QAbstractButton*>(w);
        const bool iconOnly = button && button->text().isEmpty() && !button->icon().isNull();
        if ((input || iconOnly) && w->accessibleName().isEmpty() &&
            !w->objectName().startsWith(QLatin1String("qt_")))
            QFAIL(qPrintable(QStringLiteral("no accessible name: %1 (%2)")
                                 .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
    }
}

void TestMainWindow::commandLineNodeIsTheOnlyOne() {
    // As main() does for --rpc-url: the saved profiles are left out, the command line's is the only one.
    AppContext context(m_settings.get(), new InMemorySecretStore);
    context.loadFromSettings(false);
    chain::NodeProfile cli;
    cli.name = QStringLiteral("Command line");
    cli.rpcUrl = QStringLiteral("http://127.0.0.1:9");
    QVERIFY(context.nodes()->addProfile(cli, true) >= 0);
    QCOMPARE(context.nodes()->count(), 1);
    QCOMPARE(context.nodes()->profile(0).name, cli.name);

    // A profile added in such a session joins the saved ones instead of replacing them.
    chain::NodeProfile added;
    added.name = QStringLiteral("added");
    added.rpcUrl = QStringLiteral("http://127.0.0.1:10");
    QVERIFY(context.nodes()->addProfile(added) >= 0);
    context.saveToSettings();
    QStringList names;
    for (const chain::NodeProfile& p : m_settings->nodeProfiles())
        names << p.name;
    QCOMPARE(names, QStringList({QStringLiteral("real leader"), QStringLiteral("added")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
