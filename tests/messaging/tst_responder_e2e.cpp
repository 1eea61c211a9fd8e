// End to end on a devnet leader + follower: Alice sends "ping" through the outbox, a responder for Bob
// (reading the follower's chain.db, submitting to the leader, as the guide's daemon setup) answers
// "pong"; the thread shows both with the round-trip time; a restarted responder answers nothing twice;
// history before the start height is never answered.
#include "messaging_fixtures.h"

#include "messaging/conversations.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "test_result.h"

#include <QSignalSpy>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;

namespace {
constexpr int kWaitMs = 45000;
}

class TestResponderE2e : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');

    std::unique_ptr<MessageSender> makeSender(const QString& path, chain::Node* node,
                                              const test::TestKey& k) {
        const QString address = k.address;
        const crypto::Ed25519Key* key = k.key.get();
        auto s = std::make_unique<MessageSender>(
            path, node, [address, key](const QString& a) { return a == address ? key : nullptr; });
        s->setPollInterval(50);
        s->setFee(0);
        QSignalSpy ready(s.get(), &MessageSender::ready);
        s->start();
        if (!ready.wait(kWaitMs) || !ready.first().at(0).toBool())
            qFatal("outbox did not open");
        return s;
    }

    static std::unique_ptr<chain::Node> dbClient(const QString& path) {
        chain::NodeProfile p;
        p.name = QStringLiteral("follower-db");
        p.chainDbPath = path;
        p.chainId = QStringLiteral("ait-devnet");
        return chain::createNode(p);
    }

    static QList<chain::ChainMessage> messagesOf(chain::Node* node, const QString& address) {
        auto r = test::waitFor(node->messages(address));
        return r.ok() ? r.value() : QList<chain::ChainMessage>{};
    }

    static int countText(const QList<chain::ChainMessage>& list, const QString& text, bool outgoing) {
        return int(std::count_if(list.begin(), list.end(), [&](const chain::ChainMessage& m) {
            return m.text == text && (m.direction == chain::ChainMessage::Direction::Outgoing) == outgoing;
        }));
    }

private slots:
    void pingPongAcrossNodes() {
        QTemporaryDir dir;
        const QStringList funded{alice.address, bob.address};
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), funded);
        auto follower = test::startFollower(dir.filePath(QStringLiteral("follower")), leader->url(), funded);
        auto leaderRpc = test::rpcClient(leader->url());
        auto aliceSender =
            makeSender(dir.filePath(QStringLiteral("alice-outbox.sqlite")), leaderRpc.get(), alice);

        // History: a ping before Bob's responder ever ran must not be answered (start height).
        const qint64 oldPing =
            test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceSender->entry(oldPing)->state, OutboxState::Confirmed, kWaitMs);
        const qint64 oldHeight = aliceSender->entry(oldPing)->blockHeight;
        QTRY_VERIFY_WITH_TIMEOUT(follower->height() >= oldHeight, kWaitMs);

        auto followerDb = dbClient(follower->databasePath());
        auto bobLeaderRpc = test::rpcClient(leader->url());
        const QString bobOutbox = dir.filePath(QStringLiteral("bob-outbox.sqlite"));
        const QString bobState = dir.filePath(QStringLiteral("bob-state.json"));
        qint64 startHeight = -1;
        {
            auto bobSender = makeSender(bobOutbox, bobLeaderRpc.get(), bob);
            Responder responder(bob.address, followerDb.get(), bobSender.get(), ResponderConfig{}, bobState);
            responder.setPollInterval(50);
            QSignalSpy started(&responder, &Responder::startHeightKnown);
            QSignalSpy replied(&responder, &Responder::replied);
            QVERIFY(test::succeeded(responder.start()));
            QVERIFY(started.wait(kWaitMs));
            startHeight = started.first().at(0).toLongLong();
            QVERIFY(startHeight >= oldHeight);

            // The live ping.
            const qint64 ping =
                test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
            QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, kWaitMs);
            QCOMPARE(replied.first().at(0).toString(), aliceSender->entry(ping)->txHash);
            const qint64 pongId = replied.first().at(1).toLongLong();
            QTRY_COMPARE_WITH_TIMEOUT(bobSender->entry(pongId)->state, OutboxState::Confirmed, kWaitMs);
            QCOMPARE(bobSender->entry(pongId)->inReplyTo, aliceSender->entry(ping)->txHash);
            QVERIFY(responder.state().handled.contains(aliceSender->entry(ping)->txHash));
            QVERIFY(!responder.state().handled.contains(aliceSender->entry(oldPing)->txHash));

            // Alice's thread: ping and pong, verified, with the round trip.
            ConversationBook book;
            book.setOwner(alice.address, QStringLiteral("ait-devnet"));
            QTRY_COMPARE_WITH_TIMEOUT(
                countText(messagesOf(leaderRpc.get(), alice.address), QStringLiteral("pong"), false), 1,
                kWaitMs);
            book.setChainMessages(messagesOf(leaderRpc.get(), alice.address));
            book.setOutbox(aliceSender->entries());
            const Conversation* c = book.conversation(bob.address);
            QVERIFY(c);
            const ThreadMessage* livePing = nullptr;
            const ThreadMessage* pong = nullptr;
            for (const ThreadMessage& m : c->messages) {
                if (m.txHash == aliceSender->entry(ping)->txHash)
                    livePing = &m;
                if (!m.outgoing && m.text == QStringLiteral("pong"))
                    pong = &m;
            }
            QVERIFY(livePing && pong);
            QVERIFY(livePing->verified());
            QVERIFY(pong->verified());
            QVERIFY(livePing->rttMs.has_value());
            QVERIFY(*livePing->rttMs >= 0);
            QCOMPARE(livePing->answeredBy, pong->txHash);
            QCOMPARE(pong->inReplyTo, livePing->txHash);
            responder.stop();
        }

        // Restart (new objects, same state file and outbox): nothing is answered again, new pings are.
        {
            auto bobSender = makeSender(bobOutbox, bobLeaderRpc.get(), bob);
            Responder responder(bob.address, followerDb.get(), bobSender.get(), ResponderConfig{}, bobState);
            responder.setPollInterval(50);
            QSignalSpy replied(&responder, &Responder::replied);
            QVERIFY(test::succeeded(responder.start()));
            QCOMPARE(responder.state().startHeight, startHeight);
            const qint64 ping2 =
                test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
            QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, kWaitMs);
            QCOMPARE(replied.first().at(0).toString(), aliceSender->entry(ping2)->txHash);
            const qint64 pong2 = replied.first().at(1).toLongLong();
            QTRY_COMPARE_WITH_TIMEOUT(bobSender->entry(pong2)->state, OutboxState::Confirmed, kWaitMs);
        }
        // On chain: three pings from Alice, exactly two pongs from Bob (the old ping was history).
        const auto bobMessages = messagesOf(leaderRpc.get(), bob.address);
        QCOMPARE(countText(bobMessages, QStringLiteral("ping"), false), 3);
        QCOMPARE(countText(bobMessages, QStringLiteral("pong"), true), 2);
    }

    void crashBetweenReplyAndStateWrite() {
        // The reply reached the outbox but the state file write was lost: the outbox's in_reply_to stops a
        // second answer.
        QTemporaryDir dir;
        const QStringList funded{alice.address, bob.address};
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), funded);
        auto rpc = test::rpcClient(leader->url());
        auto aliceSender = makeSender(dir.filePath(QStringLiteral("a.sqlite")), rpc.get(), alice);
        const QString bobState = dir.filePath(QStringLiteral("bob-state.json"));
        const QString bobOutbox = dir.filePath(QStringLiteral("b.sqlite"));
        ResponderConfig config;
        config.startHeight = 0;
        QString pingHash;
        {
            auto bobSender = makeSender(bobOutbox, rpc.get(), bob);
            Responder responder(bob.address, rpc.get(), bobSender.get(), config, bobState);
            responder.setPollInterval(50);
            QSignalSpy replied(&responder, &Responder::replied);
            QVERIFY(test::succeeded(responder.start()));
            const qint64 ping =
                test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
            QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, kWaitMs);
            pingHash = aliceSender->entry(ping)->txHash;
            responder.stop();
        }
        // Simulate the lost state write: the file says nothing was handled.
        Result<ResponderState> lost = ResponderState::load(bobState);
        QVERIFY(test::succeeded(lost));
        lost->handled.clear();
        QVERIFY(test::succeeded(lost->save(bobState)));
        {
            auto bobSender = makeSender(bobOutbox, rpc.get(), bob);
            Responder responder(bob.address, rpc.get(), bobSender.get(), config, bobState);
            responder.setPollInterval(50);
            QSignalSpy replied(&responder, &Responder::replied);
            QVERIFY(test::succeeded(responder.start()));
            QTRY_VERIFY_WITH_TIMEOUT(responder.state().handled.contains(pingHash), kWaitMs);
            QCOMPARE(replied.size(), 0);
            QCOMPARE(bobSender->entries().size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestResponderE2e)
#include "tst_responder_e2e.moc"
