// The Agents pane and the messaging service's agent features on a real devnet leader, offscreen: alice
// publishes her card from the pane, the pane lists it (verified, last seen, capabilities, encryption),
// "Message this agent" asks for a conversation, bob sends her an encrypted message through the outbox,
// a message to an agent without a card fails instead of going out in clear, and alice's dashboard
// acknowledges what she read, once.
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "chain/payload_text.h"
#include "crypto/x25519.h"
#include "messaging/acknowledgments.h"
#include "messaging/agent_card.h"
#include "messaging/agent_directory_feed.h"
#include "messaging/encrypted_envelope.h"
#include "messaging/envelope.h"
#include "messaging/message_sender.h"
#include "panes/agents/agent_table_model.h"
#include "panes/agents/agents_pane.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "json/canonical.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 60000;

chain::NodeProfile leaderProfile(const QUrl& url) {
    chain::NodeProfile p;
    p.name = QStringLiteral("leader");
    p.rpcUrl = url.toString();
    p.chainId = QStringLiteral("ait-devnet");
    p.role = chain::NodeProfile::Role::Leader;
    p.fee = 0;
    p.timeoutMs = 3000;
    return p;
}
} // namespace

class TestAgentsPane : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');

private slots:
    void publishListMessageEncryptAndAcknowledge() {
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
        QVERIFY(context.nodes()->addProfile(leaderProfile(leader->url()), true) >= 0);
        context.nodes()->setSelected(QStringLiteral("leader"));
        context.nodes()->setRefreshInterval(300); // as the preferences set it: new heads are seen
        context.wallets()->addSource(folder, false);
        QTRY_VERIFY_WITH_TIMEOUT(context.wallets()->count() == 2, kWaitMs);
        gui::MessagingService* service = context.messaging();
        QTRY_VERIFY_WITH_TIMEOUT(service->sender()->isReady(), kWaitMs);

        gui::AgentsPane pane(&context);
        pane.resize(900, 600);
        pane.show();
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(!pane.publishButton()->isEnabled()); // no unlocked wallet yet
        QVERIFY(test::waitFor(context.wallets()->unlock(alicePath, "pw")).ok);
        QTRY_COMPARE_WITH_TIMEOUT(pane.publishWallet()->count(), 1, kWaitMs);
        QCOMPARE(pane.publishWallet()->currentData().toString(), alice.address);

        // alice publishes her card from the pane.
        QTest::keyClicks(pane.publishName(), QStringLiteral("alice agent"));
        QTest::keyClicks(pane.publishDescription(), QStringLiteral("answers pings"));
        QTest::keyClicks(pane.publishCapabilities(), QStringLiteral("ping, encrypted"));
        QVERIFY(pane.publishButton()->isEnabled());
        QTest::mouseClick(pane.publishButton(), Qt::LeftButton);
        // The card goes through the outbox like any message, then the pane lists it.
        auto cardState = [&] {
            for (const messaging::OutboxEntry& e : service->sender()->entries())
                if (e.text == QString::fromLatin1(messaging::kCardMarker))
                    return e.state == messaging::OutboxState::Failed ? e.reason
                                                                     : messaging::outboxStateName(e.state);
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cardState(), QStringLiteral("confirmed"), kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(pane.model()->rowCount() == 1,
                                  qPrintable(QStringLiteral("read up to %1, %2 rejected")
                                                 .arg(service->agents()->scannedHeight())
                                                 .arg(service->agents()->directory().rejected())),
                                  kWaitMs);
        auto cell = [&](int column) { return pane.model()->index(0, column).data().toString(); };
        QCOMPARE(cell(gui::AgentTableModel::Name), QStringLiteral("alice agent"));
        QCOMPARE(cell(gui::AgentTableModel::Address), alice.address);
        QCOMPARE(cell(gui::AgentTableModel::Verified), QStringLiteral("verified"));
        QVERIFY(pane.model()->index(0, gui::AgentTableModel::LastSeenHeight).data().toLongLong() > 0);
        QVERIFY(!cell(gui::AgentTableModel::LastSeenTime).isEmpty());
        QCOMPARE(cell(gui::AgentTableModel::Capabilities), QStringLiteral("ping, encrypted"));
        QCOMPARE(cell(gui::AgentTableModel::Encryption), QStringLiteral("yes"));
        QVERIFY(pane.statusLabel()->text().contains(QStringLiteral("1")));

        // "Message this agent" asks for a conversation with her.
        QVERIFY(!pane.messageButton()->isEnabled());
        QVERIFY(pane.selectAgent(alice.address));
        QVERIFY(pane.messageButton()->isEnabled());
        QSignalSpy wanted(&pane, &gui::AgentsPane::messageAgentRequested);
        QTest::mouseClick(pane.messageButton(), Qt::LeftButton);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.at(0).at(0).toString(), alice.address);

        // Who can be written to encrypted.
        QVERIFY(service->supportsEncryption(alice.address));
        QVERIFY(!service->supportsEncryption(bob.address));
        QVERIFY(test::waitFor(service->checkEncryptionSupport(alice.address)));
        QVERIFY(!test::waitFor(service->checkEncryptionSupport(carol.address)));

        // bob writes to alice encrypted, through the outbox; the chain holds only ciphertext.
        QVERIFY(test::waitFor(context.wallets()->unlock(bobPath, "pw")).ok);
        const QString secret = QStringLiteral("for alice only qv77");
        const qint64 id = test::waitFor(service->send(bob.address, alice.address, secret, true));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(id)->state, messaging::OutboxState::Confirmed,
                                  kWaitMs);
        QVERIFY(service->sender()->entry(id)->encrypt);
        const auto sealed =
            test::transactionsWithText(client.get(), QString::fromLatin1(messaging::kEncryptedMarker));
        QCOMPARE(sealed.size(), 1);
        QVERIFY(!json::dumpCompact(sealed[0].payload).contains("qv77"));
        const auto aliceKey = crypto::X25519Key::fromEd25519Seed(QByteArray(32, 'a'));
        const messaging::DecryptionResult opened =
            messaging::decryptStoredMessage(sealed[0].payload, bob.address, alice.address, {}, &*aliceKey);
        QCOMPARE(opened.status, messaging::EncryptionStatus::Decrypted);
        QCOMPARE(opened.text, secret);

        // To carol, who has no card: the message fails with the reason, and nothing goes out in clear.
        const qint64 toCarol =
            test::waitFor(service->send(bob.address, carol.address, QStringLiteral("clear? zz31"), true));
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(toCarol)->state, messaging::OutboxState::Failed,
                                  kWaitMs);
        QCOMPARE(service->sender()->entry(toCarol)->reason,
                 messaging::MessageSender::recipientHasNoCardReason(carol.address));
        QVERIFY(service->sender()->entry(toCarol)->body.isEmpty());
        QCOMPARE(test::transactionsWithText(client.get(), QStringLiteral("clear? zz31")).size(), 0);

        // alice acknowledges what she read once the setting is on (kept per wallet in the settings).
        const QString sealedHash = sealed[0].txHash;
        service->acknowledgeRead(alice.address, {sealedHash});
        QVERIFY(!service->sendsAcknowledgments(alice.address)); // off by default: nothing was queued
        QSignalSpy queued(service, &gui::MessagingService::acknowledgmentsQueued);
        service->setSendsAcknowledgments(alice.address, true);
        QVERIFY(settings.sendsAcknowledgments(alice.address));
        QVERIFY(!settings.sendsAcknowledgments(bob.address));
        service->acknowledgeRead(alice.address, {sealedHash});
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, kWaitMs);
        auto acksOfAlice = [&] {
            QStringList hashes;
            const auto head = test::waitFor(client->head());
            const auto blocks = test::waitFor(client->blocks(0, head->height, true));
            for (const chain::Block& b : blocks.value())
                for (const chain::Transaction& t : b.transactions)
                    if (t.sender == alice.address && messaging::isAckPayload(t.payload))
                        hashes +=
                            messaging::parseAckText(chain::extractPayloadText(t.payload, t.txMetadata)->text)
                                .value_or(QStringList());
            return hashes;
        };
        QTRY_COMPARE_WITH_TIMEOUT(acksOfAlice().count(sealedHash), 1, kWaitMs);
        // Read again, then a new message read: only the new one is acknowledged.
        service->acknowledgeRead(alice.address, {sealedHash});
        const qint64 plain =
            test::waitFor(service->send(bob.address, alice.address, QStringLiteral("hi"), false));
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(plain)->state, messaging::OutboxState::Confirmed,
                                  kWaitMs);
        const QString plainHash = service->sender()->entry(plain)->txHash;
        service->acknowledgeRead(alice.address, {sealedHash, plainHash});
        QTRY_COMPARE_WITH_TIMEOUT(acksOfAlice().count(plainHash), 1, kWaitMs);
        QCOMPARE(acksOfAlice().count(sealedHash), 1);
        QCOMPARE(queued.size(), 2);
    }

    /// The directory is fed only the blocks added since the last refresh.
    void directoryIsReadIncrementally() {
        QTemporaryDir dir;
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), {alice.address});
        auto client = test::rpcClient(leader->url());
        messaging::AgentDirectoryFeed feed;
        QSignalSpy refreshed(&feed, &messaging::AgentDirectoryFeed::refreshed);
        feed.setNode(client.get());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, kWaitMs);
        const qint64 first = feed.scannedHeight();
        QVERIFY(first >= 0);
        QCOMPARE(feed.blocksRead(), first + 1);
        // One more block, made by a message.
        messaging::OutgoingMessage m;
        m.chainId = QStringLiteral("ait-devnet");
        m.from = alice.address;
        m.to = alice.address;
        m.text = QStringLiteral("a block");
        m.fee = 0;
        QVERIFY(test::waitFor(client->submit(messaging::buildMessageTransaction(m, *alice.key).body)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(test::waitFor(client->head())->height > first, kWaitMs);
        feed.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, kWaitMs);
        // Every block was read exactly once over both refreshes.
        QCOMPARE(feed.blocksRead(), feed.scannedHeight() + 1);
        QVERIFY(feed.scannedHeight() > first);
    }
};

QTEST_MAIN(TestAgentsPane)
#include "tst_agents_pane.moc"
