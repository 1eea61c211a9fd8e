// The Messages pane, offscreen, against a devnet leader: Alice sends "ping" from the compose box, the
// pane's responder for Bob answers "pong", and Alice's thread shows both with the round-trip time;
// hostile texts display safely; search and CSV export; the Encrypt switch follows agent cards, read
// receipts go out once, and the Agents pane's "Message this agent" opens the conversation.
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "address/address.h"
#include "common/message_widget.h"
#include "dialogs/new_conversation_dialog.h"
#include "keystore/keystore.h"
#include "mainwindow/main_window.h"
#include "mainwindow/pane_catalog.h"
#include "messaging/acknowledgments.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "models/thread_models.h"
#include "panes/agents/agents_pane.h"
#include "panes/messages/chat_delegate.h"
#include "panes/messages/message_details_dialog.h"
#include "panes/messages/messages_pane.h"
#include "panes/messages/responder_controller.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "test_result.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QtTest>

using namespace aitbc;
using gui::ThreadMessagesModel;

namespace {
constexpr int kWaitMs = 45000;
}

class TestMessagesPane : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');

    struct Setup {
        std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
        std::unique_ptr<devnet::DevnetNode> leader;
        std::unique_ptr<gui::AppSettings> settings;
        std::unique_ptr<gui::AppContext> context;
        QString alicePath;
        QString bobPath;
    };

    /// A leader funding alice, bob and carol; the dashboard's context on it with alice's and bob's
    /// keystores (alice unlocked only when `unlockAlice`).
    Setup makeSetup(bool unlockAlice) {
        Setup s;
        const QString folder = s.dir->filePath(QStringLiteral("keystore"));
        QDir().mkpath(folder);
        s.alicePath = writeKeystore(folder, QStringLiteral("alice"), 'a');
        s.bobPath = writeKeystore(folder, QStringLiteral("bob"), 'b');
        s.leader = test::startLeader(s.dir->filePath(QStringLiteral("leader")),
                                     {alice.address, bob.address, carol.address});
        s.settings = std::make_unique<gui::AppSettings>(s.dir->filePath(QStringLiteral("settings.ini")));
        s.context = std::make_unique<gui::AppContext>(s.settings.get(), new gui::InMemorySecretStore);
        s.context->setDataFolder(s.dir->filePath(QStringLiteral("data")));
        chain::NodeProfile profile;
        profile.name = QStringLiteral("devnet leader");
        profile.rpcUrl = s.leader->url().toString();
        profile.chainId = QStringLiteral("ait-devnet");
        profile.fee = 0;
        profile.timeoutMs = 3000;
        if (s.context->nodes()->addProfile(profile, true) < 0)
            qFatal("profile refused");
        s.context->nodes()->setSelected(profile.name);
        s.context->wallets()->addSource(folder, false);
        if (!QTest::qWaitFor([&] { return s.context->wallets()->count() == 2; }, kWaitMs))
            qFatal("wallets not found");
        if (unlockAlice && !test::waitFor(s.context->wallets()->unlock(s.alicePath, "pw")).ok)
            qFatal("unlock failed");
        return s;
    }

    static QList<messaging::OutboxEntry> outboxTo(const gui::MessagesPane& pane, const QString& to) {
        QList<messaging::OutboxEntry> out;
        for (const auto& e : pane.sender()->entries())
            if (e.recipient == to)
                out << e;
        return out;
    }

    static QString writeKeystore(const QString& folder, const QString& name, char fill) {
        return test::writeTestKeystore(folder, name, fill, "pw");
    }

    static int rowWithText(const QAbstractItemModel* m, const QString& text, bool outgoing) {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, ThreadMessagesModel::TextColumn).data().toString() == text &&
                m->index(r, 0).data(ThreadMessagesModel::OutgoingRole).toBool() == outgoing)
                return r;
        return -1;
    }

    /// The hashes alice's acknowledgments in the outbox name.
    static QStringList acknowledgedBy(const gui::MessagesPane& pane, const QString& wallet) {
        QStringList hashes;
        for (const auto& e : pane.sender()->entries())
            if (e.sender == wallet)
                hashes += messaging::parseAckText(e.text).value_or(QStringList());
        return hashes;
    }

    static std::optional<messaging::OutboxEntry> outboxEntryWithText(const gui::MessagesPane& pane,
                                                                     const QString& text) {
        for (const auto& e : pane.sender()->entries())
            if (e.text == text)
                return e;
        return std::nullopt;
    }

private slots:
    void encryptSwitchFollowsAgentCards() {
        Setup s = makeSetup(true);
        QVERIFY(test::waitFor(s.context->wallets()->unlock(s.bobPath, "pw")).ok);
        s.context->nodes()->setRefreshInterval(300); // new heads (and cards) are seen soon
        gui::MainWindow window(s.context.get());
        gui::addDefaultPanes(&window, s.context.get());
        auto* pane = qobject_cast<gui::MessagesPane*>(window.pane(QStringLiteral("messages")));
        auto* agents = qobject_cast<gui::AgentsPane*>(window.pane(QStringLiteral("agents")));
        QVERIFY(pane && agents);
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.showPane(QStringLiteral("messages")));
        gui::MessagingService* service = s.context->messaging();
        QTRY_VERIFY_WITH_TIMEOUT(pane->sender()->isReady(), kWaitMs);
        QVERIFY(pane->selectWallet(alice.address));

        // bob announces himself with a card (it carries his encryption key); carol has none.
        auto card = service->publishCard(bob.address, QStringLiteral("bob agent"), QStringLiteral("pongs"),
                                         {QStringLiteral("ping")});
        QVERIFY(card.ok());
        const qint64 cardId = test::waitFor(card.value());
        QVERIFY(cardId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(cardId)->state, messaging::OutboxState::Confirmed,
                                  kWaitMs);
        // The directory of the selected node may not list the card yet: the pane also asks the node.

        QVERIFY(pane->startConversation(carol.address));
        QVERIFY(!pane->encryptSwitch()->isEnabled());
        QVERIFY(!pane->encryptSwitch()->isChecked());
        QVERIFY(!pane->encryptSwitch()->toolTip().isEmpty());

        // "Message this agent" in the Agents pane opens bob's conversation in Messages, switch on.
        QVERIFY(window.showPane(QStringLiteral("agents")));
        emit agents->messageAgentRequested(bob.address); // the button's signal (tst_agents_pane clicks it)
        QCOMPARE(window.currentPaneId(), QStringLiteral("messages"));
        QCOMPARE(pane->recipient(), bob.address);
        QTRY_VERIFY_WITH_TIMEOUT(pane->encryptSwitch()->isEnabled(), kWaitMs);
        QVERIFY(pane->encryptSwitch()->isChecked());

        auto* compose = pane->findChild<QPlainTextEdit*>(QStringLiteral("composeEdit"));
        QVERIFY(compose);
        compose->setPlainText(QStringLiteral("for bob only kq58"));
        QVERIFY(pane->sendCompose());
        QVERIFY(pane->statusText().contains(QStringLiteral("encrypted")));
        QTRY_VERIFY_WITH_TIMEOUT(outboxEntryWithText(*pane, QStringLiteral("for bob only kq58")), kWaitMs);
        const auto sealed = outboxEntryWithText(*pane, QStringLiteral("for bob only kq58"));
        QCOMPARE(sealed->recipient, bob.address);
        QVERIFY(sealed->encrypt);

        // Switched off by the user, the next message to bob goes in clear (and says nothing of encryption).
        QTest::mouseClick(pane->encryptSwitch(), Qt::LeftButton);
        QVERIFY(!pane->encryptSwitch()->isChecked());
        compose->setPlainText(QStringLiteral("in clear"));
        QVERIFY(pane->sendCompose());
        QVERIFY(!pane->statusText().contains(QStringLiteral("encrypted")));
        QTRY_VERIFY_WITH_TIMEOUT(outboxEntryWithText(*pane, QStringLiteral("in clear")), kWaitMs);
        QVERIFY(!outboxEntryWithText(*pane, QStringLiteral("in clear"))->encrypt);
        // The encrypted one reached the chain for bob.
        QTRY_COMPARE_WITH_TIMEOUT(outboxEntryWithText(*pane, QStringLiteral("for bob only kq58"))->state,
                                  messaging::OutboxState::Confirmed, kWaitMs);
    }

    void readReceiptsGoOutOnce() {
        Setup s = makeSetup(true);
        QVERIFY(test::waitFor(s.context->wallets()->unlock(s.bobPath, "pw")).ok);
        gui::MessagesPane pane(s.context.get());
        pane.resize(1000, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        QVERIFY(pane.selectWallet(alice.address));
        gui::MessagingService* service = s.context->messaging();
        QVERIFY(pane.acknowledgeSwitch()->isEnabled());
        QVERIFY(!pane.acknowledgeSwitch()->isChecked()); // off by default
        QSignalSpy queued(service, &gui::MessagingService::acknowledgmentsQueued);

        // bob writes to alice (signed, so verified); she reads it with receipts off: nothing goes out.
        const qint64 first =
            test::waitFor(service->send(bob.address, alice.address, QStringLiteral("read me"), false));
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(first)->state, messaging::OutboxState::Confirmed,
                                  kWaitMs);
        const QString firstHash = service->sender()->entry(first)->txHash;
        QTRY_VERIFY_WITH_TIMEOUT(pane.openConversation(bob.address), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(pane.threadModel(), QStringLiteral("read me"), false) >= 0,
                                 kWaitMs);
        QVERIFY(acknowledgedBy(pane, alice.address).isEmpty());

        // Receipts on: the shown message is acknowledged, once.
        QTest::mouseClick(pane.acknowledgeSwitch(), Qt::LeftButton);
        QVERIFY(service->sendsAcknowledgments(alice.address));
        QVERIFY(!service->sendsAcknowledgments(bob.address));
        QTRY_COMPARE_WITH_TIMEOUT(acknowledgedBy(pane, alice.address).count(firstHash), 1, kWaitMs);

        // A second message arrives and is shown (a refresh); then a refresh after its acknowledgment is
        // confirmed: each message was acknowledged exactly once.
        const qint64 second =
            test::waitFor(service->send(bob.address, alice.address, QStringLiteral("and me"), false));
        QTRY_COMPARE_WITH_TIMEOUT(service->sender()->entry(second)->state, messaging::OutboxState::Confirmed,
                                  kWaitMs);
        const QString secondHash = service->sender()->entry(second)->txHash;
        QTRY_COMPARE_WITH_TIMEOUT(acknowledgedBy(pane, alice.address).count(secondHash), 1, kWaitMs);
        auto allAcksConfirmed = [&] {
            for (const auto& e : pane.sender()->entries())
                if (e.sender == alice.address && e.state != messaging::OutboxState::Confirmed)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allAcksConfirmed(), kWaitMs);
        pane.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(pane.threadModel()->rowCount() >= 4, kWaitMs); // both acks shown too
        QCOMPARE(acknowledgedBy(pane, alice.address).count(firstHash), 1);
        QCOMPARE(acknowledgedBy(pane, alice.address).count(secondHash), 1);
        QCOMPARE(queued.size(), 2);

        // The toggle is the wallet's own.
        QVERIFY(pane.selectWallet(bob.address));
        QVERIFY(!pane.acknowledgeSwitch()->isChecked());
        QVERIFY(pane.selectWallet(alice.address));
        QVERIFY(pane.acknowledgeSwitch()->isChecked());
    }

    void pingPongInThePane() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("keystore"));
        QDir().mkpath(folder);
        const QString alicePath = writeKeystore(folder, QStringLiteral("alice"), 'a');
        const QString bobPath = writeKeystore(folder, QStringLiteral("bob"), 'b');
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), {alice.address, bob.address});

        gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        chain::NodeProfile profile;
        profile.name = QStringLiteral("devnet leader");
        profile.rpcUrl = leader->url().toString();
        profile.chainId = QStringLiteral("ait-devnet");
        profile.fee = 0;
        profile.timeoutMs = 3000;
        QVERIFY(context.nodes()->addProfile(profile, true) >= 0);
        context.nodes()->setSelected(profile.name);
        QSignalSpy reset(context.wallets(), &gui::WalletManager::walletsReset);
        context.wallets()->addSource(folder, false);
        QTRY_VERIFY_WITH_TIMEOUT(context.wallets()->count() == 2, kWaitMs);
        QVERIFY(test::waitFor(context.wallets()->unlock(alicePath, "pw")).ok);
        QVERIFY(test::waitFor(context.wallets()->unlock(bobPath, "pw")).ok);

        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        gui::MessagesPane pane(&context);
        pane.resize(1000, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);

        // Bob's responder, from the toggle.
        QVERIFY(pane.selectWallet(bob.address));
        QVERIFY(pane.setResponderEnabled(true));
        QVERIFY(pane.responders()->isRunning(bob.address));
        QTRY_VERIFY_WITH_TIMEOUT(pane.responders()->responder(bob.address)->state().startHeight >= 0,
                                 kWaitMs);

        // Alice sends ping from the compose box.
        QVERIFY(pane.selectWallet(alice.address));
        QVERIFY(pane.sendMessage(bob.address, QStringLiteral("ping")));
        QTRY_VERIFY_WITH_TIMEOUT(pane.openConversation(bob.address), kWaitMs);
        QAbstractItemModel* thread = pane.threadProxy();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(thread, QStringLiteral("pong"), false) >= 0, kWaitMs);
        const int ping = rowWithText(thread, QStringLiteral("ping"), true);
        const int pong = rowWithText(thread, QStringLiteral("pong"), false);
        QVERIFY(ping >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(thread->index(ping, ThreadMessagesModel::StatusColumn)
                                     .data()
                                     .toString()
                                     .startsWith(QStringLiteral("confirmed at height")),
                                 kWaitMs);
        QVERIFY(thread->index(ping, ThreadMessagesModel::RttColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("RTT ")));
        QVERIFY(thread->index(ping, 0).data(ThreadMessagesModel::RttMsRole).isValid());
        QCOMPARE(thread->index(pong, ThreadMessagesModel::AuthorshipColumn).data().toString(),
                 QStringLiteral("verified"));
        QVERIFY(!thread->index(pong, ThreadMessagesModel::HeightColumn).data().toString().isEmpty());
        QVERIFY(!pane.responders()->log(bob.address).isEmpty());

        // Hostile text: bidi override, escape, HTML, 10 KB.
        const QString hostile = QStringLiteral("<script>x</script>") + QChar(0x202E) +
                                QStringLiteral("gpj.exe") + QChar(0x1b) + QStringLiteral("[2J") +
                                QString(10 * 1024, u'Z');
        QVERIFY(pane.sendMessage(bob.address, hostile));
        QTRY_VERIFY_WITH_TIMEOUT(thread->rowCount() >= 3, kWaitMs);
        int hostileRow = -1;
        for (int r = 0; r < thread->rowCount(); ++r)
            if (thread->index(r, ThreadMessagesModel::TextColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("<script>")))
                hostileRow = r;
        QVERIFY(hostileRow >= 0);
        const QString shown = thread->index(hostileRow, ThreadMessagesModel::TextColumn).data().toString();
        QVERIFY(shown.startsWith(
            QStringLiteral("<script>x</script>\u27e8U+202E\u27e9gpj.exe\u27e8U+001B\u27e9[2J")));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(shown.size() < 2200);
        auto* chat = pane.findChild<QListView*>(QStringLiteral("chatView"));
        QVERIFY(chat);
        // The whole hostile text is in its bubble (display-safe), not cut to two lines.
        const QModelIndex hostileIndex = thread->index(hostileRow, 0);
        QVERIFY(hostileIndex.data(ThreadMessagesModel::BubbleTextRole)
                    .toString()
                    .contains(QString(10 * 1024, u'Z')));
        // The detail on demand: a double-click opens the whole text, the hash and the authorship.
        chat->scrollTo(hostileIndex);
        const QPoint at = chat->visualRect(hostileIndex).center();
        QTest::mousePress(chat->viewport(), Qt::LeftButton, {}, at); // a double-click follows a press
        QTest::mouseDClick(chat->viewport(), Qt::LeftButton, {}, at);
        auto* details = pane.findChild<gui::MessageDetailsDialog*>();
        QVERIFY(details);
        QVERIFY(details->detailText().contains(QString(10 * 1024, u'Z')));
        QVERIFY(!details->detailText().contains(QChar(0x1b)));
        QVERIFY(details->detailText().contains(
            thread->index(hostileRow, 0).data(ThreadMessagesModel::TxHashRole).toString()));
        QCOMPARE(details->txHash(),
                 thread->index(hostileRow, 0).data(ThreadMessagesModel::TxHashRole).toString());
        details->close();
        QTRY_VERIFY(!pane.findChild<gui::MessageDetailsDialog*>());
        // Enter on a message opens it too.
        chat->setFocus();
        chat->setCurrentIndex(thread->index(ping, 0));
        QTest::keyClick(chat, Qt::Key_Return);
        details = pane.findChild<gui::MessageDetailsDialog*>();
        QVERIFY(details);
        QCOMPARE(details->messageText(), QStringLiteral("ping"));
        details->close();
        QTRY_VERIFY(!pane.findChild<gui::MessageDetailsDialog*>());

        // Search and export.
        pane.threadProxy()->setFilterFixedString(QStringLiteral("pong"));
        QCOMPARE(pane.threadProxy()->rowCount(), 1);
        pane.threadProxy()->setFilterFixedString(QString());
        const QString csv = dir.filePath(QStringLiteral("thread.csv"));
        QVERIFY(test::succeeded(pane.exportConversation(csv)));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("\"ping\""));
        QVERIFY(content.contains("\"pong\""));

        // Locking Bob's wallet stops his responder.
        context.wallets()->lock(bobPath);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.responders()->isRunning(bob.address), kWaitMs);
    }

    void typedRecipientSurvivesRefreshes() {
        Setup s = makeSetup(true);
        gui::MessagesPane pane(s.context.get());
        pane.resize(1000, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        QVERIFY(pane.selectWallet(alice.address));

        // A conversation with bob exists and is open, as in the reported case.
        QVERIFY(pane.sendMessage(bob.address, QStringLiteral("hello bob")));
        QTRY_VERIFY_WITH_TIMEOUT(pane.conversationModel()->rowOf(bob.address) >= 0, kWaitMs);
        QCOMPARE(pane.recipient(), bob.address);

        // The user starts a conversation with carol and types; refreshes and new blocks arrive meanwhile.
        QVERIFY(pane.startConversation(carol.address));
        auto* compose = pane.findChild<QPlainTextEdit*>(QStringLiteral("composeEdit"));
        QVERIFY(compose);
        compose->setFocus();
        QTest::keyClicks(compose, QStringLiteral("ping"));
        for (int i = 0; i < 5; ++i)
            pane.refresh();
        // bob's message being mined rebuilds the book and the conversation list several times.
        QTRY_VERIFY_WITH_TIMEOUT(!outboxTo(pane, bob.address).isEmpty() &&
                                     outboxTo(pane, bob.address).first().state ==
                                         messaging::OutboxState::Confirmed,
                                 kWaitMs);
        QCOMPARE(pane.recipient(), carol.address);
        QCOMPARE(compose->toPlainText(), QStringLiteral("ping"));

        // Shift+Enter breaks the line without sending; Enter sends to carol, never to bob.
        QTest::keyClick(compose, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(compose->toPlainText(), QStringLiteral("ping\n"));
        QVERIFY(outboxTo(pane, carol.address).isEmpty());
        compose->setPlainText(QStringLiteral("ping"));
        QTest::keyClick(compose, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(outboxTo(pane, carol.address).size(), 1, kWaitMs);
        QCOMPARE(outboxTo(pane, carol.address).first().text, QStringLiteral("ping"));
        QCOMPARE(outboxTo(pane, bob.address).size(), 1); // only "hello bob"
        QVERIFY(compose->toPlainText().isEmpty());
        QCOMPARE(pane.recipient(), carol.address);
    }

    void invalidRecipientsAndEmptyTextsAreRefused() {
        Setup s = makeSetup(true);
        gui::MessagesPane pane(s.context.get());
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        QVERIFY(pane.selectWallet(alice.address));

        QVERIFY(!pane.sendMessage(QStringLiteral("ait1notanaddress"), QStringLiteral("ping")));
        QVERIFY(pane.statusText().contains(QStringLiteral("not an AITBC address")));
        QVERIFY(!pane.startConversation(QStringLiteral("ait1notanaddress")));
        QVERIFY(!pane.startConversation(alice.address)); // the wallet itself
        QVERIFY(!pane.sendMessage(bob.address, QString()));
        QVERIFY(!pane.sendMessage(bob.address, QStringLiteral("  \n ")));
        QVERIFY(pane.statusText().contains(QStringLiteral("empty")));
        // Send with no conversation open goes nowhere.
        auto* compose = pane.findChild<QPlainTextEdit*>(QStringLiteral("composeEdit"));
        compose->setPlainText(QStringLiteral("to whom?"));
        QVERIFY(!pane.sendCompose());
        QCOMPARE(pane.sender()->entries().size(), 0);

        // The dialog resolves names and addresses and refuses the rest.
        gui::NewConversationDialog dialog({{QStringLiteral("bob"), bob.address}, {QString(), carol.address}},
                                          alice.address);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog.setEntry(QStringLiteral("ait1notanaddress"));
        QVERIFY(dialog.recipient().isEmpty());
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!ok->isEnabled());
        dialog.setEntry(QStringLiteral("Bob"));
        QCOMPARE(dialog.recipient(), bob.address);
        QVERIFY(ok->isEnabled());
        dialog.setEntry(carol.address);
        QCOMPARE(dialog.recipient(), carol.address);
        dialog.setEntry(address::bech32Address(carol.key->publicKey()));
        QCOMPARE(dialog.recipient(), address::bech32Address(carol.key->publicKey()));
        dialog.setEntry(alice.address);
        QVERIFY(dialog.recipient().isEmpty());
        QVERIFY(!ok->isEnabled());
    }

    void keyboardReachesEverything() {
        // Tab leaves the tables and the compose box, Ctrl+F goes to the search field, Ctrl+Return and
        // Enter send, Shift+Enter breaks the line.
        Setup s = makeSetup(true);
        gui::MessagesPane pane(s.context.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        QVERIFY(pane.selectWallet(alice.address));
        auto* table = pane.findChild<QListView*>(QStringLiteral("chatView"));
        auto* list = pane.findChild<QListView*>(QStringLiteral("threadList"));
        auto* search = pane.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        auto* compose = pane.findChild<QPlainTextEdit*>(QStringLiteral("composeEdit"));
        QVERIFY(!table->tabKeyNavigation());
        QVERIFY(!list->tabKeyNavigation());
        QVERIFY(compose->tabChangesFocus());
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(!table->hasFocus());

        compose->setFocus();
        QTRY_VERIFY(compose->hasFocus());
        QTest::keyClick(compose, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        // What is searched for is highlighted in the bubbles.
        QTest::keyClicks(search, QStringLiteral("pin"));
        QCOMPARE(pane.chatDelegate()->highlight(), QStringLiteral("pin"));
        search->clear();

        QVERIFY(pane.startConversation(bob.address));
        compose->setFocus();
        QTest::keyClicks(compose, QStringLiteral("line one"));
        QTest::keyClick(compose, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(compose, QStringLiteral("line two"));
        QCOMPARE(compose->toPlainText(), QStringLiteral("line one\nline two"));
        QCOMPARE(outboxTo(pane, bob.address).size(), 0);
        QTest::keyClick(compose, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(outboxTo(pane, bob.address).size(), 1);
        QCOMPARE(outboxTo(pane, bob.address).first().text, QStringLiteral("line one\nline two"));
        QVERIFY(compose->toPlainText().isEmpty());
        QTest::keyClicks(compose, QStringLiteral("second"));
        QTest::keyClick(compose, Qt::Key_Return);
        QTRY_COMPARE(outboxTo(pane, bob.address).size(), 2);
    }

    void statusLinesFollowTheState() {
        Setup s = makeSetup(false);
        gui::MessagesPane pane(s.context.get());
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        QVERIFY(pane.selectWallet(alice.address));
        QVERIFY(pane.sendMessage(bob.address, QStringLiteral("later")));
        QVERIFY(pane.statusText().contains(QStringLiteral("Unlock the wallet")));
        QVERIFY(test::waitFor(s.context->wallets()->unlock(s.alicePath, "pw")).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.statusText().contains(QStringLiteral("Unlock the wallet")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!outboxTo(pane, bob.address).isEmpty() &&
                                     outboxTo(pane, bob.address).first().state ==
                                         messaging::OutboxState::Confirmed,
                                 kWaitMs);
    }

    void conversationFilterAndEmptyStates() {
        Setup s = makeSetup(true);
        gui::MessagesPane pane(s.context.get());
        pane.resize(900, 600);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        QVERIFY(pane.selectWallet(alice.address));
        // Read, and nothing there yet: the pane offers to start a conversation.
        QTRY_VERIFY_WITH_TIMEOUT(pane.emptyStateKind() == gui::MessagesPane::EmptyState::NoConversation,
                                 kWaitMs);
        QVERIFY(pane.emptyState()->isVisible());
        QCOMPARE(pane.emptyState()->actionButtons().size(), 1);

        QVERIFY(pane.sendMessage(bob.address, QStringLiteral("to bob")));
        QVERIFY(pane.sendMessage(carol.address, QStringLiteral("to carol")));
        QTRY_COMPARE_WITH_TIMEOUT(pane.conversationView()->rowCount(), 2, kWaitMs);
        QCOMPARE(pane.emptyStateKind(), gui::MessagesPane::EmptyState::None);
        QVERIFY(!pane.emptyState()->isVisible());

        // The filter matches an address (whole or in part) and hides the rest without reordering.
        auto* filter = pane.findChild<QLineEdit*>(QStringLiteral("conversationFilter"));
        QVERIFY(filter);
        filter->setText(carol.address.right(12).toUpper());
        QCOMPARE(pane.conversationView()->rowCount(), 1);
        QCOMPARE(
            pane.conversationView()->index(0, 0).data(gui::ConversationListModel::CounterpartRole).toString(),
            carol.address);
        filter->setText(QStringLiteral("nobody by that name"));
        QCOMPARE(pane.conversationView()->rowCount(), 0);
        filter->clear();
        QCOMPARE(pane.conversationView()->rowCount(), 2);

        // A node that does not answer: said where the messages would be, with the way to the Nodes pane.
        chain::NodeProfile dead;
        dead.name = QStringLiteral("nobody home");
        dead.rpcUrl = QStringLiteral("http://127.0.0.1:9");
        dead.chainId = QStringLiteral("ait-devnet");
        dead.timeoutMs = 1000;
        QVERIFY(s.context->nodes()->addProfile(dead, false) >= 0);
        s.context->nodes()->setSelected(dead.name);
        QTRY_VERIFY_WITH_TIMEOUT(pane.emptyStateKind() == gui::MessagesPane::EmptyState::NodeUnreachable,
                                 kWaitMs);
        QSignalSpy openNodes(&pane, &gui::MessagesPane::openNodesRequested);
        QCOMPARE(pane.emptyState()->actionButtons().size(), 1);
        pane.emptyState()->actionButtons().first()->click();
        QCOMPARE(openNodes.size(), 1);
        // Back on a healthy node the warning goes away.
        s.context->nodes()->setSelected(QStringLiteral("devnet leader"));
        QTRY_VERIFY_WITH_TIMEOUT(pane.emptyStateKind() == gui::MessagesPane::EmptyState::None, kWaitMs);
    }

    void noWalletOffersToAddOne() {
        QTemporaryDir dir;
        gui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setKeystoreSources({});
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        gui::MessagesPane pane(&context);
        pane.show();
        QCOMPARE(pane.emptyStateKind(), gui::MessagesPane::EmptyState::NoWallet);
        QVERIFY(pane.emptyState()->isVisible());
        QCOMPARE(pane.emptyState()->actionButtons().size(), 2);
        QSignalSpy addFolder(&pane, &gui::MessagesPane::addKeystoreFolderRequested);
        QSignalSpy create(&pane, &gui::MessagesPane::createWalletRequested);
        pane.emptyState()->actionButtons().at(0)->click();
        pane.emptyState()->actionButtons().at(1)->click();
        QCOMPARE(addFolder.size(), 1);
        QCOMPARE(create.size(), 1);
    }

    void walletChoiceIsRemembered() {
        Setup s = makeSetup(false);
        s.context->setFocusWallet(bob.address);
        {
            gui::MessagesPane pane(s.context.get());
            QCOMPARE(pane.currentAddress(), bob.address); // no choice yet: the focus wallet
            QVERIFY(pane.selectWallet(alice.address));
        }
        gui::MessagesPane again(s.context.get());
        QCOMPARE(again.currentAddress(), alice.address);
        QCOMPARE(s.settings->messagesWallet(), alice.address);
    }
};

QTEST_MAIN(TestMessagesPane)
#include "tst_messages_pane.moc"
