// The conversation list and thread item models of the GUI: QAbstractItemModelTester, in-place growth,
// and hostile texts made display-safe.
#include "conversation_fixture.h"

#include "messaging/conversations.h"
#include "models/thread_models.h"

#include "common/time_format.h"
#include "panes/messages/conversation_delegate.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTranslator>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;
using gui::ConversationDelegate;
using gui::ConversationListModel;
using gui::ThreadMessagesModel;

class TestThreadModels : public QObject, test::ConversationFixture {
    Q_OBJECT

private slots:
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
        // The count is a badge (UnreadRole), said in words only to assistive technology.
        QVERIFY(!list.data(list.index(0)).toString().contains(QStringLiteral("unread")));
        QVERIFY(
            list.data(list.index(0), Qt::AccessibleTextRole).toString().contains(QStringLiteral("1 unread")));
        // Another conversation appears, newest of all: appended as a row, the list is not reset, and
        // the existing row keeps its place (sorting is the view's proxy's job).
        msgs.append(
            plainMessage(carol.address, me.address, QStringLiteral("new"), 3, QStringLiteral("0x03")));
        book.setChainMessages(msgs);
        QSignalSpy listInserted(&list, &QAbstractItemModel::rowsInserted);
        QSignalSpy listReset(&list, &QAbstractItemModel::modelReset);
        list.setConversations(book.conversations());
        QCOMPARE(listInserted.size(), 1);
        QCOMPARE(listReset.size(), 0);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(book.conversations().first().counterpart, carol.address); // the book: newest first
        QCOMPARE(list.data(list.index(0), ConversationListModel::CounterpartRole).toString(), bob.address);
        QCOMPARE(list.data(list.index(1), ConversationListModel::CounterpartRole).toString(), carol.address);
        QCOMPARE(list.rowOf(carol.address), 1);
        thread.setConversation(*book.conversation(carol.address));
        QCOMPARE(thread.rowCount(), 1);
        thread.clear();
        QCOMPARE(thread.rowCount(), 0);
    }

    void listUpdatesOnlyWhatChanged() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        ConversationListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<chain::ChainMessage> msgs{
            plainMessage(bob.address, me.address, QStringLiteral("b1"), 1, QStringLiteral("0x01")),
            plainMessage(carol.address, me.address, QStringLiteral("c1"), 2, QStringLiteral("0x02"))};
        book.setChainMessages(msgs);
        list.setConversations(book.conversations());
        QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&list, &QAbstractItemModel::rowsMoved);
        // The same conversations again (a poll with nothing new): not one signal.
        list.setConversations(book.conversations());
        QCOMPARE(changed.size(), 0);
        // Bob writes again and becomes the newest: only bob's row changes, nothing moves in the source.
        msgs.append(plainMessage(bob.address, me.address, QStringLiteral("b2"), 3, QStringLiteral("0x03")));
        book.setChainMessages(msgs);
        list.setConversations(book.conversations());
        QCOMPARE(changed.size(), 1);
        const int bobRow = list.rowOf(bob.address);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), bobRow);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), bobRow);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(moved.size(), 0);
        // Carol's conversation disappears (another wallet's book): her row is removed, bob's row stays.
        msgs.removeAt(1);
        book.setChainMessages(msgs);
        QSignalSpy removed(&list, &QAbstractItemModel::rowsRemoved);
        list.setConversations(book.conversations());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.rowOf(bob.address), 0);
        QCOMPARE(list.rowOf(carol.address), -1);
        QCOMPARE(reset.size(), 0);
    }

    void sortedViewKeepsSelection() {
        // The pane shows the list through a sorting proxy: a conversation that gets a message moves up,
        // and the selected conversation stays selected.
        ConversationBook book;
        book.setOwner(me.address, chainId);
        ConversationListModel list;
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&list);
        sorted.setSortRole(ConversationListModel::LastActivityRole);
        sorted.setDynamicSortFilter(true);
        sorted.sort(0, Qt::DescendingOrder);
        QListView view;
        view.setModel(&sorted);
        QList<chain::ChainMessage> msgs{
            plainMessage(bob.address, me.address, QStringLiteral("b1"), 1, QStringLiteral("0x01")),
            plainMessage(carol.address, me.address, QStringLiteral("c1"), 2, QStringLiteral("0x02"))};
        book.setChainMessages(msgs);
        list.setConversations(book.conversations());
        QCOMPARE(sorted.index(0, 0).data(ConversationListModel::CounterpartRole).toString(), carol.address);
        view.setCurrentIndex(sorted.index(0, 0)); // carol selected
        msgs.append(plainMessage(bob.address, me.address, QStringLiteral("b2"), 3, QStringLiteral("0x03")));
        book.setChainMessages(msgs);
        list.setConversations(book.conversations());
        QCOMPARE(sorted.index(0, 0).data(ConversationListModel::CounterpartRole).toString(), bob.address);
        QCOMPARE(view.currentIndex().data(ConversationListModel::CounterpartRole).toString(), carol.address);
        QCOMPARE(view.selectionModel()->selectedIndexes().size(), 1);
    }

    void threadRepaintsOnlyChangedRows() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        ThreadMessagesModel thread;
        QList<chain::ChainMessage> msgs;
        for (int i = 0; i < 50; ++i)
            msgs.append(plainMessage(bob.address, me.address, QStringLiteral("m%1").arg(i), i + 1,
                                     QStringLiteral("0x%1").arg(i + 1, 2, 16, QLatin1Char('0'))));
        book.setChainMessages(msgs);
        thread.setConversation(*book.conversation(bob.address));
        QSignalSpy changed(&thread, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&thread, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&thread, &QAbstractItemModel::rowsInserted);
        // A new block with one message: one inserted row, no repaint of the 50 shown.
        msgs.append(plainMessage(bob.address, me.address, QStringLiteral("new"), 60, QStringLiteral("0xff")));
        book.setChainMessages(msgs);
        thread.setConversation(*book.conversation(bob.address));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 50);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(thread.rowCount(), 51);
    }

    void newBlocksInsertRowsWithoutReset() {
        // A long thread that receives blocks (the book told only of the new messages): rows are
        // inserted at the end, nothing is reset and none of the shown rows is repainted.
        ConversationBook book;
        book.setOwner(me.address, chainId);
        ThreadMessagesModel thread;
        QAbstractItemModelTester tester(&thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
        book.setChainMessages(history(3000));
        thread.setConversation(*book.conversation(bob.address));
        QCOMPARE(thread.rowCount(), 3000);
        QSignalSpy reset(&thread, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&thread, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&thread, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&thread, &QAbstractItemModel::dataChanged);
        for (int block = 0; block < 5; ++block) {
            book.appendChainMessages(history(2, 3001 + 2 * block));
            thread.setConversation(*book.conversation(bob.address));
        }
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 5);
        QCOMPARE(inserted.last().at(1).toInt(), 3008);
        QCOMPARE(inserted.last().at(2).toInt(), 3009);
        QCOMPARE(thread.rowCount(), 3010);
        QCOMPARE(thread.index(3009, ThreadMessagesModel::TextColumn).data().toString(),
                 QStringLiteral("message 3010"));
        QCOMPARE(book.conversation(bob.address)->unread, 3010);
    }

    void pendingMessageReachingTheChainReplacesOnlyTheTail() {
        // A sent message waits in the outbox (the last row); when its block arrives only that row is
        // taken out and the confirmed one put in: no reset, the history above it untouched.
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(history(50));
        OutboxEntry sent;
        sent.id = 7;
        sent.chainId = chainId;
        sent.sender = me.address;
        sent.recipient = bob.address;
        sent.text = QStringLiteral("on its way");
        sent.state = OutboxState::Submitted;
        sent.txHash = QStringLiteral("0xfeed");
        sent.createdAt = t0.addSecs(60);
        book.setOutbox({sent});
        ThreadMessagesModel thread;
        QAbstractItemModelTester tester(&thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
        thread.setConversation(*book.conversation(bob.address));
        QCOMPARE(thread.rowCount(), 51);
        QCOMPARE(thread.index(50, 0).data(ThreadMessagesModel::StatusRole).toString(),
                 QStringLiteral("mempool"));
        QSignalSpy reset(&thread, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&thread, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&thread, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&thread, &QAbstractItemModel::dataChanged);
        book.appendChainMessages({plainMessage(me.address, bob.address, QStringLiteral("on its way"), 61,
                                               QStringLiteral("0xfeed"))});
        thread.setConversation(*book.conversation(bob.address));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(thread.rowCount(), 51);
        // Same key (the outbox id) and a new status: repainted in place, nothing removed or inserted.
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 50);
        QCOMPARE(thread.index(50, 0).data(ThreadMessagesModel::StatusRole).toString(),
                 QStringLiteral("confirmed"));
    }

    void newAnnotationsRepaintOnlyTheirRows() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(history(100));
        ThreadMessagesModel thread;
        thread.setConversation(*book.conversation(bob.address));
        QSignalSpy changed(&thread, &QAbstractItemModel::dataChanged);
        gui::MessageAnnotation locked;
        locked.encryption = EncryptionStatus::Locked;
        thread.updateAnnotations({{QStringLiteral("0x000063"), locked}}); // message 99: row 98
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 98);
        QCOMPARE(thread.index(98, 0).data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("Locked: unlock the wallet to read"));
        thread.updateAnnotations({{QStringLiteral("0x000063"), locked}}); // the same again: nothing
        QCOMPARE(changed.size(), 1);
        thread.updateAnnotations({{QStringLiteral("0x000063"), gui::MessageAnnotation()}}); // gone
        QCOMPARE(changed.size(), 2);
        QCOMPARE(thread.index(98, 0).data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("message 99"));
    }

    void languageChangeRetranslatesCachedTexts() {
        // Bubble and meta lines are cached per row; a language change must not leave them in the old
        // language. The model hears of it from its widget parent, as in the Messages pane.
        class Marker : public QTranslator {
        public:
            QString translate(const char* context, const char* source, const char*, int) const override {
                if (QLatin1String(context) == QLatin1String("aitbc::gui::ThreadMessagesModel") &&
                    (QLatin1String(source) == QLatin1String("Locked: unlock the wallet to read") ||
                     QLatin1String(source) == QLatin1String("unverified")))
                    return QStringLiteral("[%1]").arg(QLatin1String(source));
                return {};
            }
            bool isEmpty() const override { return false; }
        };
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(history(3));
        QWidget pane;
        auto* thread = new ThreadMessagesModel(&pane);
        thread->setConversation(*book.conversation(bob.address));
        gui::MessageAnnotation locked;
        locked.encryption = EncryptionStatus::Locked;
        thread->setAnnotations({{QStringLiteral("0x000002"), locked}});
        const QModelIndex row = thread->index(1, 0);
        QCOMPARE(row.data(ThreadMessagesModel::BubbleTextRole).toString(),
                 QStringLiteral("Locked: unlock the wallet to read"));
        QVERIFY(
            row.data(ThreadMessagesModel::MetaTextRole).toString().endsWith(QStringLiteral("unverified")));
        QSignalSpy changed(thread, &QAbstractItemModel::dataChanged);
        Marker marker;
        QVERIFY(QCoreApplication::installTranslator(&marker));
        QTRY_COMPARE(row.data(ThreadMessagesModel::BubbleTextRole).toString(),
                     QStringLiteral("[Locked: unlock the wallet to read]"));
        QVERIFY(
            row.data(ThreadMessagesModel::MetaTextRole).toString().endsWith(QStringLiteral("[unverified]")));
        QVERIFY(!changed.isEmpty()); // the view is told to lay the rows out again
        QCoreApplication::removeTranslator(&marker);
        QTRY_COMPARE(row.data(ThreadMessagesModel::BubbleTextRole).toString(),
                     QStringLiteral("Locked: unlock the wallet to read"));
    }

    void badgeIsPainted() {
        // The unread count is drawn as a badge in the row (Highlight colour): pixels of that colour
        // appear inside badgeRect with unread messages and nowhere in the row without.
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(
            {plainMessage(bob.address, me.address, QStringLiteral("hello"), 1, QStringLiteral("0x01")),
             plainMessage(bob.address, me.address, QStringLiteral("again"), 2, QStringLiteral("0x02")),
             plainMessage(carol.address, me.address, QStringLiteral("hi"), 3, QStringLiteral("0x03"))});
        book.markRead(carol.address, 3);
        ConversationListModel list;
        list.setConversations(book.conversations());
        QListView view;
        ConversationDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.state &= ~QStyle::State_Selected;
        const QSize size(320, delegate.sizeHint(option, list.index(0)).height());
        QCOMPARE(ConversationDelegate::badgeText(2), QStringLiteral("2"));
        QCOMPARE(ConversationDelegate::badgeText(257000), QStringLiteral("999+"));
        const QColor badge = option.palette.color(QPalette::Active, QPalette::Highlight);
        const auto badgePixels = [&](const QString& counterpart) {
            QImage image(size, QImage::Format_ARGB32);
            image.fill(option.palette.color(QPalette::Base));
            option.rect = QRect(QPoint(0, 0), size);
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, list.index(list.rowOf(counterpart)));
            }
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == badge;
            return n;
        };
        QCOMPARE(list.index(list.rowOf(bob.address)).data(ConversationListModel::UnreadRole).toInt(), 2);
        const QRect where = ConversationDelegate::badgeRect(QRect(QPoint(0, 0), size), option.font, 2);
        QVERIFY(!where.isEmpty());
        QVERIFY(where.right() < size.width());
        QVERIFY(badgePixels(bob.address) > where.width() * where.height() / 4);
        QCOMPARE(badgePixels(carol.address), 0);
    }

    void oneTimeFormatWithSeconds() {
        const QDateTime t = QDateTime(QDate(2026, 11, 26), QTime(14, 3, 7), Qt::LocalTime);
        QCOMPARE(gui::formatDateTime(t), QStringLiteral("2026-11-26 14:03:07"));
        QCOMPARE(gui::formatTimeOfDay(t), QStringLiteral("14:03:07"));
        QCOMPARE(gui::formatDateTime(QDateTime()), QString());
        ConversationBook book;
        book.setOwner(me.address, chainId);
        book.setChainMessages(
            {plainMessage(bob.address, me.address, QStringLiteral("x"), 7, QStringLiteral("0x01"))});
        ThreadMessagesModel thread;
        thread.setConversation(*book.conversation(bob.address));
        QCOMPARE(thread.index(0, ThreadMessagesModel::TimeColumn).data().toString(),
                 gui::formatDateTime(t0.addSecs(7)));
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
};

QTEST_MAIN(TestThreadModels)
#include "tst_thread_models.moc"
