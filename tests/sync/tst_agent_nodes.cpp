// Nodes reached through their agents, end to end on a devnet on 127.0.0.1: the dashboard (a real
// AppContext with its NodeRegistry, MessagingService and AgentReportPoller) has a profile with only
// Bob's agent address; Bob's node is a REF follower the dashboard never contacts. Bob's responder
// (in-process, answering status requests with the view of his node's chain.db) replies to the
// dashboard's signed request; the registry and the Sync pane's fleet view then show Bob's node with
// the same findings a direct comparison of the leader and that follower gives. With no wallet unlocked
// nothing is asked and the node says so; a forged "report" in Bob's name is never shown.
#include "../messaging/messaging_fixtures.h"
#include "test_keystores.h"
#include "test_result.h"

#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "messaging/status_report.h"
#include "panes/sync/fleet_model.h"
#include "panes/sync/sync_pane.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/agent_report_poller.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "sync/node_view.h"
#include "sync/reported_compare.h"
#include "sync/reported_node.h"
#include "sync/sync_advice.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::gui;

namespace {
constexpr int kWaitMs = 120000;
const QString kChain = QStringLiteral("ait-devnet");

messaging::StatusReport reportOf(const sync::NodeView& v) {
    messaging::StatusReport r;
    r.reportedAt = QDateTime::currentDateTimeUtc();
    r.chainId = v.chainId;
    r.error = v.error;
    r.height = v.head.height;
    r.hash = v.head.hash;
    r.headTime = v.head.timestamp;
    r.mempoolSize = v.mempoolSize;
    r.protocol = chain::protocolName(v.protocol);
    r.missingTxHeights = v.missingTxHeights.mid(0, messaging::kStatusReportMaxHeights);
    r.scannedFrom = v.scannedFrom;
    r.scannedTo = v.scannedTo;
    return r;
}

QSet<int> kindsOn(const QList<sync::Advice>& advice, int node) {
    QSet<int> out;
    for (const sync::Advice& a : advice)
        if (a.node == node && a.kind != sync::Advice::Kind::Lagging) // lag depends on the moment asked
            out.insert(int(a.kind));
    return out;
}
} // namespace

class TestAgentNodes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    std::unique_ptr<devnet::DevnetNode> m_follower;
    std::unique_ptr<chain::Node> m_rpc;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');
    test::TestKey mallory = test::makeKey('m');

    bool onChain(const QString& address, const QString& hash) {
        const auto r = test::waitFor(m_rpc->messages(address));
        if (r.ok())
            for (const chain::ChainMessage& m : r.value())
                if (m.txHash == hash)
                    return true;
        return false;
    }

    qint64 nonceOf(const QString& address) {
        const auto a = test::waitFor(m_rpc->account(address));
        return a.ok() ? a->nonce : -1;
    }

    QString send(const test::TestKey& from, const QString& to, const QString& text,
                 const QString& inReplyTo = {}, const crypto::Ed25519Key* signer = nullptr) {
        messaging::OutgoingMessage m;
        m.chainId = kChain;
        m.from = from.address;
        m.to = to;
        m.text = text;
        m.nonce = nonceOf(from.address);
        m.fee = 0;
        m.inReplyTo = inReplyTo;
        const auto r = test::waitFor(
            m_rpc->submit(messaging::buildMessageTransaction(m, signer ? *signer : *from.key).body));
        return r.ok() ? r->txHash : QString();
    }

    QStringList requestsOnChain(const QString& from, const QString& to) {
        QStringList out;
        const auto r = test::waitFor(m_rpc->messages(from));
        if (r.ok())
            for (const chain::ChainMessage& m : r.value())
                if (m.sender == from && m.recipient == to && messaging::isStatusRequest(m.text))
                    out << m.txHash;
        return out;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const QStringList funded{alice.address, bob.address, carol.address, mallory.address};
        m_leader = test::startLeader(m_dir.filePath(QStringLiteral("leader")), funded);
        m_rpc = test::rpcClient(m_leader->url());
        devnet::NodeConfig cfg;
        cfg.dataDir = m_dir.filePath(QStringLiteral("follower"));
        cfg.chainId = kChain;
        cfg.role = devnet::Role::Follower;
        cfg.leaderUrl = m_leader->url();
        cfg.quirks = devnet::Quirks::Ref; // header-only import: Bob's node lacks transaction rows
        cfg.followerPollSeconds = 0.1;
        cfg.importIntervalSeconds = 0.0;
        cfg.genesis.chainId = kChain;
        cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
        for (const QString& a : funded)
            cfg.genesis.allocations.append({a, 1000, 0});
        m_follower = std::make_unique<devnet::DevnetNode>(cfg);
        QVERIFY(test::succeeded(m_follower->start()));
        // History with transactions, which the follower imports without their rows.
        for (int i = 0; i < 3; ++i) {
            const QString hash = send(carol, alice.address, QStringLiteral("hello %1").arg(i));
            QVERIFY(!hash.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(onChain(alice.address, hash), kWaitMs);
        }
        // Bob's node holds that history before his agent is asked: a report of a follower still
        // importing would name fewer heights without transactions than the direct comparison finds.
        const qint64 top = m_leader->height();
        QTRY_VERIFY_WITH_TIMEOUT(m_follower->height() >= top, kWaitMs);
    }

    void agentNodeShowsTheDirectFindings() {
        const QString keystores = m_dir.filePath(QStringLiteral("keystores"));
        QVERIFY(QDir().mkpath(keystores));
        const QString aliceFile =
            test::writeTestKeystore(keystores, QStringLiteral("alice"), 'a', QByteArrayLiteral("secret a"));

        // Bob's agent: answers status requests with the view of his own node (its chain.db), replying
        // through the leader, which is the only node the dashboard reaches.
        chain::NodeProfile bobDb;
        bobDb.name = QStringLiteral("bob's node");
        bobDb.chainDbPath = m_follower->databasePath();
        bobDb.chainId = kChain;
        auto bobNode = chain::createNode(bobDb);
        auto bobReader = test::rpcClient(m_leader->url());
        const crypto::Ed25519Key* bobKey = bob.key.get();
        const QString bobAddress = bob.address;
        messaging::MessageSender bobSender(
            m_dir.filePath(QStringLiteral("bob-outbox.sqlite")), bobReader.get(),
            [bobKey, bobAddress](const QString& a) { return a == bobAddress ? bobKey : nullptr; });
        bobSender.setFee(0);
        bobSender.setPollInterval(100);
        bobSender.start();
        QTRY_VERIFY_WITH_TIMEOUT(bobSender.isReady(), kWaitMs);
        messaging::ResponderConfig config;
        config.verifiedOnly = true;
        config.startHeight = test::waitFor(m_rpc->head())->height;
        messaging::Responder responder(bob.address, bobReader.get(), &bobSender, config,
                                       m_dir.filePath(QStringLiteral("bob-state.json")));
        responder.setPollInterval(100);
        chain::Node* view = bobNode.get();
        responder.setStatusSource([view, &responder](std::function<void(messaging::StatusReport)> done) {
            sync::readNodeView(view, &responder, 500, [done](const sync::NodeView& v) { done(reportOf(v)); });
        });
        QString error;
        QVERIFY(test::succeeded(responder.start()));

        // The dashboard: the leader over RPC, Bob's node only through his agent.
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        AppContext context(&settings, new InMemorySecretStore);
        context.setDataFolder(m_dir.filePath(QStringLiteral("dashboard")));
        chain::NodeProfile leader;
        leader.name = QStringLiteral("leader");
        leader.rpcUrl = m_leader->url().toString();
        leader.chainId = kChain;
        leader.fee = 0;
        chain::NodeProfile agentOnly;
        agentOnly.name = QStringLiteral("bob");
        agentOnly.agentAddress = bob.address;
        agentOnly.chainId = kChain;
        agentOnly.role = chain::NodeProfile::Role::Follower;
        QCOMPARE(chain::profileProblem(agentOnly), QString());
        NodeRegistry* nodes = context.nodes();
        QCOMPARE(nodes->addProfile(leader, true), 0);
        QCOMPARE(nodes->addProfile(agentOnly, true), 1);
        nodes->setRefreshInterval(300);
        QVERIFY(nodes->reportedNode(1));
        QVERIFY(!nodes->reportedNode(0));
        context.wallets()->addSource(keystores, false);
        QTRY_COMPARE_WITH_TIMEOUT(context.wallets()->count(), 1, kWaitMs);
        context.messaging()->sender()->setPollInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(context.messaging()->submitRow() == 0, kWaitMs);

        AgentReportPoller* poller = context.agentReports();
        poller->setAskInterval(0);
        // No wallet unlocked: nothing is asked, and the node says why.
        poller->pollNow();
        QCOMPARE(poller->requestsSent(), 0);
        QVERIFY2(nodes->reportedNode(1)->waiting().contains(QLatin1String("No wallet is unlocked")),
                 qPrintable(nodes->reportedNode(1)->waiting()));
        QVERIFY(!nodes->status(1).reportedAt.isValid());

        // Unlocked: a signed request goes out, Bob's agent answers, the node appears from the report.
        QVERIFY(test::waitFor(context.wallets()->unlock(aliceFile, QByteArrayLiteral("secret a"))).ok);
        poller->setAskInterval(600'000); // one request for this test
        poller->setReadInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(poller->requestsSent() == 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(nodes->status(1).reportedAt.isValid() && nodes->status(1).reachable,
                                 kWaitMs);
        QCOMPARE(requestsOnChain(alice.address, bob.address).size(), 1);
        QVERIFY(nodes->status(1).viaAgent);
        QVERIFY(nodes->status(1).lacksTransactions());
        const sync::NodeView reported = *nodes->reportedNode(1)->view();
        QVERIFY(reported.head.height > 0);

        // A forged "report" in Bob's name (signed with Mallory's key) answering Alice's request.
        const QString request = requestsOnChain(alice.address, bob.address).constFirst();
        messaging::StatusReport fake;
        fake.chainId = kChain;
        fake.height = 999999;
        fake.hash = QStringLiteral("0xforged");
        fake.reportedAt = QDateTime::currentDateTimeUtc().addSecs(60);
        const QString forged =
            send(bob, alice.address, messaging::encodeStatusReport(fake), request, mallory.key.get());
        QVERIFY(!forged.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(onChain(alice.address, forged), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(poller->ignoredReplies() >= 1, kWaitMs);
        QVERIFY(nodes->status(1).height != 999999);
        QCOMPARE(nodes->reportedNode(1)->view()->head.hash, reported.head.hash);

        // The same findings as a direct comparison of the leader and Bob's node.
        auto leaderClient = test::rpcClient(m_leader->url());
        auto follower = test::rpcClient(m_follower->url());
        sync::CompareOptions options;
        options.names = {QStringLiteral("leader"), QStringLiteral("bob")};
        const sync::SyncResult direct =
            test::waitFor(sync::compareNodes({leaderClient.get(), follower.get()}, options));
        QVERIFY2(direct.ok(), direct.ok() ? "" : qPrintable(direct.error().message));
        const sync::SyncResult viaAgent =
            test::waitFor(sync::compareAnyNodes({leaderClient.get(), nodes->node(1)}, options));
        QVERIFY2(viaAgent.ok(), viaAgent.ok() ? "" : qPrintable(viaAgent.error().message));
        QCOMPARE(kindsOn(sync::adviseOn(viaAgent.value()), 1), kindsOn(sync::adviseOn(direct.value()), 1));
        QVERIFY(kindsOn(sync::adviseOn(viaAgent.value()), 1)
                    .contains(int(sync::Advice::Kind::MissingTransactions)));
        const sync::SyncReport directReport = direct.value();
        const sync::SyncReport agentReport = viaAgent.value();
        QCOMPARE(directReport.findings.size(), 2);
        QCOMPARE(agentReport.findings.size(), 2);
        QList<qint64> directHeights;
        for (qint64 h : directReport.findings.at(1).missingTxHeights)
            if (h >= reported.scannedFrom && h <= reported.scannedTo)
                directHeights.append(h);
        QVERIFY(!directHeights.isEmpty());
        QCOMPARE(agentReport.findings.at(1).missingTxHeights, directHeights);
        QCOMPARE(agentReport.pairs.size(), 1);
        QVERIFY(!agentReport.pairs.constFirst().forkHeight);

        // The Sync pane's fleet view treats it like any node.
        SyncPane pane(nodes);
        pane.resize(1000, 700);
        pane.show();
        pane.fleet()->setMinRescanMs(200);
        pane.setFleetMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(pane.fleet()->isCompared(1), kWaitMs);
        QSet<int> fleetKinds;
        for (const sync::Advice& a : pane.fleet()->findings(1))
            if (a.kind != sync::Advice::Kind::Lagging)
                fleetKinds.insert(int(a.kind));
        QCOMPARE(fleetKinds, kindsOn(sync::adviseOn(direct.value()), 1));
        QVERIFY(pane.fleet()
                    ->index(1, FleetModel::NodeColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("report")));
        responder.stop();
    }
};

QTEST_MAIN(TestAgentNodes)
#include "tst_agent_nodes.moc"
