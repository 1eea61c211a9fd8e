// OutboxStore's tools for several processes sharing one file, on real SQLite files: conditional writes
// (a stale revision is refused), the per-sender lease (exclusive, expiring, given back), the guards on
// writing a new signature, and the upgrade of a schema-1 file written by an older build.
#include "messaging/outbox_store.h"
#include "outbox_fixture.h"
#include "test_result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc::messaging;
using WriteResult = OutboxStore::WriteResult;
using aitbc::test::kOutboxAlice;
using aitbc::test::kOutboxChain;
using aitbc::test::queuedEntry;

namespace {

/// The schema an older build wrote (version 1: no revision, no leases), with one message in it.
void writeSchema1File(const QString& path) {
    const QString name = QStringLiteral("schema1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery q(db);
        const char* statements[] = {
            "PRAGMA journal_mode=WAL",
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, chain_id TEXT NOT NULL, sender TEXT "
            "NOT "
            "NULL, recipient TEXT NOT NULL, text TEXT NOT NULL, in_reply_to TEXT NOT NULL DEFAULT '', state "
            "TEXT "
            "NOT NULL, reason TEXT NOT NULL DEFAULT '', nonce INTEGER NOT NULL DEFAULT -1, tx_hash TEXT NOT "
            "NULL "
            "DEFAULT '', body BLOB, since_height INTEGER NOT NULL DEFAULT -1, block_height INTEGER NOT NULL "
            "DEFAULT -1, attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, submitted_at TEXT, "
            "confirmed_at TEXT, block_time TEXT)",
            "CREATE TABLE superseded (id INTEGER PRIMARY KEY AUTOINCREMENT, message_id INTEGER NOT NULL "
            "REFERENCES outbox(id), nonce INTEGER NOT NULL, tx_hash TEXT NOT NULL, body BLOB, reason TEXT "
            "NOT "
            "NULL, at TEXT NOT NULL)",
            "INSERT INTO outbox (chain_id, sender, recipient, text, state, created_at) VALUES ('ait-devnet', "
            "'ait1alice', 'ait1bob', 'from schema 1', 'queued', '2026-01-01T00:00:00.000Z')",
            "PRAGMA user_version=1",
        };
        for (const char* sql : statements)
            if (!q.exec(QString::fromLatin1(sql)))
                qFatal("%s: %s", sql, qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestOutboxStore : public QObject {
    Q_OBJECT
    aitbc::test::OutboxFiles m_files;

    QString freshPath() { return m_files.fresh(); }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    /// Two connections (as two processes) read the same row; the first write wins, the second is
    /// refused as a conflict and changes nothing; after re-reading, the second may write.
    void staleRevisionIsRefused() {
        const QString path = freshPath();
        OutboxStore a(path);
        OutboxStore b(path);
        QVERIFY(aitbc::test::succeeded(a.open()));
        QVERIFY(aitbc::test::succeeded(b.open()));
        const qint64 id = a.insert(queuedEntry(QStringLiteral("once"))).value_or(-1);
        QVERIFY(id > 0);
        OutboxEntry seenByA = *a.entry(id);
        OutboxEntry seenByB = *b.entry(id);
        QCOMPARE(seenByA.revision, seenByB.revision);

        seenByA.state = OutboxState::Prepared;
        seenByA.nonce = 3;
        QCOMPARE(a.updateIfUnchanged(seenByA), WriteResult::Written);
        QCOMPARE(seenByA.revision, seenByB.revision + 1);

        seenByB.state = OutboxState::Prepared;
        seenByB.nonce = 4; // another decision, taken on the old copy
        QCOMPARE(b.updateIfUnchanged(seenByB), WriteResult::Conflict);
        QCOMPARE(b.entry(id)->nonce, 3);
        QCOMPARE(b.entry(id)->revision, seenByA.revision);

        OutboxEntry reread = *b.entry(id);
        reread.state = OutboxState::Submitted;
        QCOMPARE(b.updateIfUnchanged(reread), WriteResult::Written);
        QCOMPARE(a.entry(id)->state, OutboxState::Submitted);
    }

    /// A superseded attempt is recorded only together with its replacement, and only against the
    /// revision it was decided on.
    void supersedeIsConditional() {
        const QString path = freshPath();
        OutboxStore store(path);
        QVERIFY(aitbc::test::succeeded(store.open()));
        const qint64 id = store.insert(queuedEntry(QStringLiteral("re-signed"))).value_or(-1);
        OutboxEntry old = *store.entry(id);
        old.state = OutboxState::Prepared;
        old.nonce = 1;
        old.txHash = QStringLiteral("0xold");
        QCOMPARE(store.updateIfUnchanged(old), WriteResult::Written);
        OutboxEntry stale = old;
        stale.revision -= 1;
        OutboxEntry replacement = old;
        replacement.nonce = 2;
        replacement.txHash = QStringLiteral("0xnew");
        QCOMPARE(store.supersedeIfUnchanged(stale, replacement, QStringLiteral("nonce used")),
                 WriteResult::Conflict);
        QVERIFY(store.superseded(id).isEmpty());
        QCOMPARE(store.entry(id)->txHash, QStringLiteral("0xold"));
        QCOMPARE(store.supersedeIfUnchanged(old, replacement, QStringLiteral("nonce used")),
                 WriteResult::Written);
        QCOMPARE(store.superseded(id).size(), 1);
        QCOMPARE(store.superseded(id).first().txHash, QStringLiteral("0xold"));
        QCOMPARE(store.entry(id)->txHash, QStringLiteral("0xnew"));
        QCOMPARE(replacement.revision, old.revision + 1);
    }

    /// One owner per (chain, sender) while unexpired; renewable by its owner; free once expired or given
    /// back; independent per sender and per chain.
    void leaseIsExclusiveAndExpires() {
        const QString path = freshPath();
        OutboxStore a(path);
        OutboxStore b(path);
        QVERIFY(aitbc::test::succeeded(a.open()));
        QVERIFY(aitbc::test::succeeded(b.open()));
        QVERIFY(a.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("A"), 60000));
        QVERIFY(!b.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("B"), 60000));
        QCOMPARE(b.senderLeaseOwner(kOutboxChain, kOutboxAlice), QStringLiteral("A"));
        QVERIFY(a.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("A"), 60000)); // renewal
        QVERIFY(b.claimSender(kOutboxChain, QStringLiteral("ait1carol"), QStringLiteral("B"), 60000));
        QVERIFY(b.claimSender(QStringLiteral("other-chain"), kOutboxAlice, QStringLiteral("B"), 60000));
        QVERIFY(a.releaseSender(QStringLiteral("A"), kOutboxChain, kOutboxAlice));
        QVERIFY(b.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("B"), 0)); // expires at once
        QVERIFY(b.senderLeaseOwner(kOutboxChain, kOutboxAlice).isEmpty());
        QVERIFY(
            a.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("A"), 60000)); // taken over after expiry
        QVERIFY(b.releaseSender(QStringLiteral("B")));                              // every lease of B
        QVERIFY(b.senderLeaseOwner(kOutboxChain, QStringLiteral("ait1carol")).isEmpty());
        QCOMPARE(b.senderLeaseOwner(kOutboxChain, kOutboxAlice), QStringLiteral("A"));
    }

    /// A new signature is written only by the lease holder and only while no other message of the sender
    /// is in flight.
    void signingWriteNeedsLeaseAndNoOtherInFlight() {
        const QString path = freshPath();
        OutboxStore store(path);
        QVERIFY(aitbc::test::succeeded(store.open()));
        const qint64 first = store.insert(queuedEntry(QStringLiteral("first"))).value_or(-1);
        const qint64 second = store.insert(queuedEntry(QStringLiteral("second"))).value_or(-1);
        OutboxStore::WriteGuard guard;
        guard.leaseOwner = QStringLiteral("A");
        guard.soleInFlight = true;

        OutboxEntry e = *store.entry(first);
        e.state = OutboxState::Prepared;
        e.nonce = 0;
        QCOMPARE(store.updateIfUnchanged(e, guard), WriteResult::Conflict); // no lease yet
        QVERIFY(store.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("B"), 60000));
        QCOMPARE(store.updateIfUnchanged(e, guard), WriteResult::Conflict); // someone else's lease
        QVERIFY(store.releaseSender(QStringLiteral("B")));
        QVERIFY(store.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("A"), 60000));
        QCOMPARE(store.updateIfUnchanged(e, guard), WriteResult::Written);

        OutboxEntry other = *store.entry(second);
        other.state = OutboxState::Prepared;
        other.nonce = 0; // the same nonce, another text: refused while "first" is in flight
        QCOMPARE(store.updateIfUnchanged(other, guard), WriteResult::Conflict);
        QCOMPARE(store.entry(second)->state, OutboxState::Queued);

        e.state = OutboxState::Confirmed;
        QCOMPARE(store.updateIfUnchanged(e), WriteResult::Written);
        other.nonce = 1;
        QCOMPARE(store.updateIfUnchanged(other, guard), WriteResult::Written);
    }

    /// A file written by the previous schema opens, keeps its messages and takes conditional writes.
    void schema1FileIsUpgraded() {
        const QString path = freshPath();
        writeSchema1File(path);
        OutboxStore store(path);
        QVERIFY(aitbc::test::succeeded(store.open()));
        const QList<OutboxEntry> all = store.entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().text, QStringLiteral("from schema 1"));
        QCOMPARE(all.first().revision, 0);
        QVERIFY(!all.first().encrypt); // messages written before encryption existed go out as they were
        OutboxEntry e = all.first();
        e.state = OutboxState::Failed;
        QCOMPARE(store.updateIfUnchanged(e), WriteResult::Written);
        QVERIFY(store.claimSender(kOutboxChain, kOutboxAlice, QStringLiteral("A"), 60000));
        OutboxStore again(path); // a second opener finds it upgraded already
        QVERIFY(aitbc::test::succeeded(again.open()));
        QCOMPARE(again.entry(e.id)->state, OutboxState::Failed);
    }

    /// The encryption intent is stored with the message and survives every kind of write.
    void encryptIntentIsKept() {
        OutboxStore store(freshPath());
        QVERIFY(aitbc::test::succeeded(store.open()));
        OutboxEntry plain = queuedEntry(QStringLiteral("plain"));
        OutboxEntry secret = queuedEntry(QStringLiteral("secret"));
        secret.encrypt = true;
        const auto plainId = store.insert(plain);
        const auto secretId = store.insert(secret);
        QVERIFY(plainId && secretId);
        QVERIFY(!store.entry(*plainId)->encrypt);
        OutboxEntry e = *store.entry(*secretId);
        QVERIFY(e.encrypt);
        e.state = OutboxState::Failed;
        QCOMPARE(store.updateIfUnchanged(e), WriteResult::Written);
        QCOMPARE(store.retryFailed(e.id), WriteResult::Written);
        QVERIFY(store.entry(e.id)->encrypt);
        QCOMPARE(store.entry(e.id)->state, OutboxState::Queued);
    }

    /// The payload members signed with a message (an agent card) are read back with it by every read, and
    /// survive the writes of an entry that was read back: the sender re-reads the file and writes what it
    /// read, so a member lost on reading would go out missing from the signed transaction.
    void extraMembersAreKept() {
        OutboxStore store(freshPath());
        QVERIFY(aitbc::test::succeeded(store.open()));
        OutboxEntry card = queuedEntry(QStringLiteral("[agent card]"));
        card.extraMembers = QByteArrayLiteral(R"({"card":"{}","card_pub":"00","card_sig":"00"})");
        const auto plainId = store.insert(queuedEntry(QStringLiteral("plain")));
        const auto cardId = store.insert(card);
        QVERIFY(plainId && cardId);
        QVERIFY(store.entry(*plainId)->extraMembers.isEmpty());
        QCOMPARE(store.entry(*cardId)->extraMembers, card.extraMembers);
        bool ok = false;
        const QList<OutboxEntry> all = store.entries({}, &ok);
        QVERIFY(ok);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).id, *cardId);
        QCOMPARE(all.at(1).extraMembers, card.extraMembers);
        QCOMPARE(store.entries(kOutboxChain).at(1).extraMembers, card.extraMembers);
        OutboxEntry e = all.at(1);
        e.state = OutboxState::Failed;
        QCOMPARE(store.updateIfUnchanged(e), WriteResult::Written);
        QCOMPARE(store.retryFailed(e.id), WriteResult::Written);
        QCOMPARE(store.entry(e.id)->extraMembers, card.extraMembers);
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outbox_store.moc"
