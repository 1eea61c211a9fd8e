// `aitbc-devnet generate`: a synthetic chain.db in the real schema whose block and transaction hashes
// verify; and the devnet's own storage code reading the real node's chain.db.
#include "devnet/block_hash.h"
#include "devnet/chain_generator.h"
#include "devnet/chain_store.h"
#include "protocol/ref_request.h"
#include "test_result.h"
#include "testdata.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

namespace {
QStringList schemaOf(const QString& path, const QString& connection) {
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
            while (q.next())
                out << QStringLiteral("%1|%2|%3|%4")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}
} // namespace

class TestDevnetGenerate : public QObject {
    Q_OBJECT
private slots:
    void generatesVerifiableChain();
    void refusesBadInput();
    void readsTheRealChainDb();
};

void TestDevnetGenerate::generatesVerifiableChain() {
    QTemporaryDir dir;
    devnet::GenerateOptions o;
    o.outPath = dir.filePath(QStringLiteral("gen.db"));
    o.blocks = 120;
    o.transactions = 1000;
    o.addresses = 20;
    o.seed = 7;
    const auto r = devnet::generateChain(o);
    QVERIFY(test::succeeded(r));
    QCOMPARE(r->transactions, 1000);
    QCOMPARE(r->blocks, 121);

    QTemporaryDir realDir;
    const QString real = test::copyTestData(QStringLiteral("real-chain/chain.db"), realDir);
    QCOMPARE(schemaOf(o.outPath, QStringLiteral("gen")), schemaOf(real, QStringLiteral("real")));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(o.outPath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT chain_id, height, hash, parent_hash, timestamp, tx_count FROM block ORDER BY height")));
        QString previous;
        qint64 sum = 0;
        int blocks = 0;
        while (q.next()) {
            QSqlQuery t(db);
            t.prepare(QStringLiteral("SELECT tx_hash, sender, recipient, payload, nonce, fee FROM "
                                     "\"transaction\" WHERE block_height = ?"));
            t.addBindValue(q.value(1));
            QVERIFY(t.exec());
            QStringList hashes;
            QSet<QString> senders;
            while (t.next()) {
                hashes << t.value(0).toString();
                QVERIFY(!senders.contains(t.value(1).toString())); // one tx per sender per block
                senders << t.value(1).toString();
                // Rebuild the node's normalised dict from the row: the stored hash is its §1.6 hash.
                json::Value payload;
                QVERIFY(json::parse(t.value(3).toString().toUtf8(), payload));
                json::Value body = json::Value::object();
                body.insert(QStringLiteral("type"), QStringLiteral("TRANSFER"));
                body.insert(QStringLiteral("from"), t.value(1).toString());
                body.insert(QStringLiteral("nonce"), t.value(4).toLongLong() + 1);
                body.insert(QStringLiteral("fee"), t.value(5).toLongLong());
                body.insert(QStringLiteral("payload"), payload);
                const auto hash = protocol::predictNodeHash(body, QStringLiteral("ait-mainnet"));
                QCOMPARE(hash ? *hash : hash.error().message, t.value(0).toString());
            }
            QCOMPARE(qint64(hashes.size()), q.value(5).toLongLong());
            sum += hashes.size();
            QCOMPARE(protocol::recomputeStoredBlockHash(q.value(0).toString(), q.value(1).toLongLong(),
                                                        q.value(3).toString(), q.value(4).toString(), hashes),
                     q.value(2).toString());
            if (blocks++ > 0)
                QCOMPARE(q.value(3).toString(), previous);
            previous = q.value(2).toString();
        }
        QCOMPARE(sum, 1000);
        QVERIFY(q.exec(QStringLiteral("SELECT hash FROM block WHERE height = 0")) && q.next());
        QCOMPARE(q.value(0).toString(), protocol::genesisBlockHash(QStringLiteral("ait-mainnet")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(nonce) FROM account")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 20);
        QCOMPARE(q.value(1).toLongLong(), 1000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    // Never overwrites.
    QVERIFY(!devnet::generateChain(o));
}

void TestDevnetGenerate::refusesBadInput() {
    QTemporaryDir dir;
    devnet::GenerateOptions o;
    o.outPath = dir.filePath(QStringLiteral("x.db"));
    o.blocks = 2;
    o.transactions = 100;
    o.addresses = 10; // 50 per block > 10 senders
    const auto r = devnet::generateChain(o);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("addresses")));
    QVERIFY(!QFile::exists(o.outPath));
}

void TestDevnetGenerate::readsTheRealChainDb() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    devnet::ChainStore store;
    QVERIFY(test::succeeded(store.open(path)));
    const QString chain = QStringLiteral("ait-mainnet");
    const auto head = store.head(chain);
    QVERIFY(head);
    QCOMPARE(head->height, 22);
    QCOMPARE(store.blocks(chain, 0, 22).size(), 23);
    QCOMPARE(store.transactionsInBlocks(chain, 0, 22).size(), 20);
    QCOMPARE(
        store
            .account(chain, QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay"))
            ->balance,
        1000781);
    // ensureGenesis leaves an existing chain alone.
    QVERIFY(test::succeeded(store.ensureGenesis(chain, {})));
    QCOMPARE(store.head(chain)->hash, head->hash);
}

QTEST_GUILESS_MAIN(TestDevnetGenerate)
#include "tst_devnet_generate.moc"
