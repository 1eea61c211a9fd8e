// chain.db is written by a node that stores any payload it is sent: a value larger than any real one is
// refused by SQLite itself (sqlite3_limit) before it is loaded, with a clear error where the row itself
// is asked for, and one such row (which anybody can send to anybody) does not hide the rest of a
// conversation. Real SQLite files in the node's schema (copies of the real chain).
#include "chain/db_node.h"
#include "chain/db_reader.h"
#include "chain_test_util.h"
#include "testdata.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;

namespace {

const QString kChain = QStringLiteral("ait-mainnet");
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");

template <typename T> NodeResult<T> get(QFuture<NodeResult<T>> f) {
    return test::get(f, 120000);
}

/// Adds a confirmed alice -> bob transaction whose message text is `textBytes` long, as the node would
/// store it (§4.3 payload JSON), in block 3 of the copy. `senderBytes` > 0: a hostile sender string of
/// that length instead of alice.
void addMessage(const QString& path, const QString& hash, qsizetype textBytes, qsizetype senderBytes = 0) {
    const QString connection = QStringLiteral("writer-") + hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, payload, "
            "created_at, nonce, value, fee, type, status) VALUES (?, ?, 3, ?, ?, ?, '2026-05-09 12:00:00', "
            "99, "
            "0, 10, 'TRANSFER', 'confirmed')"));
        const QByteArray payload = R"({"amount": 0, "message": ")" + QByteArray(textBytes, 'x') +
                                   R"(", "to": ")" + kBob.toLatin1() + "\"}";
        q.addBindValue(kChain);
        q.addBindValue(hash);
        q.addBindValue(senderBytes > 0 ? QString(senderBytes, QLatin1Char('s')) : kAlice);
        q.addBindValue(kBob);
        q.addBindValue(QString::fromLatin1(payload));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

class TestDbLimits : public QObject {
    Q_OBJECT

private slots:
    void oversizedPayloadIsSkippedNotLoaded() {
        QTemporaryDir dir;
        const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
        DbNode before(DbOptions{path, kChain, 5000});
        const auto normal = get(before.messages(kBob));
        QVERIFY2(normal.ok(), qPrintable(normal.error().message));
        QVERIFY(!normal->isEmpty());

        addMessage(path, QStringLiteral("0xhuge"), kMaxValueBytes + 1024);
        addMessage(path, QStringLiteral("0xafter"), 10);
        DbNode node(DbOptions{path, kChain, 5000});
        const auto r = get(node.messages(kBob));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->size(), normal->size() + 1); // everything but the oversized one
        QVERIFY(std::none_of(r->begin(), r->end(),
                             [](const ChainMessage& m) { return m.txHash == QLatin1String("0xhuge"); }));
        QVERIFY(std::any_of(r->begin(), r->end(),
                            [](const ChainMessage& m) { return m.txHash == QLatin1String("0xafter"); }));
        const auto stats = test::awaitFuture(node.indexStats());
        QVERIFY(stats);
        QVERIFY(stats->oversizedSkips >= 1);

        // Asked for directly (the block that holds it), the row is a clear error, not a huge allocation.
        const auto block = get(node.blocks(3, 3, true));
        QVERIFY(!block.ok());
        QCOMPARE(block.error().kind, NodeError::Kind::Database);
        QVERIFY2(block.error().message.contains(QLatin1String("larger than this reader accepts")) &&
                     block.error().message.contains(path),
                 qPrintable(block.error().message));
        QVERIFY(get(node.head()).ok());
    }

    void oversizedSenderDoesNotStopTheIndex() {
        QTemporaryDir dir;
        const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
        addMessage(path, QStringLiteral("0xbadsender"), 10, kMaxValueBytes + 1);
        addMessage(path, QStringLiteral("0xlater"), 10);
        DbNode node(DbOptions{path, kChain, 5000});
        const auto r = get(node.messages(kBob));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(std::any_of(r->begin(), r->end(),
                            [](const ChainMessage& m) { return m.txHash == QLatin1String("0xlater"); }));
        // Polling again neither fails nor indexes anything twice.
        const auto again = get(node.messages(kBob));
        QVERIFY(again.ok());
        QCOMPARE(again->size(), r->size());
        addMessage(path, QStringLiteral("0xnewest"), 10);
        const auto third = get(node.messages(kBob));
        QVERIFY(third.ok());
        QCOMPARE(third->size(), r->size() + 1);
    }

    void largeButAcceptableRowIsRead() {
        QTemporaryDir dir;
        const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
        addMessage(path, QStringLiteral("0xbig"), 512 * 1024);
        DbNode node(DbOptions{path, kChain, 5000});
        const auto r = get(node.messages(kBob));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const bool found = std::any_of(r->begin(), r->end(), [](const ChainMessage& m) {
            return m.txHash == QLatin1String("0xbig") && m.text.startsWith(QLatin1String("xxxx"));
        });
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestDbLimits)
#include "tst_db_limits.moc"
