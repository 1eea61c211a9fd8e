// The dashboard's MessagingService without any pane: a message sent while the status bar has a follower
// selected is submitted to the leader and mined, and a responder answers it, with no Messages pane ever
// created.
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "chain/node.h"
#include "keystore/keystore.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "panes/messages/responder_controller.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/message_feed.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "test_result.h"

#include <QApplication>
#include <QMainWindow>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 45000;

QString writeKeystore(const QString& folder, const QString& name, char fill) {
    return test::writeTestKeystore(folder, name, fill, "pw");
}

chain::NodeProfile profile(const QString& name, const QUrl& url, chain::NodeProfile::Role role) {
    chain::NodeProfile p;
    p.name = name;
    p.rpcUrl = url.toString();
    p.chainId = QStringLiteral("ait-devnet");
    p.role = role;
    p.fee = 0;
    p.timeoutMs = 3000;
    return p;
}
} // namespace

class TestMessagingService : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');

private slots:
    void sendsThroughTheLeaderWithNoPane() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("keystore"));
        QDir().mkpath(folder);
        const QString alicePath = writeKeystore(folder, QStringLiteral("alice"), 'a');
        const QString bobPath = writeKeystore(folder, QStringLiteral("bob"), 'b');
        const QStringList funded{alice.address, bob.address};
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), funded);
        auto follower = test::startFollower(dir.filePath(QStringLiteral("follower")), leader->url(), funded);

        gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        gui::NodeRegistry* nodes = context.nodes();
        // The follower is listed first and selected, as a user watching it would have it.
        QVERIFY(nodes->addProfile(
                    profile(QStringLiteral("follower"), follower->url(), chain::NodeProfile::Role::Follower),
                    true) >= 0);
        const int leaderRow = nodes->addProfile(
            profile(QStringLiteral("leader"), leader->url(), chain::NodeProfile::Role::Leader), true);
        QVERIFY(leaderRow >= 0);
        nodes->setSelected(QStringLiteral("follower"));
        context.wallets()->addSource(folder, false);
        QTRY_VERIFY_WITH_TIMEOUT(context.wallets()->count() == 2, kWaitMs);
        QVERIFY(test::waitFor(context.wallets()->unlock(alicePath, "pw")).ok);
        QVERIFY(test::waitFor(context.wallets()->unlock(bobPath, "pw")).ok);

        gui::MessagingService* service = context.messaging();
        QCOMPARE(service->submitRow(), leaderRow);
        QCOMPARE(service->submitNode(), nodes->node(leaderRow));
        QTRY_VERIFY_WITH_TIMEOUT(service->sender()->isReady(), kWaitMs);

        messaging::ResponderRule rule;
        rule.trigger = QStringLiteral("ping");
        rule.reply = QStringLiteral("pong");
        QVERIFY(test::succeeded(service->responders()->start(bob.address, rule)));
        QTRY_VERIFY_WITH_TIMEOUT(service->responders()->responder(bob.address)->state().startHeight >= 0,
                                 kWaitMs);

        service->sender()->enqueue(alice.address, bob.address, QStringLiteral("ping"));
        auto client = test::rpcClient(leader->url());
        QTRY_COMPARE_WITH_TIMEOUT(test::transactionsWithText(client.get(), QStringLiteral("ping")).size(), 1,
                                  kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(test::transactionsWithText(client.get(), QStringLiteral("pong")).size(), 1,
                                  kWaitMs);
        // Selecting another node does not stop the responder nor move submission off the leader.
        nodes->setSelected(QStringLiteral("leader"));
        nodes->setSelected(QStringLiteral("follower"));
        QCOMPARE(service->submitRow(), leaderRow);
        QVERIFY(service->responders()->isRunning(bob.address));
        QCOMPARE(QApplication::topLevelWidgets().size(), 0); // no pane, no window was involved
    }

    void oneSharedFeedPerWalletAndNode() {
        // Three watchers of alice's messages (as the Messages pane, the notifications and the agents'
        // reports are) share one feed: one read per new head, and each hears only the new messages.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("keystore"));
        QDir().mkpath(folder);
        const QString alicePath = writeKeystore(folder, QStringLiteral("alice"), 'a');
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), {alice.address, bob.address});
        gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        gui::NodeRegistry* nodes = context.nodes();
        const int row = nodes->addProfile(
            profile(QStringLiteral("leader"), leader->url(), chain::NodeProfile::Role::Leader), true);
        QVERIFY(row >= 0);
        nodes->setSelected(QStringLiteral("leader"));
        nodes->setRefreshInterval(300);
        context.wallets()->addSource(folder, false);
        QTRY_VERIFY_WITH_TIMEOUT(context.wallets()->count() == 1, kWaitMs);
        QVERIFY(test::waitFor(context.wallets()->unlock(alicePath, "pw")).ok);
        gui::MessagingService* service = context.messaging();
        QTRY_VERIFY_WITH_TIMEOUT(service->sender()->isReady(), kWaitMs);
        chain::Node* node = nodes->node(row);

        QObject pane;
        QObject notifications;
        auto reports = std::make_unique<QObject>();
        gui::MessageFeed* feed = service->subscribe(node, alice.address, &pane);
        QVERIFY(feed);
        QCOMPARE(service->subscribe(node, alice.address, &notifications), feed);
        QCOMPARE(service->subscribe(node, alice.address, reports.get()), feed);
        QObject other;
        gui::MessageFeed* bobs = service->subscribe(node, bob.address, &other);
        QVERIFY(bobs && bobs != feed);
        QCOMPARE(service->feeds().size(), 2);

        QSignalSpy heads(node, &chain::Node::headChanged);
        struct Heard {
            qsizetype from;
            bool replaced;
            QStringList texts; ///< the new messages
        };
        QList<Heard> heard;
        connect(feed, &gui::MessageFeed::updated, &pane, [&](qsizetype from, bool replaced) {
            QStringList texts;
            for (qsizetype i = from; i < feed->messages().size(); ++i)
                texts << feed->messages()[i].text;
            heard.append({from, replaced, texts});
        });
        feed->readNow();
        QTRY_VERIFY_WITH_TIMEOUT(feed->hasRead(), kWaitMs);
        const qsizetype before = feed->messages().size();

        service->send(alice.address, bob.address, QStringLiteral("one feed"), false);
        QTRY_VERIFY_WITH_TIMEOUT(
            !heard.isEmpty() && heard.constLast().texts.contains(QStringLiteral("one feed")), kWaitMs);
        const Heard& last = heard.constLast();
        QVERIFY(!last.replaced);
        QCOMPARE(last.from, before);
        QCOMPARE(last.texts, QStringList{QStringLiteral("one feed")});
        // Reads follow heads, not watchers: three watchers did not make three reads per head (the first
        // read, the one asked for above, and at most one per head seen since).
        QVERIFY2(feed->reads() <= heads.size() + 2,
                 qPrintable(QStringLiteral("%1 reads, %2 heads").arg(feed->reads()).arg(heads.size())));
        // A watcher leaving keeps the feed for the others; the last one leaving ends it.
        reports.reset();
        QCOMPARE(service->feeds().size(), 2);
        service->unsubscribe(feed, &pane);
        service->unsubscribeAll(&notifications);
        QCOMPARE(service->feeds().size(), 1);
        QPointer<gui::MessageFeed> gone(feed);
        QTRY_VERIFY(!gone);
    }

    void noLeaderMeansMessagesWait() {
        QTemporaryDir dir;
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), {alice.address});
        gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        QVERIFY(context.nodes()->addProfile(profile(QStringLiteral("only follower"), leader->url(),
                                                    chain::NodeProfile::Role::Follower),
                                            true) >= 0);
        context.nodes()->setSelected(QStringLiteral("only follower"));
        QCOMPARE(context.messaging()->submitRow(), -1);
        QCOMPARE(context.messaging()->submitNode(), nullptr);
        // A leader profile added later is picked up.
        const int row = context.nodes()->addProfile(
            profile(QStringLiteral("leader"), leader->url(), chain::NodeProfile::Role::Leader), true);
        QCOMPARE(context.messaging()->submitRow(), row);
        context.nodes()->removeProfile(row);
        QCOMPARE(context.messaging()->submitRow(), -1);
    }
};

QTEST_MAIN(TestMessagingService)
#include "tst_messaging_service.moc"
