// The responder against an attacker, on a devnet leader (real HTTP on 127.0.0.1, real SQLite): a forged
// unsigned ping, two responders whose triggers are each other's replies, a pong the node refuses (sender
// without funds), a fresh state file next to a pong already on chain, the daily fee budget, and a signed
// message reposted as a new transaction, as the thread model sees it.
#include "devnet_support.h"
#include "messaging_fixtures.h"

#include "messaging/authorship_ledger.h"
#include "messaging/conversations.h"
#include "messaging/envelope.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"
#include "test_result.h"
#include "tx/transaction.h"
#include "json/parse.h"

#include <QSignalSpy>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::messaging;

namespace {
constexpr int kWaitMs = 45000;
const QString kChain = QStringLiteral("ait-devnet");
} // namespace

class TestResponderHardening : public QObject {
    Q_OBJECT

    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey carol = test::makeKey('c');

    /// A leader whose genesis gives each address its own balance (a zero balance still makes an account:
    /// the address may send, but cannot pay a fee).
    static std::unique_ptr<devnet::DevnetNode> leaderWith(const QString& dataDir,
                                                          const QList<QPair<QString, qint64>>& balances) {
        devnet::NodeConfig cfg;
        cfg.dataDir = dataDir;
        cfg.chainId = kChain;
        cfg.blockTimeSeconds = 0.2;
        cfg.idleBlockSeconds = 3600;
        cfg.genesis.chainId = cfg.chainId;
        cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
        for (const auto& [address, balance] : balances)
            cfg.genesis.allocations.append({address, balance, 0});
        auto node = test::startDevnet(cfg);
        if (!node->isRunning())
            qFatal("devnet leader did not start");
        return node;
    }

    std::unique_ptr<MessageSender> makeSender(const QString& path, chain::Node* node, const test::TestKey& k,
                                              qint64 fee = 0) {
        const QString address = k.address;
        const crypto::Ed25519Key* key = k.key.get();
        auto s = std::make_unique<MessageSender>(
            path, node, [address, key](const QString& a) { return a == address ? key : nullptr; });
        s->setPollInterval(50);
        s->setFee(fee);
        QSignalSpy ready(s.get(), &MessageSender::ready);
        s->start();
        if (!ready.wait(kWaitMs) || !ready.first().at(0).toBool())
            qFatal("outbox did not open");
        return s;
    }

    static std::unique_ptr<Responder> makeResponder(const test::TestKey& k, chain::Node* reader,
                                                    MessageSender* sender, const ResponderConfig& config,
                                                    const QString& statePath) {
        auto r = std::make_unique<Responder>(k.address, reader, sender, config, statePath);
        r->setPollInterval(50);
        return r;
    }

    static ResponderConfig fromZero(const QString& trigger = QStringLiteral("ping"),
                                    const QString& reply = QStringLiteral("pong")) {
        ResponderConfig c;
        c.startHeight = 0;
        c.rules.first().trigger = trigger;
        c.rules.first().reply = reply;
        return c;
    }

    /// Posts a transaction "from" `from` that nobody signed: the node checks no signature (§1.7), so
    /// anybody can do this with any funded address.
    static QString postUnsigned(chain::Node* node, const QString& from, const QString& to,
                                const QString& text, qint64 amount = 0) {
        tx::RefTransfer t;
        t.chainId = kChain;
        t.from = from;
        t.to = to;
        t.fee = 0;
        t.amount = amount;
        if (!text.isEmpty())
            t.message = text;
        const auto account = test::waitFor(node->account(from));
        if (!account.ok())
            qFatal("account: %s", qPrintable(account.error().message));
        t.nonce = account->nonce;
        const auto r = test::waitFor(node->submit(tx::refSignedObject(t)));
        if (!r.ok())
            qFatal("submit: %s", qPrintable(r.error().message));
        return r->txHash;
    }

    static QList<chain::ChainMessage> messagesOf(chain::Node* node, const QString& address) {
        auto r = test::waitFor(node->messages(address));
        return r.ok() ? r.value() : QList<chain::ChainMessage>{};
    }

    static int countFrom(const QList<chain::ChainMessage>& list, const QString& sender, const QString& text) {
        return int(std::count_if(list.begin(), list.end(), [&](const chain::ChainMessage& m) {
            return m.sender == sender && m.text == text;
        }));
    }

    static bool onChain(chain::Node* node, const QString& address, const QString& hash) {
        const auto list = messagesOf(node, address);
        return std::any_of(list.begin(), list.end(),
                           [&](const chain::ChainMessage& m) { return m.txHash == hash; });
    }

private slots:
    void forgedUnsignedPing() {
        QTemporaryDir dir;
        auto leader =
            leaderWith(dir.filePath(QStringLiteral("leader")), {{alice.address, 1000}, {bob.address, 1000}});
        auto rpc = test::rpcClient(leader->url());
        // Nobody's key: a "ping" from Alice's address that Alice never signed.
        const QString forged = postUnsigned(rpc.get(), alice.address, bob.address, QStringLiteral("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(onChain(rpc.get(), bob.address, forged), kWaitMs);

        // --verified-only: logged as unsigned, refused, never answered.
        {
            auto sender = makeSender(dir.filePath(QStringLiteral("strict.sqlite")), rpc.get(), bob);
            ResponderConfig config = fromZero();
            config.verifiedOnly = true;
            auto responder = makeResponder(bob, rpc.get(), sender.get(), config,
                                           dir.filePath(QStringLiteral("strict.json")));
            QSignalSpy log(responder.get(), &Responder::log);
            QVERIFY(test::succeeded(responder->start()));
            QTRY_COMPARE_WITH_TIMEOUT(responder->state().handled.value(forged), QStringLiteral("refused"),
                                      kWaitMs);
            QCOMPARE(sender->entries().size(), 0);
            bool logged = false;
            for (const QList<QVariant>& l : log)
                logged |= l.at(0).toString().contains(QStringLiteral("(unsigned)")) &&
                          l.at(0).toString().contains(QStringLiteral("Not answering"));
            QVERIFY(logged);
        }
        // Without it: answered, and the log line says the ping was unsigned.
        {
            auto sender = makeSender(dir.filePath(QStringLiteral("lax.sqlite")), rpc.get(), bob);
            auto responder = makeResponder(bob, rpc.get(), sender.get(), fromZero(),
                                           dir.filePath(QStringLiteral("lax.json")));
            QSignalSpy log(responder.get(), &Responder::log);
            QSignalSpy replied(responder.get(), &Responder::replied);
            QVERIFY(test::succeeded(responder->start()));
            QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, kWaitMs);
            QCOMPARE(replied.first().at(0).toString(), forged);
            bool logged = false;
            for (const QList<QVariant>& l : log)
                logged |= l.at(0).toString().contains(QStringLiteral("(unsigned)")) &&
                          l.at(0).toString().contains(QStringLiteral("replying"));
            QVERIFY(logged);
        }
    }

    void twoRespondersDoNotLoop() {
        QTemporaryDir dir;
        auto leader =
            leaderWith(dir.filePath(QStringLiteral("leader")), {{alice.address, 1000}, {bob.address, 1000}});
        auto rpc = test::rpcClient(leader->url());
        auto aliceSender = makeSender(dir.filePath(QStringLiteral("a.sqlite")), rpc.get(), alice);
        auto bobSender = makeSender(dir.filePath(QStringLiteral("b.sqlite")), rpc.get(), bob);
        // Bob answers ping with pong, Alice answers pong with ping.
        auto bobResponder = makeResponder(bob, rpc.get(), bobSender.get(), fromZero(),
                                          dir.filePath(QStringLiteral("b.json")));
        auto aliceResponder = makeResponder(alice, rpc.get(), aliceSender.get(),
                                            fromZero(QStringLiteral("pong"), QStringLiteral("ping")),
                                            dir.filePath(QStringLiteral("a.json")));
        QSignalSpy bobAnswered(bobResponder.get(), &Responder::answered);
        QVERIFY(test::succeeded(bobResponder->start()));
        QVERIFY(test::succeeded(aliceResponder->start()));

        const qint64 id =
            test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceSender->entry(id)->state, OutboxState::Confirmed, kWaitMs);
        const QString ping = aliceSender->entry(id)->txHash;
        QTRY_COMPARE_WITH_TIMEOUT(bobAnswered.size(), 1, kWaitMs);
        const QString pong = bobAnswered.first().at(1).toString();
        QCOMPARE(bobAnswered.first().at(0).toString(), ping);
        // Alice's responder saw the pong and, because it is a reply, refused it (a positive signal that the
        // decision was made, not a timeout).
        QTRY_COMPARE_WITH_TIMEOUT(aliceResponder->state().handled.value(pong), QStringLiteral("refused"),
                                  kWaitMs);
        // Let more blocks pass so a late reply would have been mined: Carol-free traffic of Alice's own.
        const qint64 marker =
            test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("marker")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceSender->entry(marker)->state, OutboxState::Confirmed, kWaitMs);
        const auto list = messagesOf(rpc.get(), bob.address);
        QCOMPARE(countFrom(list, alice.address, QStringLiteral("ping")), 1);
        QCOMPARE(countFrom(list, bob.address, QStringLiteral("pong")), 1);
        QCOMPARE(aliceSender->entries().size(), 2); // the ping and the marker: no automatic ping
        QCOMPARE(bobSender->entries().size(), 1);
    }

    void refusedPongIsRetriedUntilMined() {
        QTemporaryDir dir;
        // Bob has an account but no funds: every reply with a fee is refused.
        auto leader =
            leaderWith(dir.filePath(QStringLiteral("leader")), {{alice.address, 1000}, {bob.address, 0}});
        auto rpc = test::rpcClient(leader->url());
        auto aliceSender = makeSender(dir.filePath(QStringLiteral("a.sqlite")), rpc.get(), alice);
        auto bobSender = makeSender(dir.filePath(QStringLiteral("b.sqlite")), rpc.get(), bob, 10);
        ResponderConfig config = fromZero();
        config.retryBaseSeconds = 1;
        config.retryMaxSeconds = 1;
        auto responder =
            makeResponder(bob, rpc.get(), bobSender.get(), config, dir.filePath(QStringLiteral("b.json")));
        QSignalSpy refused(responder.get(), &Responder::replyRefused);
        QSignalSpy answered(responder.get(), &Responder::answered);
        QVERIFY(test::succeeded(responder->start()));

        const qint64 id =
            test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceSender->entry(id)->state, OutboxState::Confirmed, kWaitMs);
        const QString ping = aliceSender->entry(id)->txHash;
        // Refused, and refused again after a retry: still not answered.
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() >= 2, kWaitMs);
        QCOMPARE(refused.first().at(0).toString(), ping);
        QVERIFY2(refused.first().at(1).toString().contains(QStringLiteral("balance")),
                 qPrintable(refused.first().at(1).toString()));
        QVERIFY(!responder->state().isAnswered(ping));
        QCOMPARE(responder->state().handled.value(ping), QStringLiteral("replying"));
        QCOMPARE(answered.size(), 0);
        QCOMPARE(bobSender->entries().size(), 1); // one reply, sent again: never a second message

        // Fund Bob: the next retry goes through and the ping is answered once its pong is mined.
        const QString funding = postUnsigned(rpc.get(), alice.address, bob.address, QString(), 100);
        Q_UNUSED(funding);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, kWaitMs);
        QCOMPARE(answered.first().at(0).toString(), ping);
        QVERIFY(responder->state().isAnswered(ping));
        QVERIFY(onChain(rpc.get(), bob.address, answered.first().at(1).toString()));
        QCOMPARE(countFrom(messagesOf(rpc.get(), bob.address), bob.address, QStringLiteral("pong")), 1);
    }

    void freshStateFileDoesNotAnswerTwice() {
        QTemporaryDir dir;
        auto leader =
            leaderWith(dir.filePath(QStringLiteral("leader")), {{alice.address, 1000}, {bob.address, 1000}});
        auto rpc = test::rpcClient(leader->url());
        auto aliceSender = makeSender(dir.filePath(QStringLiteral("a.sqlite")), rpc.get(), alice);
        QString ping;
        {
            auto bobSender = makeSender(dir.filePath(QStringLiteral("b1.sqlite")), rpc.get(), bob);
            auto responder = makeResponder(bob, rpc.get(), bobSender.get(), fromZero(),
                                           dir.filePath(QStringLiteral("b1.json")));
            QSignalSpy answered(responder.get(), &Responder::answered);
            QVERIFY(test::succeeded(responder->start()));
            const qint64 id =
                test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("ping")));
            QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, kWaitMs);
            ping = aliceSender->entry(id)->txHash;
        }
        // A new machine: new state file, new outbox, same wallet, answering from height 0.
        auto bobSender = makeSender(dir.filePath(QStringLiteral("b2.sqlite")), rpc.get(), bob);
        auto responder = makeResponder(bob, rpc.get(), bobSender.get(), fromZero(),
                                       dir.filePath(QStringLiteral("b2.json")));
        QSignalSpy replied(responder.get(), &Responder::replied);
        QVERIFY(test::succeeded(responder->start()));
        QTRY_COMPARE_WITH_TIMEOUT(responder->state().handled.value(ping), QStringLiteral("answered"),
                                  kWaitMs);
        QCOMPARE(replied.size(), 0);
        QCOMPARE(bobSender->entries().size(), 0);
        QCOMPARE(countFrom(messagesOf(rpc.get(), bob.address), bob.address, QStringLiteral("pong")), 1);
    }

    void feeBudgetStopsReplies() {
        QTemporaryDir dir;
        auto leader = leaderWith(dir.filePath(QStringLiteral("leader")),
                                 {{alice.address, 1000}, {bob.address, 1000}, {carol.address, 1000}});
        auto rpc = test::rpcClient(leader->url());
        auto aliceSender = makeSender(dir.filePath(QStringLiteral("a.sqlite")), rpc.get(), alice);
        auto carolSender = makeSender(dir.filePath(QStringLiteral("c.sqlite")), rpc.get(), carol);
        auto bobSender = makeSender(dir.filePath(QStringLiteral("b.sqlite")), rpc.get(), bob, 10);
        ResponderConfig config = fromZero();
        config.maxFeePerDay = 20; // two replies at fee 10
        auto responder =
            makeResponder(bob, rpc.get(), bobSender.get(), config, dir.filePath(QStringLiteral("b.json")));
        QSignalSpy log(responder.get(), &Responder::log);
        QSignalSpy replied(responder.get(), &Responder::replied);
        QVERIFY(test::succeeded(responder->start()));
        QStringList pings;
        for (MessageSender* s : {aliceSender.get(), carolSender.get(), aliceSender.get()}) {
            const QString from = s == aliceSender.get() ? alice.address : carol.address;
            const qint64 id = test::waitFor(s->enqueue(from, bob.address, QStringLiteral("ping")));
            QTRY_COMPARE_WITH_TIMEOUT(s->entry(id)->state, OutboxState::Confirmed, kWaitMs);
            pings << s->entry(id)->txHash;
        }
        QTRY_COMPARE_WITH_TIMEOUT(responder->state().handled.value(pings[2]), QStringLiteral("over-budget"),
                                  kWaitMs);
        QCOMPARE(replied.size(), 2);
        QCOMPARE(bobSender->entries().size(), 2);
        bool logged = false;
        for (const QList<QVariant>& l : log)
            logged |= l.at(0).toString().contains(QStringLiteral("fee budget exhausted: 20 of 20"));
        QVERIFY(logged);
    }

    void replayIsUnverifiedInTheThread() {
        QTemporaryDir dir;
        auto leader =
            leaderWith(dir.filePath(QStringLiteral("leader")), {{alice.address, 1000}, {bob.address, 1000}});
        auto rpc = test::rpcClient(leader->url());
        auto aliceSender = makeSender(dir.filePath(QStringLiteral("a.sqlite")), rpc.get(), alice);
        const qint64 id =
            test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("pay 5")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceSender->entry(id)->state, OutboxState::Confirmed, kWaitMs);
        const qint64 other =
            test::waitFor(aliceSender->enqueue(alice.address, bob.address, QStringLiteral("later")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceSender->entry(other)->state, OutboxState::Confirmed, kWaitMs);
        // Repost the signed payload of "pay 5" as a new transaction from Alice's address.
        const QString original = aliceSender->entry(id)->txHash;
        json::Value signedBody;
        QVERIFY(json::parse(aliceSender->entry(id)->body, signedBody));
        tx::RefTransfer t;
        t.chainId = kChain;
        t.from = alice.address;
        t.to = bob.address;
        t.fee = 0;
        t.nonce = test::waitFor(rpc->account(alice.address))->nonce;
        json::Value body = tx::refSignedObject(t);
        body.insert(QStringLiteral("payload"), signedBody[QStringLiteral("payload")]);
        const auto posted = test::waitFor(rpc->submit(body));
        QVERIFY2(posted.ok(), qPrintable(posted.error().message));
        const QString copy = posted->txHash;
        QTRY_VERIFY_WITH_TIMEOUT(onChain(rpc.get(), bob.address, copy), kWaitMs);

        const auto list = messagesOf(rpc.get(), bob.address);
        ConversationBook book;
        book.setOwner(bob.address, kChain);
        book.setChainMessages(list);
        const Conversation* c = book.conversation(alice.address);
        QVERIFY(c);
        const ThreadMessage* first = nullptr;
        const ThreadMessage* second = nullptr;
        for (const ThreadMessage& m : c->messages) {
            if (m.txHash == original)
                first = &m;
            if (m.txHash == copy)
                second = &m;
        }
        QVERIFY(first && second);
        QCOMPARE(second->text, QStringLiteral("pay 5"));
        QVERIFY(first->verified());
        QVERIFY(!second->verified());
        // Its signed nonce is not the nonce of the transaction carrying it.
        QCOMPARE(second->authorship, Authorship::NonceMismatch);

        // The same verdict without the original in view (a follower that lost its block, §10.22).
        QList<chain::ChainMessage> withoutOriginal;
        for (const chain::ChainMessage& m : list)
            if (m.txHash != original)
                withoutOriginal.append(m);
        book.setChainMessages(withoutOriginal);
        for (const ThreadMessage& m : book.conversation(alice.address)->messages)
            if (m.txHash == copy)
                QCOMPARE(m.authorship, Authorship::NonceMismatch);
    }
};

QTEST_GUILESS_MAIN(TestResponderHardening)
#include "tst_responder_hardening.moc"
