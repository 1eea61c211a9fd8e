// The conversation drawn as a chat (ChatDelegate over ThreadMessagesModel in a QListView): it opens at
// the newest message, follows new ones only for a user at the bottom, wraps long texts inside their
// bubble, separates days, marks each delivery state and the acknowledgment, and shows an encrypted
// message's text only while the reader's key is there.
#include "conversation_fixture.h"

#include "crypto/x25519.h"
#include "messaging/acknowledgments.h"
#include "messaging/conversations.h"
#include "messaging/encrypted_envelope.h"
#include "models/message_annotations.h"
#include "models/thread_models.h"
#include "panes/messages/chat_delegate.h"
#include "panes/messages/follow_newest.h"

#include <QListView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;
using gui::ChatDelegate;
using gui::FollowNewest;
using gui::ThreadMessagesModel;
using Mark = ThreadMessagesModel::StatusMark;

class TestChatView : public QObject, test::ConversationFixture {
    Q_OBJECT

    struct Chat {
        ThreadMessagesModel model;
        QListView view;
        ChatDelegate* delegate;
        FollowNewest* follow;
        Chat() {
            delegate = new ChatDelegate(&view);
            view.setItemDelegate(delegate);
            view.setUniformItemSizes(false);
            view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            view.setResizeMode(QListView::Adjust);
            view.setModel(&model);
            follow = new FollowNewest(&view);
            view.resize(500, 300);
            view.show();
        }
        bool rowVisible(int row) const {
            const QRect r = view.visualRect(model.index(row, 0));
            return r.isValid() && view.viewport()->rect().intersects(r);
        }
    };

    chain::ChainMessage encryptedMessage(const test::TestKey& from, const test::TestKey& to,
                                         const QString& text, qint64 nonce, qint64 height,
                                         const QString& hash) {
        OutgoingMessage m;
        m.chainId = chainId;
        m.from = from.address;
        m.to = to.address;
        m.text = text;
        m.nonce = nonce;
        const auto recipientKey = crypto::X25519Key::fromEd25519Seed(to.key->seed().view());
        const auto tx = buildEncryptedMessageTransaction(m, *from.key, recipientKey.value().publicKey());
        if (!tx)
            qFatal("cannot encrypt: %s", qPrintable(tx.error().message));
        QList<protocol::ValidationError> errors;
        chain::ChainMessage c;
        c.payload = protocol::parseRefRequest(tx->body, &errors)->payload;
        c.txHash = hash;
        c.blockHeight = height;
        c.sender = from.address;
        c.recipient = to.address;
        c.text = QString::fromLatin1(kEncryptedMarker);
        c.direction = from.address == me.address ? chain::ChainMessage::Direction::Outgoing
                                                 : chain::ChainMessage::Direction::Incoming;
        c.timestamp = t0.addSecs(height);
        return c;
    }

private slots:
    void opensAtNewestMessage() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(history(500));
        Chat chat;
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        chat.model.setConversation(*book.conversation(bob.address));
        QTRY_VERIFY(chat.rowVisible(499));
        QVERIFY(!chat.rowVisible(0));
        QVERIFY(chat.follow->isFollowing());
        QScrollBar* bar = chat.view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        // Every row's size was measured once and is kept.
        QVERIFY(chat.delegate->cachedRows() >= 500);
    }

    void scrolledUpUserIsNotYankedDown() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        QList<chain::ChainMessage> msgs = history(200);
        book.setChainMessages(msgs);
        Chat chat;
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        chat.model.setConversation(*book.conversation(bob.address));
        QTRY_VERIFY(chat.rowVisible(199));

        // At the bottom, a new message scrolls into view.
        msgs.append(history(1, 201));
        book.setChainMessages(msgs);
        chat.model.setConversation(*book.conversation(bob.address));
        QTRY_VERIFY(chat.rowVisible(200));

        // Scrolled up to read: new messages do not move the view.
        QScrollBar* bar = chat.view.verticalScrollBar();
        bar->setValue(0);
        QVERIFY(!chat.follow->isFollowing());
        QVERIFY(chat.rowVisible(0));
        msgs.append(history(3, 202));
        book.setChainMessages(msgs);
        chat.model.setConversation(*book.conversation(bob.address));
        QCOMPARE(chat.model.rowCount(), 204);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        QVERIFY(chat.rowVisible(0));
        QVERIFY(!chat.rowVisible(203));
        QVERIFY(chat.follow->jumpButton()->isVisible());

        chat.follow->jumpToNewest();
        QTRY_VERIFY(chat.rowVisible(203));
    }

    void longTextWrapsInsideItsBubble() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        QString longText;
        for (int i = 0; i < 120; ++i)
            longText += QStringLiteral("word%1 ").arg(i);
        longText += QStringLiteral("THE-END");
        book.setChainMessages(
            {plainMessage(bob.address, me.address, QStringLiteral("short"), 1, QStringLiteral("0x01")),
             plainMessage(bob.address, me.address, longText, 2, QStringLiteral("0x02"))});
        Chat chat;
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        chat.model.setConversation(*book.conversation(bob.address));
        const QModelIndex shortRow = chat.model.index(0, 0);
        const QModelIndex longRow = chat.model.index(1, 0);
        // The whole text is there, not cut with "…".
        QCOMPARE(longRow.data(ThreadMessagesModel::BubbleTextRole).toString(), longText);
        QStyleOptionViewItem option;
        option.font = chat.view.font();
        const QSize shortSize = chat.delegate->sizeHint(option, shortRow);
        const QSize longSize = chat.delegate->sizeHint(option, longRow);
        const int lineSpacing = QFontMetrics(chat.view.font()).lineSpacing();
        QVERIFY2(longSize.height() > shortSize.height() + 5 * lineSpacing,
                 qPrintable(QStringLiteral("%1 vs %2").arg(longSize.height()).arg(shortSize.height())));

        // Laid out in the view, the wrapped text lies inside its bubble and the bubble inside its row.
        QTRY_VERIFY(chat.view.visualRect(longRow).height() == longSize.height());
        const QRect row = chat.view.visualRect(longRow);
        const ChatDelegate::Geometry g = chat.delegate->geometry(row, longRow);
        QVERIFY(row.contains(g.bubble));
        QVERIFY(g.bubble.contains(g.text));
        QVERIFY(g.bubble.contains(g.meta));
        QVERIFY(g.text.height() >= 5 * lineSpacing);
        QVERIFY(g.text.width() < row.width());

        // A narrower view wraps into more lines: the height follows the width.
        chat.view.resize(300, 300);
        QTRY_VERIFY(chat.delegate->sizeHint(option, longRow).height() > longSize.height());
        QTRY_VERIFY(chat.view.visualRect(longRow).height() ==
                    chat.delegate->sizeHint(option, longRow).height());

        // Own messages sit on the right, the other party's on the left.
        book.setChainMessages(
            {plainMessage(bob.address, me.address, QStringLiteral("hi"), 1, QStringLiteral("0x01")),
             plainMessage(me.address, bob.address, QStringLiteral("hello"), 2, QStringLiteral("0x02"))});
        chat.model.setConversation(*book.conversation(bob.address));
        QTRY_COMPARE(chat.model.rowCount(), 2);
        const QRect r0 = chat.view.visualRect(chat.model.index(0, 0));
        const QRect r1 = chat.view.visualRect(chat.model.index(1, 0));
        const QRect theirs = chat.delegate->geometry(r0, chat.model.index(0, 0)).bubble;
        const QRect mine = chat.delegate->geometry(r1, chat.model.index(1, 0)).bubble;
        QVERIFY(theirs.center().x() < r0.center().x());
        QVERIFY(mine.center().x() > r1.center().x());
        QVERIFY(!chat.view.grab().isNull()); // paints every part without failing
    }

    void daySeparatorsBetweenDays() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        QList<chain::ChainMessage> msgs = history(4);
        // Two messages a day apart from the first two (local noon, so no time zone moves them across).
        const QDateTime day1 = QDateTime(QDate(2026, 11, 26), QTime(12, 0)).toUTC();
        msgs[0].timestamp = day1;
        msgs[1].timestamp = day1.addSecs(30);
        msgs[2].timestamp = day1.addDays(1);
        msgs[3].timestamp = day1.addDays(1).addSecs(5);
        book.setChainMessages(msgs);
        Chat chat;
        chat.model.setConversation(*book.conversation(bob.address));
        QCOMPARE(chat.model.rowCount(), 4);
        QList<bool> starts;
        for (int r = 0; r < 4; ++r)
            starts << ChatDelegate::startsDay(chat.model.index(r, 0));
        QCOMPARE(starts, (QList<bool>{true, false, true, false}));
        QStyleOptionViewItem option;
        QVERIFY(chat.delegate->sizeHint(option, chat.model.index(2, 0)).height() >
                chat.delegate->sizeHint(option, chat.model.index(3, 0)).height());
        const QRect row2(0, 0, 500, 200);
        QVERIFY(!chat.delegate->geometry(row2, chat.model.index(2, 0)).separator.isEmpty());
        QVERIFY(chat.delegate->geometry(row2, chat.model.index(3, 0)).separator.isEmpty());
        // The time has seconds: messages seconds apart read differently.
        QVERIFY(chat.model.index(2, 0).data(ThreadMessagesModel::MetaTextRole).toString() !=
                chat.model.index(3, 0).data(ThreadMessagesModel::MetaTextRole).toString());

        // Under a search filter the separators follow the rows that are left.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&chat.model);
        proxy.setFilterRole(ThreadMessagesModel::BubbleTextRole);
        proxy.setFilterFixedString(QStringLiteral("message 4"));
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(ChatDelegate::startsDay(proxy.index(0, 0)));
    }

    void statusMarksPerState() {
        Conversation c;
        c.counterpart = bob.address;
        const ThreadMessage::Status states[] = {
            ThreadMessage::Status::Queued, ThreadMessage::Status::Mempool, ThreadMessage::Status::Confirmed,
            ThreadMessage::Status::Confirmed, ThreadMessage::Status::Failed};
        for (int i = 0; i < 5; ++i) {
            ThreadMessage m;
            m.outgoing = true;
            m.outboxId = i;
            m.txHash = i == 0 ? QString() : QStringLiteral("0xaa%1").arg(i);
            m.text = QStringLiteral("m%1").arg(i);
            m.status = states[i];
            m.blockHeight = states[i] == ThreadMessage::Status::Confirmed ? 10 + i : -1;
            m.failReason = QStringLiteral("fee too low");
            m.time = t0.addSecs(i);
            c.messages.append(m);
        }
        Chat chat;
        chat.model.setConversation(c);
        gui::MessageAnnotation acked;
        acked.ack = AckRecord{20, t0.addSecs(60), QStringLiteral("0xbb")};
        QSignalSpy changed(&chat.model, &QAbstractItemModel::dataChanged);
        chat.model.setAnnotations({{QStringLiteral("0xaa3"), acked}});
        QCOMPARE(changed.size(), 1); // only the acknowledged row is repainted
        QList<Mark> marks;
        for (int r = 0; r < 5; ++r)
            marks << Mark(chat.model.index(r, 0).data(ThreadMessagesModel::StatusMarkRole).toInt());
        QCOMPARE(marks, (QList<Mark>{Mark::Queued, Mark::Mempool, Mark::Confirmed, Mark::Acknowledged,
                                     Mark::Failed}));
        QVERIFY(chat.model.index(3, 0)
                    .data(ThreadMessagesModel::StatusTextRole)
                    .toString()
                    .contains(QStringLiteral("acknowledged at height 20")));
        QVERIFY(chat.model.index(4, 0)
                    .data(ThreadMessagesModel::StatusTextRole)
                    .toString()
                    .contains(QStringLiteral("fee too low")));
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        QVERIFY(!chat.view.grab().isNull());
    }

    void verifiedReplyAcknowledgesAndRoundTrip() {
        // bob's signed answer to my signed ping acknowledges it; the ping carries its round trip.
        ConversationBook book;
        book.setOwner(me.address, chainId);
        const QList<chain::ChainMessage> msgs{
            signedMessage(me, bob.address, QStringLiteral("ping"), 1, 5, QStringLiteral("0xp1")),
            signedMessage(bob, me.address, QStringLiteral("pong"), 1, 6, QStringLiteral("0xp2"),
                          QStringLiteral("0xp1"))};
        book.setChainMessages(msgs);
        gui::MessageAnnotator annotator;
        Chat chat;
        chat.model.setConversation(*book.conversation(bob.address));
        chat.model.setAnnotations(annotator.annotate(book, chainId, nullptr));
        QCOMPARE(Mark(chat.model.index(0, 0).data(ThreadMessagesModel::StatusMarkRole).toInt()),
                 Mark::Acknowledged);
        QVERIFY(chat.model.index(0, 0)
                    .data(ThreadMessagesModel::MetaTextRole)
                    .toString()
                    .contains(QStringLiteral("RTT")));
        QVERIFY(chat.model.index(1, 0)
                    .data(ThreadMessagesModel::MetaTextRole)
                    .toString()
                    .contains(QStringLiteral("verified")));
    }

    void acknowledgmentSaysWhatItMeans() {
        // bob's signed acknowledgment of my message: my message gets the mark, his reads as words.
        const QString original = QStringLiteral("0x") + QString(64, u'c');
        OutgoingMessage ack;
        ack.chainId = chainId;
        ack.from = bob.address;
        ack.to = me.address;
        ack.text = ackText({original});
        ack.nonce = 1;
        ack.extraMembers = ackMembers();
        QList<protocol::ValidationError> errors;
        chain::ChainMessage a;
        a.payload = protocol::parseRefRequest(buildMessageTransaction(ack, *bob.key).body, &errors)->payload;
        a.txHash = QStringLiteral("0xa1");
        a.blockHeight = 4;
        a.sender = bob.address;
        a.recipient = me.address;
        a.text = ack.text;
        a.direction = chain::ChainMessage::Direction::Incoming;
        a.timestamp = t0.addSecs(4);
        const QList<chain::ChainMessage> msgs{
            signedMessage(me, bob.address, QStringLiteral("read me"), 1, 3, original), a};
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(msgs);
        gui::MessageAnnotator annotator;
        Chat chat;
        chat.model.setConversation(*book.conversation(bob.address));
        chat.model.setAnnotations(annotator.annotate(book, chainId, nullptr));
        QCOMPARE(chat.model.rowCount(), 2);
        QCOMPARE(Mark(chat.model.index(0, 0).data(ThreadMessagesModel::StatusMarkRole).toInt()),
                 Mark::Acknowledged);
        QCOMPARE(chat.model.index(1, 0).data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("Acknowledged 1 message(s) as read"));
        // Read out as one sentence.
        QVERIFY(chat.model.index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("read me")));
    }

    void encryptedTextOnlyWithTheKey() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        const QList<chain::ChainMessage> msgs{
            encryptedMessage(bob, me, QStringLiteral("the secret plan"), 1, 3, QStringLiteral("0xe1")),
            plainMessage(bob.address, me.address, QStringLiteral("in clear"), 4, QStringLiteral("0xe2"))};
        book.setChainMessages(msgs);
        gui::MessageAnnotator annotator;
        Chat chat;
        chat.model.setConversation(*book.conversation(bob.address));
        const QModelIndex secret = chat.model.index(0, 0);

        // Locked: the marker is not shown as if it were the text, and nothing is decrypted.
        chat.model.setAnnotations(annotator.annotate(book, chainId, nullptr));
        QCOMPARE(secret.data(ThreadMessagesModel::EncryptionRole).toInt(), int(EncryptionStatus::Locked));
        QCOMPARE(secret.data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("Locked: unlock the wallet to read"));
        QCOMPARE(chat.model.index(1, 0).data(ThreadMessagesModel::EncryptionRole).toInt(),
                 int(EncryptionStatus::Plain));

        // Unlocked: the text, and the search finds it.
        const auto mine = crypto::X25519Key::fromEd25519Seed(me.key->seed().view());
        chat.model.setAnnotations(annotator.annotate(book, chainId, &mine.value()));
        QCOMPARE(secret.data(ThreadMessagesModel::EncryptionRole).toInt(), int(EncryptionStatus::Decrypted));
        QCOMPARE(secret.data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("the secret plan"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&chat.model);
        proxy.setFilterRole(ThreadMessagesModel::BubbleTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("SECRET"));
        QCOMPARE(proxy.rowCount(), 1);

        // Locked again: the plaintext is gone from the model.
        chat.model.setAnnotations(annotator.annotate(book, chainId, nullptr));
        QCOMPARE(secret.data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("Locked: unlock the wallet to read"));
        QCOMPARE(proxy.rowCount(), 0);

        // Another wallet's key opens nothing.
        const auto other = crypto::X25519Key::fromEd25519Seed(carol.key->seed().view());
        chat.model.setAnnotations(annotator.annotate(book, chainId, &other.value()));
        QCOMPARE(secret.data(ThreadMessagesModel::EncryptionRole).toInt(),
                 int(EncryptionStatus::NotForThisKey));
        QVERIFY(
            !secret.data(ThreadMessagesModel::BubbleTextRole).toString().contains(QStringLiteral("plan")));
        QVERIFY(QTest::qWaitForWindowExposed(&chat.view));
        QVERIFY(!chat.view.grab().isNull());
    }

    void tenThousandConversationsFilterAndSwap() {
        const auto makeList = [this](const QString& prefix) {
            QList<Conversation> list;
            for (int i = 0; i < 10000; ++i) {
                Conversation c;
                c.counterpart = prefix + QStringLiteral("%1").arg(i, 36, 10, QLatin1Char('0'));
                c.lastActivity = t0.addSecs(i % 100); // many ties: their order must not change
                list.append(c);
            }
            return list;
        };
        gui::ConversationListModel model;
        model.setConversations(makeList(QStringLiteral("ait1a")));
        gui::ConversationSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 10000);
        const QString firstShown =
            proxy.index(0, 0).data(gui::ConversationListModel::CounterpartRole).toString();
        // Newest first; among equal times, first seen first.
        QCOMPARE(firstShown,
                 QStringLiteral("ait1a") + QStringLiteral("%1").arg(99, 36, 10, QLatin1Char('0')));
        proxy.setFilterFixedString(QStringLiteral("0009999"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 10000);
        // The same data again (a refresh) changes nothing: no row moves.
        model.setConversations(makeList(QStringLiteral("ait1a")));
        QCOMPARE(proxy.index(0, 0).data(gui::ConversationListModel::CounterpartRole).toString(), firstShown);
        // Another wallet: all rows replaced, the index consistent.
        const QList<Conversation> other = makeList(QStringLiteral("ait1b"));
        model.setConversations(other);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.rowOf(other[5].counterpart), 5);
        QCOMPARE(model.rowOf(other[9999].counterpart), 9999);
        QCOMPARE(model.rowOf(QStringLiteral("ait1a") + QStringLiteral("%1").arg(5, 36, 10, QLatin1Char('0'))),
                 -1);
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chat_view.moc"
