// chain.db is written by a node that stores any payload it is sent: a row larger than any real one must
// give a clear error, refused by SQLite itself (sqlite3_limit) before the value is loaded, while normal
// rows on the same chain still read. Real SQLite files in the node's schema (copies of the real chain).
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
    auto r = test::awaitFuture(f, 120000);
    if (!r) {
        NodeError e;
        e.kind = NodeError::Kind::Cancelled;
        e.message = QStringLiteral("test: the call did not finish (hang)");
        return e;
    }
    return *r;
}

/// Adds a confirmed alice -> bob transaction whose message text is `textBytes` long, as the node would
/// store it (§4.3 payload JSON), in block 3 of the copy.
void addMessage(const QString& path, const QString& hash, qsizetype textBytes) {
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
        q.addBindValue(kAlice);
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
    void oversizedRowIsAClearError() {
        QTemporaryDir dir;
        const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
        addMessage(path, QStringLiteral("0xhuge"), kMaxValueBytes + 1024);
        DbNode node(DbOptions{path, kChain, 5000});
        const auto r = get(node.messages(kBob));
        QVERIFY2(!r.ok(), "a value over the limit was loaded");
        QCOMPARE(r.error().kind, NodeError::Kind::Database);
        QVERIFY2(r.error().message.contains(QLatin1String("larger than this reader accepts")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        // The node's other answers that do not touch the row still work.
        QVERIFY(get(node.head()).ok());
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
