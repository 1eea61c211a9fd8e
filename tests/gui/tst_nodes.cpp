// NodeRegistry, NodeTableModel and the profile editor against the real chain.db (copied): live status
// without blocking, model protocol (QAbstractItemModelTester), profile add/edit/remove, settings
// round trip and first-start defaults from the guide's environment variables.

#include "common/message_widget.h"
#include "dialogs/profile_editor.h"
#include "gui_test_util.h"
#include "panes/nodes/node_table_model.h"
#include "panes/nodes/nodes_pane.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "settings/default_profiles.h"
#include "state/app_context.h"
#include "state/node_registry.h"

#include <QTableView>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace aitbc;
using namespace aitbc::gui;

class TestNodes : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void registryRefreshReadsRealChain();
    void unreachableRpcReportsError();
    void modelTesterWithInsertRemoveAndUpdates();
    void profileEditing();
    void profileEditorValidation();
    void settingsRoundTrip();
    void defaultsFromEnvironment();
    void followerWithoutTransactionsGetsWarning();
    void refreshesAreBoundedAndUnreachableBacksOff();
    void testConnectionButton();
    void firstRunExplainsUnreachableLocalNode();

private:
    chain::NodeProfile dbProfile(const QString& name, const QString& file);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_leaderDb;
    QString m_followerDb;
};

void TestNodes::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_leaderDb = test::copyTestData(QStringLiteral("real-chain/chain.db"), *m_dir);
    m_followerDb = test::copyTestData(QStringLiteral("real-chain/follower_importblock_chain.db"), *m_dir);
}

void TestNodes::cleanup() {
    m_dir.reset();
}

chain::NodeProfile TestNodes::dbProfile(const QString& name, const QString& file) {
    chain::NodeProfile p;
    p.name = name;
    p.chainDbPath = file;
    p.chainId = QStringLiteral("ait-mainnet");
    return p;
}

void TestNodes::registryRefreshReadsRealChain() {
    NodeRegistry nodes;
    QSignalSpy status(&nodes, &NodeRegistry::statusChanged);
    QCOMPARE(nodes.addProfile(dbProfile(QStringLiteral("leader"), m_leaderDb)), 0);
    QCOMPARE(nodes.addProfile(dbProfile(QStringLiteral("follower"), m_followerDb)), 1);
    QCOMPARE(nodes.addProfile(dbProfile(QStringLiteral("leader"), m_leaderDb)), -1); // name taken
    QCOMPARE(nodes.selectedName(), QStringLiteral("leader"));                        // first one selected
    // addProfile started a refresh but returned before any answer.
    QCOMPARE(status.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(nodes.allProbed(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(nodes.status(0).height, qint64(22), 20000);
    QVERIFY(nodes.status(0).reachable);
    QVERIFY(nodes.status(0).headHash.startsWith(QStringLiteral("0xd9b7dab6")));
    QTRY_COMPARE_WITH_TIMEOUT(nodes.status(1).height, qint64(21), 20000);
    QVERIFY(nodes.selectedNode() == nodes.node(0));
}

void TestNodes::unreachableRpcReportsError() {
    NodeRegistry nodes;
    chain::NodeProfile p;
    p.name = QStringLiteral("nobody");
    p.rpcUrl = QStringLiteral("http://127.0.0.1:9"); // discard port: nothing listens
    p.timeoutMs = 2000;
    p.maxRetries = 0;
    nodes.addProfile(p);
    QTRY_VERIFY_WITH_TIMEOUT(nodes.allProbed(), 20000);
    QVERIFY(!nodes.status(0).reachable);
    QVERIFY(!nodes.status(0).lastError.isEmpty());

    NodeTableModel model(&nodes);
    QCOMPARE(model.index(0, NodeTableModel::Status).data().toString(), QStringLiteral("Unreachable"));
    QCOMPARE(model.index(0, NodeTableModel::LastError).data().toString(), nodes.status(0).lastError);
}

void TestNodes::modelTesterWithInsertRemoveAndUpdates() {
    NodeRegistry nodes;
    NodeTableModel model(&nodes);
    model.setNow(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    nodes.addProfile(dbProfile(QStringLiteral("leader"), m_leaderDb));
    nodes.addProfile(dbProfile(QStringLiteral("follower"), m_followerDb));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(0, NodeTableModel::Height).data(NodeTableModel::SortRole).toLongLong(), qint64(22),
        20000);
    QCOMPARE(model.index(0, NodeTableModel::Status).data().toString(), QStringLiteral("Reachable"));
    QCOMPARE(model.index(0, NodeTableModel::Mempool).data().toString(),
             QStringLiteral("n/a")); // chain.db only
    QVERIFY(!model.index(0, NodeTableModel::HeadAge).data().toString().isEmpty());
    QVERIFY(model.index(0, 0).data(NodeTableModel::SelectedRole).toBool());
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    model.refreshAges();

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    nodes.removeProfile(0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(nodes.selectedName(), QStringLiteral("follower")); // selection moved on
}

void TestNodes::profileEditing() {
    NodeRegistry nodes;
    nodes.addProfile(dbProfile(QStringLiteral("a"), m_leaderDb));
    nodes.addProfile(dbProfile(QStringLiteral("b"), m_followerDb));
    QTRY_VERIFY_WITH_TIMEOUT(nodes.allProbed(), 20000);

    // Edit "b" through the dialog: rename and point it at the leader's database.
    ProfileEditor editor(nodes.profile(1), {QStringLiteral("a")});
    auto* name = editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* db = editor.findChild<QLineEdit*>(QStringLiteral("dbEdit"));
    auto* role = editor.findChild<QComboBox*>(QStringLiteral("roleCombo"));
    QCOMPARE(name->text(), QStringLiteral("b"));
    name->setText(QStringLiteral("  follower-2 "));
    db->setText(m_leaderDb);
    role->setCurrentIndex(role->findData(int(chain::NodeProfile::Role::Follower)));
    editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    const chain::NodeProfile edited = editor.profile();
    QCOMPARE(edited.name, QStringLiteral("follower-2"));
    QCOMPARE(edited.role, chain::NodeProfile::Role::Follower);

    QSignalSpy changed(&nodes, &NodeRegistry::profileChanged);
    QVERIFY(nodes.updateProfile(1, edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(nodes.profile(1).name, QStringLiteral("follower-2"));
    QCOMPARE(nodes.status(1).probed, false); // a new node: status starts over
    QTRY_COMPARE_WITH_TIMEOUT(nodes.status(1).height, qint64(22), 20000);
    QVERIFY(!nodes.updateProfile(1, dbProfile(QStringLiteral("a"), m_leaderDb))); // name clash refused

    nodes.setSelected(QStringLiteral("follower-2"));
    nodes.removeProfile(1);
    QCOMPARE(nodes.count(), 1);
    QCOMPARE(nodes.selectedName(), QStringLiteral("a"));
}

void TestNodes::profileEditorValidation() {
    chain::NodeProfile p;
    ProfileEditor editor(p, {QStringLiteral("taken")});
    auto* name = editor.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* rpc = editor.findChild<QLineEdit*>(QStringLiteral("rpcEdit"));
    auto* error = editor.findChild<aitbc::gui::MessageWidget*>(QStringLiteral("errorMessage"));
    editor.show();
    QVERIFY(!editor.validationError().isEmpty()); // no name
    editor.accept();
    QVERIFY(editor.isVisible());
    QVERIFY(error->isVisible());
    name->setText(QStringLiteral("taken"));
    QVERIFY(editor.validationError().contains(QStringLiteral("already")));
    name->setText(QStringLiteral("new"));
    QVERIFY(editor.validationError().contains(QStringLiteral("RPC URL")));
    rpc->setText(QStringLiteral("ftp://x"));
    QVERIFY(!editor.validationError().isEmpty());
    rpc->setText(QStringLiteral("http://10.1.223.40:8006"));
    QCOMPARE(editor.validationError(), QString());
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.profile().rpcUrl, QStringLiteral("http://10.1.223.40:8006"));
}

void TestNodes::settingsRoundTrip() {
    const QString file = m_dir->filePath(QStringLiteral("s.ini"));
    chain::NodeProfile a = dbProfile(QStringLiteral("a"), m_leaderDb);
    chain::NodeProfile b;
    b.name = QStringLiteral("b");
    b.rpcUrl = QStringLiteral("http://127.0.0.1:8006");
    b.role = chain::NodeProfile::Role::Follower;
    b.fee = 25;
    {
        AppSettings s(file);
        QVERIFY(!s.hasNodeProfiles());
        s.setNodeProfiles({a, b});
        s.setSelectedProfile(QStringLiteral("b"));
        s.setIdleLockMinutes(7);
        s.setLanguage(QStringLiteral("de"));
    }
    AppSettings s(file);
    QVERIFY(s.hasNodeProfiles());
    const auto profiles = s.nodeProfiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles[0].chainDbPath, m_leaderDb);
    QCOMPARE(profiles[1].rpcUrl, QStringLiteral("http://127.0.0.1:8006"));
    QCOMPARE(profiles[1].role, chain::NodeProfile::Role::Follower);
    QCOMPARE(profiles[1].fee, qint64(25));
    QCOMPARE(s.selectedProfile(), QStringLiteral("b"));
    QCOMPARE(s.idleLockMinutes(), 7);
    QCOMPARE(s.language(), QStringLiteral("de"));
}

void TestNodes::defaultsFromEnvironment() {
    QProcessEnvironment env;
    env.insert(QStringLiteral("GENESIS_IP"), QStringLiteral("10.1.223.40"));
    env.insert(QStringLiteral("FOLLOWER_IP"), QStringLiteral("10.1.223.93"));
    env.insert(QStringLiteral("RPC_PORT"), QStringLiteral("8006"));
    env.insert(QStringLiteral("CHAIN_ID"), QStringLiteral("ait-mainnet"));
    const auto profiles = defaultProfilesFromEnvironment(env);
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles[0].rpcUrl, QStringLiteral("http://10.1.223.40:8006"));
    QCOMPARE(profiles[0].role, chain::NodeProfile::Role::Leader);
    QCOMPARE(profiles[1].rpcUrl, QStringLiteral("http://10.1.223.93:8006"));
    QCOMPARE(profiles[1].role, chain::NodeProfile::Role::Follower);
    QCOMPARE(profiles[1].chainId, QStringLiteral("ait-mainnet"));

    const auto local = defaultProfilesFromEnvironment(QProcessEnvironment());
    QCOMPARE(local.size(), 1);
    QCOMPARE(local[0].rpcUrl, QStringLiteral("http://127.0.0.1:8006"));
}

QTEST_MAIN(TestNodes)
#include "tst_nodes.moc"

// The real follower imported 20 blocks without their transaction rows: it is reachable, but not to be
// read from; the table says so with a warning instead of a plain "Reachable".
void TestNodes::followerWithoutTransactionsGetsWarning() {
    NodeRegistry nodes;
    NodeTableModel model(&nodes);
    nodes.addProfile(dbProfile(QStringLiteral("leader"), m_leaderDb));
    chain::NodeProfile follower = dbProfile(QStringLiteral("follower"), m_followerDb);
    follower.role = chain::NodeProfile::Role::Follower;
    nodes.addProfile(follower);
    QTRY_VERIFY_WITH_TIMEOUT(nodes.status(1).lacksTransactions(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(nodes.status(1).transactionsCheckedTo, qint64(21), 20000);
    QCOMPARE(nodes.status(1).blocksWithoutTransactions, qint64(20));
    QCOMPARE(nodes.status(1).firstHeightWithoutTransactions, qint64(2));
    QCOMPARE(model.index(1, NodeTableModel::Status).data().toString(),
             QStringLiteral("Reachable, lacks transactions"));
    QVERIFY(model.index(1, NodeTableModel::Status).data(NodeTableModel::WarningRole).toBool());
    const QString tip = model.index(1, NodeTableModel::Status).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("balances and messages read from it are wrong")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Read from the leader")), qPrintable(tip));

    QTRY_COMPARE_WITH_TIMEOUT(nodes.status(0).transactionsCheckedTo, qint64(22), 20000);
    QCOMPARE(nodes.status(0).blocksWithoutTransactions, qint64(0));
    QCOMPARE(model.index(0, NodeTableModel::Status).data().toString(), QStringLiteral("Reachable"));
    QVERIFY(!model.index(0, NodeTableModel::Status).data(NodeTableModel::WarningRole).toBool());
}

// Ten nodes, at most two refreshed at once; an unreachable node is asked again only after a backoff
// that grows, not on every tick.
void TestNodes::refreshesAreBoundedAndUnreachableBacksOff() {
    NodeRegistry nodes;
    nodes.setMaxConcurrentRefreshes(2);
    int overLimit = 0;
    connect(&nodes, &NodeRegistry::statusChanged, this,
            [&] { overLimit += nodes.activeRefreshes() > 2 ? 1 : 0; });
    for (int i = 0; i < 10; ++i)
        nodes.addProfile(dbProfile(QStringLiteral("n%1").arg(i), i % 2 ? m_followerDb : m_leaderDb));
    QVERIFY(nodes.activeRefreshes() <= 2);
    QTRY_VERIFY_WITH_TIMEOUT(nodes.allProbed(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(nodes.activeRefreshes(), 0, 30000);
    QCOMPARE(overLimit, 0);
    QCOMPARE(nodes.peakActiveRefreshes(), 2);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(nodes.status(i).height, i % 2 ? qint64(21) : qint64(22));

    chain::NodeProfile down;
    down.name = QStringLiteral("down");
    down.rpcUrl = QStringLiteral("http://127.0.0.1:9"); // discard port: nothing listens
    down.timeoutMs = 2000;
    down.maxRetries = 0;
    const int row = nodes.addProfile(down);
    QSignalSpy changed(&nodes, &NodeRegistry::statusChanged);
    nodes.setRefreshInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(nodes.status(row).failures >= 2, 30000);
    QVERIFY(!nodes.status(row).reachable);
    // Backing off: the next attempt is seconds away, not the 200 ms of the tick, and grows per failure.
    QVERIFY2(nodes.backoffMs(row) > 1000, qPrintable(QString::number(nodes.backoffMs(row))));
    NodeTableModel model(&nodes);
    QVERIFY(model.index(row, NodeTableModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("asked again in")));
    const int failures = nodes.status(row).failures;
    // The healthy nodes keep being refreshed meanwhile (their ticks), the down one is not asked again
    // before its backoff ends: its failure count stays while 20 more status changes arrive.
    changed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 20, 30000);
    QVERIFY(nodes.status(row).failures <= failures + 1);
    nodes.setRefreshInterval(0);
}

void TestNodes::testConnectionButton() {
    ProfileEditor editor(dbProfile(QStringLiteral("leader"), m_leaderDb), {});
    auto* button = editor.findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
    auto* label = editor.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY(button && label);
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    QVERIFY2(label->text().startsWith(QStringLiteral("Connected: the node is at height 22")),
             qPrintable(label->text()));
    QVERIFY(label->property("ok").toBool());

    auto* rpc = editor.findChild<QLineEdit*>(QStringLiteral("rpcEdit"));
    auto* db = editor.findChild<QLineEdit*>(QStringLiteral("dbEdit"));
    db->clear();
    rpc->setText(QStringLiteral("http://127.0.0.1:9"));
    button->click();
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    QVERIFY2(label->text().startsWith(QStringLiteral("Cannot connect: ")), qPrintable(label->text()));
    QVERIFY(!label->property("ok").toBool());
}

// First run without a node: the default "Local node" does not answer; the pane says so and offers to
// edit it, instead of a table of dashes.
void TestNodes::firstRunExplainsUnreachableLocalNode() {
    AppSettings settings(m_dir->filePath(QStringLiteral("first.ini")));
    chain::NodeProfile local;
    local.name = QStringLiteral("Local node");
    local.rpcUrl = QStringLiteral("http://127.0.0.1:9");
    local.timeoutMs = 2000;
    local.maxRetries = 0;
    settings.setNodeProfiles({local});
    AppContext context(&settings, new InMemorySecretStore);
    context.loadFromSettings();
    NodesPane pane(&context);
    pane.resize(900, 600);
    pane.show();
    auto* banner = pane.findChild<QFrame*>(QStringLiteral("firstRunBanner"));
    auto* text = pane.findChild<QLabel*>(QStringLiteral("firstRunText"));
    QVERIFY(banner && text);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(
        text->text().contains(QStringLiteral("\u201cLocal node\u201d does not answer at http://127.0.0.1:9")),
        qPrintable(text->text()));
    QVERIFY(pane.findChild<QPushButton*>(QStringLiteral("firstRunEditButton"))->isVisible());
    QVERIFY(pane.grab().save(QStringLiteral(AITBC_BINARY_DIR "/nodes_first_run.png")));

    // A node that answers makes the explanation go away.
    context.nodes()->addProfile(dbProfile(QStringLiteral("leader"), m_leaderDb));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
}
