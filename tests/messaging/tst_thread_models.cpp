// The conversation list and thread item models of the GUI: QAbstractItemModelTester, in-place growth,
// and hostile texts made display-safe.
#include "conversation_fixture.h"

#include "messaging/conversations.h"
#include "models/thread_models.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;
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
};

QTEST_MAIN(TestThreadModels)
#include "tst_thread_models.moc"
