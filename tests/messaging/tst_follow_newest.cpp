// The thread view opens at the newest message, follows new ones while the user is at the bottom, stays
// put for a user who scrolled up (with a "Jump to newest" button), and Tab leaves the tables.
#include "conversation_fixture.h"

#include "messaging/conversations.h"
#include "models/thread_models.h"
#include "panes/messages/follow_newest.h"

#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;
using gui::FollowNewest;
using gui::ThreadMessagesModel;

class TestFollowNewest : public QObject, test::ConversationFixture {
    Q_OBJECT

    static bool rowVisible(QTableView& view, int row) {
        const QRect r = view.visualRect(view.model()->index(row, 0));
        return r.isValid() && view.viewport()->rect().intersects(r);
    }

private slots:
    void opensAtNewestAndFollows() {
        ConversationBook book;
        book.setOwner(me.address, chainId);
        QList<chain::ChainMessage> msgs = history(500);
        book.setChainMessages(msgs);
        ThreadMessagesModel model;
        QTableView view;
        view.setModel(&model);
        auto* follow = new FollowNewest(&view);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setConversation(*book.conversation(bob.address));
        // A 500-message conversation opens at its newest message, not at the oldest.
        QTRY_VERIFY(rowVisible(view, 499));
        QVERIFY(!rowVisible(view, 0));
        QVERIFY(follow->isFollowing());
        QVERIFY(!follow->jumpButton()->isVisible());

        // A new message while at the bottom: it scrolls into view.
        msgs.append(history(1, 501));
        book.setChainMessages(msgs);
        model.setConversation(*book.conversation(bob.address));
        QCOMPARE(model.rowCount(), 501);
        QTRY_VERIFY(rowVisible(view, 500));

        // The user scrolls up to read: new messages do not move the view, the jump button appears.
        view.verticalScrollBar()->setValue(0);
        QVERIFY(!follow->isFollowing());
        QVERIFY(follow->jumpButton()->isVisible());
        msgs.append(history(3, 502));
        book.setChainMessages(msgs);
        model.setConversation(*book.conversation(bob.address));
        QCOMPARE(model.rowCount(), 504);
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QVERIFY(rowVisible(view, 0));
        QVERIFY(!rowVisible(view, 503));

        // The button brings the user back to the newest and following resumes.
        QTest::mouseClick(follow->jumpButton(), Qt::LeftButton);
        QTRY_VERIFY(rowVisible(view, 503));
        QVERIFY(follow->isFollowing());
        QVERIFY(!follow->jumpButton()->isVisible());

        // Opening another conversation opens it at its newest message too.
        view.verticalScrollBar()->setValue(0);
        ConversationBook other;
        other.setOwner(me.address, chainId);
        QList<chain::ChainMessage> carolMsgs;
        for (int i = 0; i < 300; ++i)
            carolMsgs.append(plainMessage(carol.address, me.address, QStringLiteral("c%1").arg(i), i + 1,
                                          QStringLiteral("0xc%1").arg(i)));
        other.setChainMessages(carolMsgs);
        model.setConversation(*other.conversation(carol.address));
        QTRY_VERIFY(rowVisible(view, 299));
        QVERIFY(follow->isFollowing());
    }
};

QTEST_MAIN(TestFollowNewest)
#include "tst_follow_newest.moc"
