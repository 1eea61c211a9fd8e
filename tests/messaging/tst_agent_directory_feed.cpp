// The messaging service's agent directory on a real devnet leader, offscreen: a card that bob publishes
// through the service and that is confirmed on chain must show up in the selected node's directory,
// every time (the same scenario is run several times in-process, since timing decides which block the
// card lands in and when the directory reads it).
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "messaging/agent_card.h"
#include "messaging/agent_directory_feed.h"
#include "messaging/message_sender.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QSignalSpy>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 60000;
constexpr int kRounds = 6;
} // namespace

class TestAgentDirectoryFeed : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');

private slots:
    void confirmedCardIsListed_data() {
        QTest::addColumn<bool>("withWindow");
        for (int i = 1; i <= kRounds; ++i) {
            QTest::addRow("service alone, round %d", i) << false;
            QTest::addRow("all panes, round %d", i) << true;
        }
    }

    void confirmedCardIsListed() {
        QFETCH(bool, withWindow);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("keystore"));
        QDir().mkpath(folder);
        const QString alicePath = test::writeTestKeystore(folder, QStringLiteral("alice"), 'a', "pw");
        const QString bobPath = test::writeTestKeystore(folder, QStringLiteral("bob"), 'b', "pw");
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), {alice.address, bob.address});
        auto client = test::rpcClient(leader->url());

        gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        chain::NodeProfile profile;
        profile.name = QStringLiteral("devnet leader");
        profile.rpcUrl = leader->url().toString();
        profile.chainId = QStringLiteral("ait-devnet");
        profile.fee = 0;
        profile.timeoutMs = 3000;
        QVERIFY(context.nodes()->addProfile(profile, true) >= 0);
        context.nodes()->setSelected(profile.name);
        context.wallets()->addSource(folder, false);
        QTRY_COMPARE_WITH_TIMEOUT(context.wallets()->count(), 2, kWaitMs);
        QVERIFY(test::waitFor(context.wallets()->unlock(alicePath, "pw")).ok);
        QVERIFY(test::waitFor(context.wallets()->unlock(bobPath, "pw")).ok);
        context.nodes()->setRefreshInterval(300); // new heads are seen soon
        // The whole dashboard around the service (every pane asks the same node), or the service alone.
        std::unique_ptr<gui::MainWindow> window;
        if (withWindow) {
            window = std::make_unique<gui::MainWindow>(&context);
            gui::addDefaultPanes(window.get(), &context);
            window->resize(1200, 800);
            window->show();
            QVERIFY(window->showPane(QStringLiteral("messages")));
        }
        gui::MessagingService* service = context.messaging();
        QTRY_VERIFY_WITH_TIMEOUT(service->sender()->isReady(), kWaitMs);

        auto card = service->publishCard(bob.address, QStringLiteral("bob agent"), QStringLiteral("pongs"),
                                         {QStringLiteral("ping")});
        QVERIFY(card.ok());
        const qint64 cardId = test::waitFor(card.value());
        QVERIFY(cardId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(cardId)->state, messaging::OutboxState::Confirmed,
                                  kWaitMs);
        const auto onChain =
            test::transactionsWithText(client.get(), QString::fromLatin1(messaging::kCardMarker));
        QCOMPARE(onChain.size(), 1);

        const messaging::AgentDirectoryFeed* feed = service->agents();
        QTRY_VERIFY2_WITH_TIMEOUT(feed->directory().find(bob.address) != nullptr,
                                  qPrintable(QStringLiteral("card in block %1; read up to %2, %3 rejected")
                                                 .arg(onChain[0].blockHeight)
                                                 .arg(feed->scannedHeight())
                                                 .arg(feed->directory().rejected())),
                                  kWaitMs);
        QCOMPARE(feed->directory().find(bob.address)->height, onChain[0].blockHeight);
        QCOMPARE(feed->directory().find(bob.address)->card.name, QStringLiteral("bob agent"));
    }

    /// A read that fails is tried again by the feed itself: nothing else asks it to once the chain is idle
    /// (the service refreshes it on head changes only).
    void failedReadIsRetriedWithoutHeadChange() {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("leader"));
        auto leader = test::startLeader(data, {alice.address});
        const quint16 port = quint16(leader->url().port());
        auto client = test::rpcClient(leader->url());
        QTRY_VERIFY_WITH_TIMEOUT(test::waitFor(client->head()).ok(), kWaitMs);
        leader.reset(); // the node goes away: the next read fails at once (connection refused)

        messaging::AgentDirectoryFeed feed;
        QSignalSpy failed(&feed, &messaging::AgentDirectoryFeed::failed);
        feed.setNode(client.get());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
        QCOMPARE(feed.scannedHeight(), -1);

        leader = test::startLeader(data, {alice.address}, port); // back, same chain
        // Nobody calls refresh(): the feed reads up to the head by itself.
        QTRY_VERIFY_WITH_TIMEOUT(feed.scannedHeight() >= 0 &&
                                     feed.scannedHeight() == test::waitFor(client->head())->height,
                                 kWaitMs);
        QCOMPARE(feed.blocksRead(), feed.scannedHeight() + 1);
    }
};

QTEST_MAIN(TestAgentDirectoryFeed)
#include "tst_agent_directory_feed.moc"
