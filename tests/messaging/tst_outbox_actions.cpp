// The operator's actions on the outbox (cancel, retry, change the fee) and the "why it waits" reason, on
// real SQLite files. Two OutboxStore connections on one file stand for two processes: an action taken
// by the operator must win over a sending process's decision made on the row it read before, and must
// refuse to touch a message that has already moved on.
#include "messaging/outbox_store.h"
#include "messaging/outbox_wait.h"
#include "outbox_fixture.h"
#include "test_result.h"

#include <QtTest>

using namespace aitbc::messaging;
using WriteResult = OutboxStore::WriteResult;
using aitbc::test::kOutboxAlice;
using aitbc::test::kOutboxChain;
using aitbc::test::queuedEntry;

namespace {
const QString kCarol = QStringLiteral("ait1carol");
} // namespace

class TestOutboxActions : public QObject {
    Q_OBJECT
    aitbc::test::OutboxFiles m_files;

    QString freshPath() { return m_files.fresh(); }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    /// A cancelled message is final; the sender that had read it as queued cannot sign it afterwards.
    void cancelBeatsAStaleSender() {
        const QString path = freshPath();
        OutboxStore sender(path);
        OutboxStore operatorSide(path);
        QVERIFY(aitbc::test::succeeded(sender.open()));
        QVERIFY(aitbc::test::succeeded(operatorSide.open()));
        const qint64 id = sender.insert(queuedEntry(QStringLiteral("never"))).value_or(-1);
        QVERIFY(id > 0);
        OutboxEntry seenBySender = *sender.entry(id);

        OutboxEntry after;
        QCOMPARE(operatorSide.cancelQueued(id, &after), WriteResult::Written);
        QCOMPARE(after.state, OutboxState::Failed);
        QCOMPARE(after.reason, OutboxStore::cancelledReason());
        QCOMPARE(outboxDisplayState(after), QStringLiteral("cancelled"));

        seenBySender.state = OutboxState::Prepared;
        seenBySender.nonce = 0;
        seenBySender.txHash = QStringLiteral("0xsigned");
        QCOMPARE(sender.updateIfUnchanged(seenBySender), WriteResult::Conflict);
        const OutboxEntry stored = *sender.entry(id);
        QCOMPARE(stored.state, OutboxState::Failed);
        QVERIFY(stored.txHash.isEmpty());
        QVERIFY(stored.isFinal());
    }

    /// Only a queued message can be cancelled: once signed (Prepared) it may already be at the node.
    void cancelRefusesASignedMessage() {
        OutboxStore store(freshPath());
        QVERIFY(aitbc::test::succeeded(store.open()));
        const qint64 id = store.insert(queuedEntry(QStringLiteral("signed"))).value_or(-1);
        OutboxEntry e = *store.entry(id);
        e.state = OutboxState::Prepared;
        e.nonce = 4;
        e.txHash = QStringLiteral("0xabc");
        QCOMPARE(store.updateIfUnchanged(e), WriteResult::Written);
        QCOMPARE(store.cancelQueued(id), WriteResult::Conflict);
        QVERIFY(store.lastError().contains(QLatin1String("prepared")));
        QCOMPARE(store.entry(id)->state, OutboxState::Prepared);
        QCOMPARE(store.entry(id)->revision, e.revision);
        QCOMPARE(store.cancelQueued(id + 1000), WriteResult::Failed);
        QVERIFY(store.lastError().contains(QLatin1String("no message")));
    }

    /// Retry puts a failed message back in the queue with no attempt; the refused attempt stays on record.
    void retryRequeuesAndKeepsTheRefusedAttempt() {
        OutboxStore store(freshPath());
        QVERIFY(aitbc::test::succeeded(store.open()));
        const qint64 id = store.insert(queuedEntry(QStringLiteral("poor"))).value_or(-1);
        OutboxEntry e = *store.entry(id);
        QCOMPARE(store.retryFailed(id), WriteResult::Conflict); // queued: nothing to retry
        e.state = OutboxState::Failed;
        e.nonce = 2;
        e.txHash = QStringLiteral("0xrefused");
        e.body = QByteArrayLiteral("{\"nonce\":2}");
        e.reason = QStringLiteral("insufficient balance: 0 < 10");
        e.attempts = 1;
        QCOMPARE(store.updateIfUnchanged(e), WriteResult::Written);

        OutboxEntry after;
        QCOMPARE(store.retryFailed(id, &after), WriteResult::Written);
        const OutboxEntry stored = *store.entry(id);
        QCOMPARE(stored.state, OutboxState::Queued);
        QCOMPARE(stored.nonce, qint64(-1));
        QVERIFY(stored.txHash.isEmpty());
        QVERIFY(stored.body.isEmpty());
        QVERIFY(stored.reason.isEmpty());
        QCOMPARE(stored.attempts, 1);
        QCOMPARE(stored.revision, after.revision);
        const QList<SupersededAttempt> old = store.superseded(id);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().txHash, QStringLiteral("0xrefused"));
        QVERIFY(old.first().reason.contains(QLatin1String("insufficient balance")));

        // A cancelled message can be retried too (it was never signed: nothing to record).
        QCOMPARE(store.cancelQueued(id), WriteResult::Written);
        QCOMPARE(store.retryFailed(id), WriteResult::Written);
        QCOMPARE(store.superseded(id).size(), 1);
        QCOMPARE(store.entry(id)->state, OutboxState::Queued);
    }

    /// The fee of a queued message is stored with it (other processes read it) and refused once signed.
    void feeChangeOnlyWhileQueued() {
        const QString path = freshPath();
        OutboxStore a(path);
        OutboxStore b(path);
        QVERIFY(aitbc::test::succeeded(a.open()));
        QVERIFY(aitbc::test::succeeded(b.open()));
        const qint64 id = a.insert(queuedEntry(QStringLiteral("fee"))).value_or(-1);
        QCOMPARE(a.entry(id)->fee, qint64(-1));
        const OutboxEntry seenByB = *b.entry(id);
        QCOMPARE(a.setQueuedFee(id, 25), WriteResult::Written);
        QCOMPARE(b.entry(id)->fee, qint64(25));
        QCOMPARE(a.setQueuedFee(id, -1), WriteResult::Failed);
        QCOMPARE(b.entry(id)->fee, qint64(25));

        // B decided to sign with the old row: refused, and the fee set by the operator survives.
        OutboxEntry stale = seenByB;
        stale.state = OutboxState::Prepared;
        stale.nonce = 0;
        QCOMPARE(b.updateIfUnchanged(stale), WriteResult::Conflict);
        OutboxEntry fresh = *b.entry(id);
        QCOMPARE(fresh.fee, qint64(25));
        fresh.state = OutboxState::Prepared;
        fresh.nonce = 0;
        QCOMPARE(b.updateIfUnchanged(fresh), WriteResult::Written);
        QCOMPARE(a.setQueuedFee(id, 1), WriteResult::Conflict);
        QCOMPARE(a.entry(id)->fee, qint64(25));
    }

    /// Why each message waits, from the file alone.
    void waitReasons() {
        OutboxStore store(freshPath());
        QVERIFY(aitbc::test::succeeded(store.open()));
        const qint64 first = store.insert(queuedEntry(QStringLiteral("first"))).value_or(-1);
        const qint64 second = store.insert(queuedEntry(QStringLiteral("second"))).value_or(-1);
        const qint64 carols = store.insert(queuedEntry(QStringLiteral("carol's"), kCarol)).value_or(-1);
        QList<OutboxEntry> all = store.entries();
        QCOMPARE(all.size(), 3);

        // Nobody holds alice's or carol's key: the oldest waits for a wallet, the next for the oldest.
        QCOMPARE(outboxWait(all[0], all, false).kind, OutboxWaitKind::WalletLocked);
        QCOMPARE(outboxWait(all[1], all, false).kind, OutboxWaitKind::OnePendingPerSender);
        QVERIFY(outboxWait(all[1], all, false).text.contains(QString::number(first)));
        QCOMPARE(outboxWait(all[2], all, false).kind, OutboxWaitKind::WalletLocked);
        // A process sends for alice: her oldest message is simply being sent.
        QVERIFY(store.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("proc-1"), 60000));
        QVERIFY(!store.senderLeaseOwner(kOutboxChain, kOutboxAlice).isEmpty());
        QCOMPARE(outboxWait(all[0], all, true).kind, OutboxWaitKind::None);

        OutboxEntry e = all[0];
        e.reason = QStringLiteral("node unavailable, will retry: connection refused");
        QCOMPARE(outboxWait(e, all, true).kind, OutboxWaitKind::NodeUnreachable);
        e.state = OutboxState::Submitted;
        e.reason.clear();
        QCOMPARE(outboxWait(e, all, true).kind, OutboxWaitKind::InMempool);
        QCOMPARE(outboxDisplayState(e), QStringLiteral("mempool"));
        e.state = OutboxState::Failed;
        e.reason = QStringLiteral("Insufficient balance for fee");
        QCOMPARE(outboxWait(e, all, true).kind, OutboxWaitKind::InsufficientBalance);
        QCOMPARE(outboxWait(e, all, true).detail, e.reason);
        e.reason = QStringLiteral("Invalid schema");
        QCOMPARE(outboxWait(e, all, true).kind, OutboxWaitKind::Failed);
        QCOMPARE(outboxWait(e, all, true).text, e.reason);

        // Once the first is final (cancelled), the second is no longer held up by it.
        QCOMPARE(store.cancelQueued(first), WriteResult::Written);
        all = store.entries();
        QCOMPARE(outboxWait(all[0], all, true).kind, OutboxWaitKind::Cancelled);
        QCOMPARE(outboxWait(all[1], all, true).kind, OutboxWaitKind::None);
        QCOMPARE(all[1].id, second);
        QCOMPARE(all[2].id, carols);
        QCOMPARE(outboxWaitCode(OutboxWaitKind::OnePendingPerSender),
                 QStringLiteral("one_pending_per_sender"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxActions)
#include "tst_outbox_actions.moc"
