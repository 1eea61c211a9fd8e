// Conversation grouping, outbox merge, unread counts, ping/pong round trips, replays and CSV export
// (the item models built on them are tested by tst_thread_models).
#include "conversation_fixture.h"

#include "messaging/conversations.h"
#include "messaging/envelope.h"
#include "protocol/ref_request.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;

class TestConversations : public QObject, test::ConversationFixture {
    Q_OBJECT

private slots:
    void groupsByCounterpartNewestFirst() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages({
            signedMessage(me, bob.address, QStringLiteral("hi bob"), 0, 1, QStringLiteral("0x01")),
            signedMessage(carol, me.address, QStringLiteral("hi from carol"), 0, 2, QStringLiteral("0x02")),
            signedMessage(bob, me.address, QStringLiteral("hi back"), 0, 3, QStringLiteral("0x03")),
        });
        QCOMPARE(book.conversations().size(), 2);
        QCOMPARE(book.conversations()[0].counterpart, bob.address); // activity at height 3
        QCOMPARE(book.conversations()[1].counterpart, carol.address);
        QCOMPARE(book.conversations()[0].messages.size(), 2);
        QVERIFY(book.conversations()[0].messages[0].outgoing);
        QVERIFY(book.conversations()[0].messages[1].verified());
        QCOMPARE(book.conversations()[0].unread, 1);
        QCOMPARE(book.totalUnread(), 2);
        book.markRead(bob.address, 3);
        QCOMPARE(book.conversation(bob.address)->unread, 0);
        QCOMPARE(book.totalUnread(), 1);
    }

    void forgedAndUnsignedAreUnverified() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        // Carol's key, Bob's address as sender.
        chain::ChainMessage forged =
            signedMessage(carol, me.address, QStringLiteral("I am bob"), 0, 1, QStringLiteral("0x01"));
        forged.sender = bob.address;
        book.setChainMessages({forged, plainMessage(bob.address, me.address, QStringLiteral("plain"), 2,
                                                    QStringLiteral("0x02"))});
        const Conversation* c = book.conversation(bob.address);
        QVERIFY(c);
        QCOMPARE(c->messages.size(), 2);
        QVERIFY(!c->messages[0].verified());
        QCOMPARE(c->messages[0].authorship, Authorship::BadSignature);
        QCOMPARE(c->messages[1].authorship, Authorship::Unsigned);
    }

    void replayIsFlagged() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        const chain::ChainMessage original =
            signedMessage(bob, me.address, QStringLiteral("pay 5"), 4, 1, QStringLiteral("0x01"));
        chain::ChainMessage replay = original;
        replay.txHash = QStringLiteral("0x02");
        replay.blockHeight = 9;
        book.setChainMessages({original, replay});
        const Conversation* c = book.conversation(bob.address);
        QCOMPARE(c->messages[0].authorship, Authorship::Verified);
        QCOMPARE(c->messages[1].authorship, Authorship::Replayed);
    }

    void outboxMergesWithChain() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        OutboxEntry confirmed;
        confirmed.id = 1;
        confirmed.chainId = chainId;
        confirmed.sender = me.address;
        confirmed.recipient = bob.address;
        confirmed.text = QStringLiteral("ping");
        confirmed.state = OutboxState::Confirmed;
        confirmed.txHash = QStringLiteral("0x01");
        confirmed.blockHeight = 5;
        confirmed.createdAt = t0.addSecs(3);
        OutboxEntry pending = confirmed;
        pending.id = 2;
        pending.text = QStringLiteral("second");
        pending.state = OutboxState::Submitted;
        pending.txHash = QStringLiteral("0x02");
        pending.createdAt = t0.addSecs(6);
        OutboxEntry failed = pending;
        failed.id = 3;
        failed.text = QStringLiteral("third");
        failed.state = OutboxState::Failed;
        failed.reason = QStringLiteral("insufficient balance for sender");
        failed.txHash.clear();
        OutboxEntry foreign = pending;
        foreign.id = 4;
        foreign.sender = carol.address; // another wallet's outbox entry
        book.setOutbox({confirmed, pending, failed, foreign});
        book.setChainMessages(
            {signedMessage(me, bob.address, QStringLiteral("ping"), 0, 5, QStringLiteral("0x01")),
             signedMessage(bob, me.address, QStringLiteral("pong"), 0, 7, QStringLiteral("0x09"),
                           QStringLiteral("0x01"))});
        const Conversation* c = book.conversation(bob.address);
        QVERIFY(c);
        QCOMPARE(c->messages.size(), 4); // ping (merged), pong, mempool, failed
        QCOMPARE(c->messages[0].outboxId, 1);
        QCOMPARE(c->messages[0].status, ThreadMessage::Status::Confirmed);
        QCOMPARE(threadStatusText(c->messages[0]), QStringLiteral("confirmed at height 5"));
        // RTT: from writing the ping (t0+3 s) to the pong's block (t0+7 s).
        QVERIFY(c->messages[0].rttMs.has_value());
        QCOMPARE(*c->messages[0].rttMs, 4000);
        QCOMPARE(c->messages[0].answeredBy, QStringLiteral("0x09"));
        QCOMPARE(c->messages[2].status, ThreadMessage::Status::Mempool);
        QCOMPARE(c->messages[3].status, ThreadMessage::Status::Failed);
        QCOMPARE(threadStatusText(c->messages[3]), QStringLiteral("failed: insufficient balance for sender"));
        QCOMPARE(book.conversations().size(), 1);
    }

    void pongOfOtherToolsPairsByOrder() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(
            {plainMessage(me.address, bob.address, QStringLiteral("ping"), 2, QStringLiteral("0x01")),
             plainMessage(bob.address, me.address, QStringLiteral("hello"), 3, QStringLiteral("0x02")),
             plainMessage(bob.address, me.address, QStringLiteral("pong"), 5, QStringLiteral("0x03"))});
        const Conversation* c = book.conversation(bob.address);
        QVERIFY(c->messages[0].rttMs.has_value());
        QCOMPARE(*c->messages[0].rttMs, 3000); // block times t0+2 s -> t0+5 s
    }

    void csvExport() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(
            {plainMessage(me.address, bob.address, QStringLiteral("ping"), 1, QStringLiteral("0x01")),
             plainMessage(bob.address, me.address, QStringLiteral("=HYPERLINK(\"x\")\nline"), 2,
                          QStringLiteral("0x02"))});
        const QByteArray csv = conversationCsv(*book.conversation(bob.address));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[0],
                 QByteArray("direction,time_utc,block_height,status,verified,rtt_ms,tx_hash,text\r"));
        QVERIFY(lines[1].startsWith("out,2026-11-26T03:00:01.000Z,1,confirmed,false,,0x01,\"ping\""));
        // Formula guard, quotes doubled, newline kept inside the quoted cell.
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\nline\""));
    }
};

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
