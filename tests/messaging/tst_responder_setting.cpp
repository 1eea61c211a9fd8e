// The dashboard's "verified senders only" setting for its responders, offscreen against a devnet leader:
// the Messages pane's checkbox is stored in the settings, applies to a running responder at once, and a
// forged unsigned ping is then logged as unsigned and not answered.
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "keystore/keystore.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "panes/messages/messages_pane.h"
#include "panes/messages/responder_controller.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"
#include "tx/transaction.h"

#include <QApplication>
#include <QCheckBox>
#include <QtTest>

using namespace aitbc;

namespace {
constexpr int kWaitMs = 45000;
}

class TestResponderSetting : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');

private slots:
    void verifiedOnlyCheckbox() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("keystore"));
        const QString bobPath = test::writeTestKeystore(folder, QStringLiteral("bob"), 'b', "pw");
        auto leader = test::startLeader(dir.filePath(QStringLiteral("leader")), {alice.address, bob.address});
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        gui::AppSettings settings(ini);
        gui::AppContext context(&settings, new gui::InMemorySecretStore);
        chain::NodeProfile profile;
        profile.name = QStringLiteral("devnet leader");
        profile.rpcUrl = leader->url().toString();
        profile.chainId = QStringLiteral("ait-devnet");
        profile.fee = 0;
        profile.timeoutMs = 3000;
        QVERIFY(context.nodes()->addProfile(profile, true) >= 0);
        context.nodes()->setSelected(profile.name);
        context.wallets()->addSource(folder, false);
        QTRY_VERIFY_WITH_TIMEOUT(context.wallets()->count() == 1, kWaitMs);
        QVERIFY(test::waitFor(context.wallets()->unlock(bobPath, "pw")).ok);

        context.setDataFolder(dir.filePath(QStringLiteral("data")));
        gui::MessagesPane pane(&context);
        QTRY_VERIFY_WITH_TIMEOUT(pane.sender()->isReady(), kWaitMs);
        auto* box = pane.findChild<QCheckBox*>(QStringLiteral("verifiedOnlyCheck"));
        QVERIFY(box);
        QVERIFY(!box->isChecked()); // default: unsigned messages of other tools are answered too
        QVERIFY(pane.selectWallet(bob.address));
        QVERIFY(pane.setResponderEnabled(true));
        QVERIFY(!pane.responders()->responder(bob.address)->config().verifiedOnly);
        QTRY_VERIFY_WITH_TIMEOUT(pane.responders()->responder(bob.address)->state().startHeight >= 0,
                                 kWaitMs);

        box->click();
        QVERIFY(settings.responderVerifiedOnly());
        QVERIFY(pane.responders()->isRunning(bob.address));
        QVERIFY(pane.responders()->responder(bob.address)->config().verifiedOnly);

        // A ping "from" Alice that nobody signed (the node checks no signature).
        auto rpc = test::rpcClient(leader->url());
        tx::RefTransfer t;
        t.chainId = QStringLiteral("ait-devnet");
        t.from = alice.address;
        t.to = bob.address;
        t.fee = 0;
        t.message = QStringLiteral("ping");
        t.nonce = test::waitFor(rpc->account(alice.address))->nonce;
        const auto posted = test::waitFor(rpc->submit(tx::refSignedObject(t)));
        QVERIFY2(posted.ok(), qPrintable(posted.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(
            pane.responders()->responder(bob.address)->state().handled.value(posted->txHash),
            QStringLiteral("refused"), kWaitMs);
        const QStringList log = pane.responders()->log(bob.address);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const QString& l) {
            return l.contains(QStringLiteral("Not answering")) && l.contains(QStringLiteral("(unsigned)"));
        }));
        QCOMPARE(pane.sender()->entries().size(), 0);

        // Stored: a new dashboard on the same settings starts with the box checked.
        settings.sync();
        gui::AppSettings reread(ini);
        QVERIFY(reread.responderVerifiedOnly());
    }
};

QTEST_MAIN(TestResponderSetting)
#include "tst_responder_setting.moc"
