// What the README's run command shows, asserted: the dashboard on its embedded demo (DemoRunner, the
// real devnet on 127.0.0.1 with its traffic) fills every pane on its own. Wallets unlocked with
// balances, both nodes with heights, the Nodes details describing the active node, bob's conversation
// with carol holding a ping and its pong with a round-trip time, and the Sync pane listing blocks the
// REF follower imported without their transactions. Also: the demo writes its outbox into the demo
// folder, not the user's data folder.

#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "models/thread_models.h"
#include "panes/messages/messages_pane.h"
#include "panes/sync/sync_findings_model.h"
#include "panes/sync/sync_pane.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/demo_runner.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QGroupBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

class TestDemoDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // a stray write would land in a test folder
        auto* english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/aitbc_en.qm")));
        QCoreApplication::installTranslator(english);
    }
    void demoFillsEveryPane();
};

void TestDemoDashboard::demoFillsEveryPane() {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    AppContext context(&settings, new InMemorySecretStore);
    context.applyPreferences();
    context.setDataFolder(dir.filePath(QStringLiteral("demo/dashboard")));
    MainWindow window(&context);
    addDefaultPanes(&window, &context);
    window.resize(1180, 720);
    window.show();

    DemoRunner demo;
    QSignalSpy started(&demo, &DemoRunner::started);
    QObject::connect(&demo, &DemoRunner::started, &window, [&] { demo.connectTo(&context); });
    demo.start(dir.filePath(QStringLiteral("demo")));
    QVERIFY(started.wait(60000));

    // Wallets: the four demo keystores, unlocked, with their genesis balances read from the leader.
    WalletManager* wallets = context.wallets();
    auto unlocked = [wallets] {
        return std::count_if(wallets->wallets().cbegin(), wallets->wallets().cend(),
                             [](const WalletEntry& w) { return w.unlocked; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(unlocked(), 4, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(wallets->accountsSettled(), 30000);
    for (const WalletEntry& w : wallets->wallets()) {
        QVERIFY2(w.accountLoaded, qPrintable(w.name));
        QVERIFY2(w.account.balance > 0, qPrintable(w.name)); // every demo wallet is funded by genesis
    }

    // Nodes: leader and follower answer with a height; the details box describes the active node.
    NodeRegistry* nodes = context.nodes();
    QCOMPARE(nodes->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(nodes->status(0).height >= 1 && nodes->status(1).height >= 1, 30000);
    window.showPane(QStringLiteral("nodes"));
    auto* detailBox =
        window.pane(QStringLiteral("nodes"))->findChild<QGroupBox*>(QStringLiteral("detailBox"));
    QVERIFY(detailBox);
    QCOMPARE(detailBox->title(),
             QStringLiteral("Details: %1").arg(nodes->profile(nodes->selectedRow()).name));

    // Messages: the pane opens on bob (the demo's pinging agent) and his conversation with carol.
    auto* messages = qobject_cast<MessagesPane*>(window.pane(QStringLiteral("messages")));
    QVERIFY(messages);
    QTRY_COMPARE_WITH_TIMEOUT(messages->currentAddress(), demo.network().pingerAddress, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(demo.repliesConfirmed() >= 1, 90000);
    ThreadMessagesModel* thread = messages->threadModel();
    auto hasPongWithRtt = [&] {
        bool ping = false, pong = false;
        for (int r = 0; r < thread->rowCount(); ++r) {
            const QString text = thread->index(r, ThreadMessagesModel::TextColumn).data().toString();
            const QString rtt = thread->index(r, ThreadMessagesModel::RttColumn).data().toString();
            ping = ping || (text == QLatin1String("ping") && !rtt.isEmpty());
            pong = pong || text == QLatin1String("pong");
        }
        return ping && pong;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasPongWithRtt(), 30000);
    ConversationListModel* conversations = messages->conversationModel();
    QVERIFY(conversations->rowCount() >= 1);
    bool carolByName = false;
    for (int r = 0; r < conversations->rowCount(); ++r)
        carolByName =
            carolByName || conversations->index(r).data().toString().startsWith(QLatin1String("carol"));
    QVERIFY2(carolByName, "the conversation list names the demo wallets");

    // Sync: the REF follower's blocks without transactions are listed as findings.
    auto* sync = qobject_cast<SyncPane*>(window.pane(QStringLiteral("sync")));
    QVERIFY(sync);
    auto hasMissingTx = [&] {
        SyncFindingsModel* f = sync->findings();
        for (int r = 0; r < f->rowCount(); ++r)
            if (f->index(r, 0).data(SyncFindingsModel::KindRole).toInt() ==
                int(SyncFindingsModel::Kind::MissingTransactions))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasMissingTx(), 60000);

    // The dashboard's outbox lives in the demo folder.
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("demo/dashboard/outbox.sqlite"))));
}

QTEST_MAIN(TestDemoDashboard)
#include "tst_demo_dashboard.moc"
