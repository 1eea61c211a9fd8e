// Conversation grouping, outbox merge, unread counts, ping/pong round trips, replays, the two item
// models (QAbstractItemModelTester) and CSV export.
#include "test_keys.h"

#include "messaging/conversations.h"
#include "messaging/envelope.h"
#include "messaging/thread_models.h"
#include "protocol/ref_request.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;

class TestConversations : public QObject {
    Q_OBJECT

    test::TestKey me = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');
    const QString chainId = QStringLiteral("ait-devnet");
    const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(3, 0), Qt::UTC);

    chain::ChainMessage signedMessage(const test::TestKey& from, const QString& to, const QString& text,
                                      qint64 nonce, qint64 height, const QString& hash,
                                      const QString& inReplyTo = {}) {
        OutgoingMessage m;
        m.chainId = chainId;
        m.from = from.address;
        m.to = to;
        m.text = text;
        m.nonce = nonce;
        m.inReplyTo = inReplyTo;
        const auto body = buildMessageTransaction(m, *from.key).body;
        QList<protocol::ValidationError> errors;
        chain::ChainMessage c;
        c.payload = protocol::parseRefRequest(body, &errors)->payload;
        c.txHash = hash;
        c.blockHeight = height;
        c.sender = from.address;
        c.recipient = to;
        c.text = text;
        c.direction = from.address == me.address ? chain::ChainMessage::Direction::Outgoing
                                                 : chain::ChainMessage::Direction::Incoming;
        c.timestamp = t0.addSecs(height);
        return c;
    }

    chain::ChainMessage plainMessage(const QString& from, const QString& to, const QString& text,
                                     qint64 height, const QString& hash) {
        chain::ChainMessage c;
        json::Value p = json::Value::object();
        p.insert(QStringLiteral("message"), text);
        c.payload = p;
        c.txHash = hash;
        c.blockHeight = height;
        c.sender = from;
        c.recipient = to;
        c.text = text;
        c.direction = from == me.address ? chain::ChainMessage::Direction::Outgoing
                                         : chain::ChainMessage::Direction::Incoming;
        c.timestamp = t0.addSecs(height);
        return c;
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

    void modelsPassTheTester() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        ConversationListModel list;
        ThreadMessagesModel thread;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester threadTester(&thread,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<chain::ChainMessage> msgs{
            signedMessage(me, bob.address, QStringLiteral("ping"), 0, 1, QStringLiteral("0x01"))};
        book.setChainMessages(msgs);
        list.setConversations(book.conversations());
        thread.setConversation(book.conversations().first());
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(thread.rowCount(), 1);
        QCOMPARE(thread.columnCount(), int(ThreadMessagesModel::ColumnCount));
        // Grows in place.
        msgs.append(signedMessage(bob, me.address, QStringLiteral("pong"), 0, 2, QStringLiteral("0x02"),
                                  QStringLiteral("0x01")));
        book.setChainMessages(msgs);
        QSignalSpy inserted(&thread, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&thread, &QAbstractItemModel::modelReset);
        thread.setConversation(book.conversations().first());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(thread.rowCount(), 2);
        QCOMPARE(thread.data(thread.index(0, ThreadMessagesModel::RttColumn)).toString(),
                 QStringLiteral("RTT 1.0 s"));
        QCOMPARE(thread.data(thread.index(1, ThreadMessagesModel::AuthorshipColumn)).toString(),
                 QStringLiteral("verified"));
        QCOMPARE(thread.data(thread.index(1, ThreadMessagesModel::HeightColumn)).toString(),
                 QStringLiteral("2"));
        QCOMPARE(thread.data(thread.index(1, 0), ThreadMessagesModel::VerifiedRole).toBool(), true);
        list.setConversations(book.conversations());
        QCOMPARE(list.data(list.index(0), ConversationListModel::UnreadRole).toInt(), 1);
        QVERIFY(list.data(list.index(0)).toString().contains(QStringLiteral("1 unread")));
        // Another conversation appears: reset, still consistent.
        msgs.append(
            plainMessage(carol.address, me.address, QStringLiteral("new"), 3, QStringLiteral("0x03")));
        book.setChainMessages(msgs);
        list.setConversations(book.conversations());
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.data(list.index(0), ConversationListModel::CounterpartRole).toString(), carol.address);
        thread.setConversation(*book.conversation(carol.address));
        QCOMPARE(thread.rowCount(), 1);
        thread.clear();
        QCOMPARE(thread.rowCount(), 0);
    }

    void hostileTextsInTheModel() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        const QString hostile = QStringLiteral("<b>x</b>") + QChar(0x202E) + QStringLiteral("txt.exe") +
                                QChar(0x1b) + QString(10 * 1024, u'A');
        book.setChainMessages({plainMessage(bob.address, me.address, hostile, 1, QStringLiteral("0x01"))});
        ThreadMessagesModel thread;
        thread.setConversation(book.conversations().first());
        const QString shown = thread.data(thread.index(0, ThreadMessagesModel::TextColumn)).toString();
        QVERIFY(shown.startsWith(QStringLiteral("<b>x</b>\u27e8U+202E\u27e9txt.exe\u27e8U+001B\u27e9")));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!shown.contains(QChar(0x1b)));
        QVERIFY(shown.size() < 2200);
        QVERIFY(thread.data(thread.index(0, 0), ThreadMessagesModel::TruncatedRole).toBool());
        const QString full =
            thread.data(thread.index(0, 0), ThreadMessagesModel::SafeFullTextRole).toString();
        QVERIFY(full.size() > 10 * 1024);
        QVERIFY(!full.contains(QChar(0x202E)));
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
