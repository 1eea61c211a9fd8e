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

private:
    static void compareBooks(const ConversationBook& got, const ConversationBook& want) {
        QCOMPARE(got.conversations().size(), want.conversations().size());
        for (qsizetype i = 0; i < want.conversations().size(); ++i) {
            const Conversation& a = got.conversations()[i];
            const Conversation& b = want.conversations()[i];
            QCOMPARE(a.counterpart, b.counterpart);
            QCOMPARE(a.lastActivity, b.lastActivity);
            QCOMPARE(a.unread, b.unread);
            QCOMPARE(a.messages.size(), b.messages.size());
            for (qsizetype j = 0; j < b.messages.size(); ++j) {
                const ThreadMessage& x = a.messages[j];
                const ThreadMessage& y = b.messages[j];
                QCOMPARE(x.txHash, y.txHash);
                QCOMPARE(x.outboxId, y.outboxId);
                QCOMPARE(x.outgoing, y.outgoing);
                QCOMPARE(x.text, y.text);
                QCOMPARE(x.time, y.time);
                QCOMPARE(x.sentAt, y.sentAt);
                QCOMPARE(x.blockHeight, y.blockHeight);
                QCOMPARE(x.status, y.status);
                QCOMPARE(x.authorship, y.authorship);
                QCOMPARE(x.signedNonce, y.signedNonce);
                QCOMPARE(x.inReplyTo, y.inReplyTo);
                QCOMPARE(x.rttMs, y.rttMs);
                QCOMPARE(x.answeredBy, y.answeredBy);
            }
        }
    }

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

    void appendingInStepsEqualsOneBuild() {
        // A history with forged, unsigned, replayed and re-replayed messages, pings and pongs, and an
        // outbox entry matched on chain; a replay of a message of an earlier step must still be caught.
        const chain::ChainMessage original =
            signedMessage(bob, me.address, QStringLiteral("pay 5"), 4, 2, QStringLiteral("0x02"));
        chain::ChainMessage forged =
            signedMessage(carol, me.address, QStringLiteral("I am bob"), 0, 3, QStringLiteral("0x03"));
        forged.sender = bob.address;
        chain::ChainMessage replay = original;
        replay.txHash = QStringLiteral("0x07");
        replay.blockHeight = 7;
        chain::ChainMessage replayAgain = replay;
        replayAgain.txHash = QStringLiteral("0x0a");
        replayAgain.blockHeight = 10;
        const QList<chain::ChainMessage> all{
            plainMessage(me.address, bob.address, QStringLiteral("ping"), 1, QStringLiteral("0x01")),
            original,
            forged,
            plainMessage(bob.address, me.address, QStringLiteral("pong"), 4, QStringLiteral("0x04")),
            signedMessage(carol, me.address, QStringLiteral("hi"), 0, 5, QStringLiteral("0x05")),
            signedMessage(me, carol.address, QStringLiteral("ping"), 0, 6, QStringLiteral("0x06")),
            replay,
            plainMessage(carol.address, me.address, QStringLiteral("pong"), 8, QStringLiteral("0x08")),
            plainMessage(bob.address, me.address, QStringLiteral("\u202eevil"), 9, QStringLiteral("0x09")),
            replayAgain,
        };
        OutboxEntry sent;
        sent.id = 1;
        sent.chainId = chainId;
        sent.sender = me.address;
        sent.recipient = carol.address;
        sent.text = QStringLiteral("ping");
        sent.state = OutboxState::Confirmed;
        sent.txHash = QStringLiteral("0x06");
        sent.blockHeight = 6;
        sent.createdAt = t0.addSecs(5);

        ConversationBook whole;
        whole.setOwner(me.address, chainId);
        whole.setOutbox({sent});
        whole.setChainMessages(all);

        ConversationBook stepwise;
        stepwise.setOwner(me.address, chainId);
        stepwise.setOutbox({sent});
        for (const qsizetype upTo : {qsizetype(1), qsizetype(3), qsizetype(4), qsizetype(8), all.size()})
            stepwise.setChainMessages(all.mid(0, upTo));
        compareBooks(stepwise, whole);
        const Conversation* withBob = stepwise.conversation(bob.address);
        QVERIFY(withBob);
        QCOMPARE(withBob->messages[1].authorship, Authorship::Verified);
        QCOMPARE(withBob->messages[2].authorship, Authorship::BadSignature);
        QCOMPARE(withBob->messages[4].authorship, Authorship::Replayed);
        QCOMPARE(withBob->messages[6].authorship, Authorship::Replayed);

        // A changed row in the middle (a reorg) is not an append: the result is still the whole build's.
        QList<chain::ChainMessage> reorged = all;
        reorged[1] =
            plainMessage(bob.address, me.address, QStringLiteral("pay 500"), 2, QStringLiteral("0x02"));
        ConversationBook reorgWhole;
        reorgWhole.setOwner(me.address, chainId);
        reorgWhole.setOutbox({sent});
        reorgWhole.setChainMessages(reorged);
        stepwise.setChainMessages(reorged);
        compareBooks(stepwise, reorgWhole);
        const Conversation* after = stepwise.conversation(bob.address);
        QCOMPARE(after->messages[1].authorship, Authorship::Unsigned);
        QCOMPARE(after->messages[4].authorship, Authorship::Verified); // now the first use of its signature
        QCOMPARE(after->messages[6].authorship, Authorship::Replayed);
    }

    void appendedBlocksEqualOneBuild() {
        // appendChainMessages (what the Messages pane calls per new block): plain messages go to the end
        // of their conversation in place, a new counterpart gets a conversation, the order by activity
        // and the unread counts follow; an answer to pair falls back to a rebuild. Each step equals a
        // book given the whole list at once, with the same read marks.
        QList<chain::ChainMessage> msgs = history(20);
        ConversationBook stepwise;
        stepwise.setOwner(me.address, chainId);
        stepwise.setChainMessages(msgs);
        stepwise.markRead(bob.address, 15);
        const auto step = [&](const QList<chain::ChainMessage>& added) {
            msgs += added;
            stepwise.appendChainMessages(added);
            ConversationBook whole;
            whole.setOwner(me.address, chainId);
            whole.setReadMarks(stepwise.readMarks());
            whole.setChainMessages(msgs);
            compareBooks(stepwise, whole);
            QCOMPARE(stepwise.chainThread().size(), msgs.size());
        };
        step({plainMessage(carol.address, me.address, QStringLiteral("first from carol"), 21,
                           QStringLiteral("0xc1"))});
        QCOMPARE(stepwise.conversations().first().counterpart, carol.address);
        QCOMPARE(stepwise.conversation(bob.address)->unread, 5);
        step(history(3, 22));
        QCOMPARE(stepwise.conversations().first().counterpart, bob.address);
        QCOMPARE(stepwise.conversation(bob.address)->unread, 8);
        step({signedMessage(me, bob.address, QStringLiteral("ping"), 1, 25, QStringLiteral("0xp1")),
              plainMessage(carol.address, me.address, QStringLiteral("two"), 25, QStringLiteral("0xc2"))});
        step({plainMessage(bob.address, me.address, QStringLiteral("pong"), 26, QStringLiteral("0xb2"))});
        QVERIFY(stepwise.conversation(bob.address)->messages[23].rttMs.has_value());
        stepwise.markRead(bob.address, 26);
        QCOMPARE(stepwise.conversation(bob.address)->unread, 0);
        step(history(1, 27));
        QCOMPARE(stepwise.conversation(bob.address)->unread, 1);
        QCOMPARE(stepwise.totalUnread(), 3);
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
