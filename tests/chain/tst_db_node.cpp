// DbNode on real node databases (copies of the recorded REF leader and follower), on a chain.db that a
// writer keeps extending in WAL mode, on the HEAD schema, and on damaged or locked files.
#include "chain/db_node.h"
#include "chain_test_util.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;

namespace {

const QString kChain = QStringLiteral("ait-mainnet");

using test::get;

/// Ground truth straight from the file with Qt's own JSON parser (independent of json::parse and of
/// the extraction code): every transaction row as (tx_hash, sender, recipient, payload.message).
struct Row {
    QString hash, sender, recipient, text;
    qint64 height;
};
QList<Row> groundTruth(const QString& path) {
    QList<Row> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truth"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("truth open");
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT tx_hash, sender, recipient, payload, block_height FROM \"transaction\" "
                              "ORDER BY block_height, id"));
        while (q.next()) {
            const QJsonObject p = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         p.value(QStringLiteral("message")).toString(), q.value(4).toLongLong()});
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("truth"));
    return rows;
}

QByteArray sha256(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// A writable connection on the test thread, standing in for the node process.
class Writer {
public:
    explicit Writer(const QString& path, const QString& name = QStringLiteral("writer"))
        : m_name(name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("writer open");
    }
    ~Writer() {
        { QSqlDatabase::database(m_name).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        while (q.next()) {
        }
        return true;
    }
    bool addBlockWithMessage(qint64 height, const QString& sender, const QString& recipient,
                             const QString& text) {
        const QString hash = QStringLiteral("0x%1").arg(height, 64, 16, QLatin1Char('0'));
        QJsonObject payload{{QStringLiteral("amount"), 0},
                            {QStringLiteral("message"), text},
                            {QStringLiteral("recipient"), recipient}};
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(QStringLiteral(
            "INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, "
            "tx_count, state_root) VALUES (?, ?, ?, '0x00', 'test', '2026-11-26 01:00:00.000000', "
            "1, NULL)"));
        q.addBindValue(kChain);
        q.addBindValue(height);
        q.addBindValue(hash);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral(
            "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, "
            "payload, created_at, nonce, value, fee, type, status, timestamp) VALUES (?, ?, ?, ?, "
            "?, ?, '2026-11-26 01:00:00.000000', 0, 0, 10, 'TRANSFER', 'confirmed', NULL)"));
        q.addBindValue(kChain);
        q.addBindValue(QStringLiteral("0xtx%1").arg(height));
        q.addBindValue(height);
        q.addBindValue(sender);
        q.addBindValue(recipient);
        q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        return q.exec();
    }

private:
    QString m_name;
};

} // namespace

class TestDbNode : public QObject {
    Q_OBJECT
private slots:
    void realChainEveryAddress();
    void realChainMatchesSentMessages();
    void realChainReadsAndNeverWrites();
    void followerShowsMissingTransactions();
    void incrementalPollOverWal();
    void headSchema();
    void missingAndForeignFiles();
    void corruptAndTruncatedFiles();
    void lockedByWriter();
    void replacedFileIsReopened();
    void submitIsUnsupported();
};

void TestDbNode::realChainEveryAddress() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const QList<Row> truth = groundTruth(path);
    QCOMPARE(truth.size(), 20);
    QSet<QString> addresses;
    for (const Row& r : truth)
        addresses << r.sender << r.recipient;
    QCOMPARE(addresses.size(), 3);

    DbNode node(DbOptions{path, kChain, 5000});
    for (const QString& address : std::as_const(addresses)) {
        const auto result = get(node.messages(address));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QList<Row> expected;
        for (const Row& r : truth)
            if (r.sender == address || r.recipient == address)
                expected << r;
        QCOMPARE(result->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ChainMessage& m = result->at(i);
            QCOMPARE(m.txHash, expected[i].hash);
            QCOMPARE(m.text, expected[i].text);
            QCOMPARE(m.blockHeight, expected[i].height);
            QCOMPARE(m.direction, expected[i].sender == address ? ChainMessage::Direction::Outgoing
                                                                : ChainMessage::Direction::Incoming);
            QVERIFY(m.timestamp.isValid());
        }
    }
    // Texts the chain is known to hold (README: empty, newline, quotes, non-ASCII, emoji).
    QStringList all;
    for (const Row& r : truth)
        all << r.text;
    QVERIFY(all.contains(QString()));
    QVERIFY(
        std::any_of(all.begin(), all.end(), [](const QString& t) { return t.contains(QLatin1Char('\n')); }));
    QVERIFY(
        std::any_of(all.begin(), all.end(), [](const QString& t) { return t.contains(QLatin1Char('"')); }));
    QVERIFY(std::any_of(all.begin(), all.end(), [](const QString& t) { return t.contains(QChar(0x4F60)); }));
}

void TestDbNode::realChainMatchesSentMessages() {
    // fill_chain_timings.jsonl records what the client sent and the hash the node returned.
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    DbNode node(DbOptions{path, {}, 5000});
    QHash<QString, QString> byHash;
    for (const Row& r : groundTruth(path)) {
        const auto list = get(node.messages(r.sender));
        QVERIFY(list.ok());
        for (const ChainMessage& m : list.value())
            byHash.insert(m.txHash, m.text);
    }
    QCOMPARE(node.chainId(), kChain); // discovered from the file
    int checked = 0;
    for (const QByteArray& line :
         test::readTestData(QStringLiteral("real-chain/fill_chain_timings.jsonl")).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString hash =
            o.value(QStringLiteral("resp")).toObject().value(QStringLiteral("transaction_hash")).toString();
        if (hash.isEmpty())
            continue;
        QVERIFY2(byHash.contains(hash), qPrintable(hash));
        QCOMPARE(byHash.value(hash), o.value(QStringLiteral("message")).toString());
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestDbNode::realChainReadsAndNeverWrites() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    QFile(path).setPermissions(QFile::ReadOwner); // a node's file we may not write
    const QByteArray before = sha256(path);
    {
        DbNode node(DbOptions{path, kChain, 5000});
        const auto h = get(node.health());
        QVERIFY2(h.ok(), qPrintable(h.error().message));
        QCOMPARE(h->protocol, Protocol::Ref);
        QCOMPARE(h->supportedChains, QStringList{kChain});
        const auto tip = get(node.head());
        QVERIFY(tip.ok());
        QCOMPARE(tip->height, 22);
        QVERIFY(tip->hash.startsWith(QLatin1String("0xd9b7dab6")));
        const auto b2 = get(node.block(2));
        QVERIFY(b2.ok());
        QCOMPARE(b2->transactions.size(), 1);
        QVERIFY(!b2->transactions.first().sender.isEmpty());
        const auto range = get(node.blocks(0, 22, false));
        QCOMPARE(range->size(), 23);
        QVERIFY(!range->first().transactionsIncluded);
        const auto missing = get(node.block(999));
        QCOMPARE(missing.error().kind, NodeError::Kind::NotFound);
        const auto acct = get(
            node.account(QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm")));
        QVERIFY(acct.ok());
        QVERIFY(acct->exists);
        QCOMPARE(acct->balance, 549);
        QCOMPARE(acct->nonce, 6);
        const auto nobody = get(node.account(QStringLiteral("ait1nobody")));
        QVERIFY(nobody.ok());
        QVERIFY(!nobody->exists);
        QVERIFY(get(node.mempool()).ok());
    }
    QCOMPARE(sha256(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestDbNode::followerShowsMissingTransactions() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/follower_importblock_chain.db"), dir);
    DbNode node(DbOptions{path, kChain, 5000});
    const auto tip = get(node.head());
    QVERIFY2(tip.ok(), qPrintable(tip.error().message));
    QCOMPARE(tip->height, 21);
    const auto blocks = get(node.blocks(0, 21, true));
    QVERIFY(blocks.ok());
    QCOMPARE(blocks->size(), 22);
    int missing = 0;
    for (const Block& b : blocks.value()) {
        QVERIFY(b.transactionsIncluded);
        if (b.header.txCount > 0 && b.transactions.isEmpty())
            ++missing;
    }
    QCOMPARE(missing, 20); // heights 2..21 say tx_count 1 and have no row (observed-node.md)
    const auto msgs =
        get(node.messages(QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm")));
    QVERIFY(msgs.ok());
    QVERIFY(msgs->isEmpty());
}

void TestDbNode::incrementalPollOverWal() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const QString bob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
    const QString alice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
    Writer writer(path);
    QVERIFY(writer.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))); // keep new rows in chain.db-wal

    DbNode node(DbOptions{path, kChain, 5000});
    const auto first = get(node.messages(bob));
    QVERIFY(first.ok());
    const qsizetype before = first->size();
    QVERIFY(before > 0);
    const auto statsBefore = test::awaitFuture(node.indexStats());
    QCOMPARE(statsBefore->indexedRows, 20);

    QVERIFY(writer.addBlockWithMessage(23, alice, bob, QStringLiteral("late \"news\"\nline two ✓")));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0); // the new rows live only in the WAL

    const auto second = get(node.messages(bob));
    QVERIFY(second.ok());
    QCOMPARE(second->size(), before + 1);
    QCOMPARE(second->last().text, QStringLiteral("late \"news\"\nline two ✓"));
    QCOMPARE(second->last().blockHeight, 23);
    QCOMPARE(second->last().direction, ChainMessage::Direction::Incoming);
    const auto stats = test::awaitFuture(node.indexStats());
    QCOMPARE(stats->lastScanRows, 1); // the poll read only the new row
    QCOMPARE(stats->indexedRows, 21);

    const auto third = get(node.messages(bob)); // nothing new
    QCOMPARE(third->size(), before + 1);
    QCOMPARE(test::awaitFuture(node.indexStats())->lastScanRows, 0);

    // Another address first asked after the index exists: served from the index.
    const auto aliceMsgs = get(node.messages(alice));
    QVERIFY(aliceMsgs.ok());
    QCOMPARE(aliceMsgs->last().direction, ChainMessage::Direction::Outgoing);
    QCOMPARE(get(node.head())->height, 23);
}

void TestDbNode::headSchema() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("head.db"));
    {
        Writer w(path);
        QString ddl;
        for (const QString& line :
             QString::fromUtf8(test::readTestData(QStringLiteral("spec/chain_schema_head.sql")))
                 .split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                ddl += line + QLatin1Char('\n');
        for (const QString& stmt : ddl.split(QLatin1Char(';')))
            if (!stmt.trimmed().isEmpty())
                QVERIFY(w.exec(stmt));
        QVERIFY(w.exec(
            QStringLiteral("INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, "
                           "tx_count, state_root, signature) VALUES ('ait-mainnet', 0, '0xg', '0x00', "
                           "'genesis', '2025-01-01 00:00:00.000000', 0, NULL, '')")));
        QVERIFY(w.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        // HEAD stores the inner payload object (§4.4); keep the HEAD column order (payload first).
        QVERIFY(w.exec(QStringLiteral(
            "INSERT INTO \"transaction\" (payload, chain_id, tx_hash, block_height, sender, recipient, "
            "created_at, "
            "nonce, value, fee, type, status, timestamp, tx_metadata) VALUES ('{\"message\": \"head "
            "\\u00e9\", "
            "\"amount\": 0}', 'ait-mainnet', '0xh1', 0, 'ait1a', 'ait1b', '2026-08-22 00:00:00', 0, 0, 36, "
            "'TRANSFER', 'confirmed', NULL, NULL)")));
    }
    DbNode node(DbOptions{path, {}, 5000});
    const auto h = get(node.health());
    QVERIFY2(h.ok(), qPrintable(h.error().message));
    QCOMPARE(h->protocol, Protocol::Head);
    const auto msgs = get(node.messages(QStringLiteral("ait1b")));
    QVERIFY2(msgs.ok(), qPrintable(msgs.error().message));
    QCOMPARE(msgs->size(), 1);
    QCOMPARE(msgs->first().text, QStringLiteral("head é"));
}

void TestDbNode::missingAndForeignFiles() {
    QTemporaryDir dir;
    {
        DbNode node(DbOptions{dir.filePath(QStringLiteral("absent.db")), kChain, 500});
        const auto r = get(node.head());
        QCOMPARE(r.error().kind, NodeError::Kind::Database);
        QVERIFY(r.error().message.contains(QLatin1String("not found")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.db")))); // never created
    }
    {
        const QString text = dir.filePath(QStringLiteral("text.db"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a plain text file, not a database at all\n").repeated(200));
        f.close();
        DbNode node(DbOptions{text, kChain, 500});
        const auto r = get(node.messages(QStringLiteral("x")));
        QCOMPARE(r.error().kind, NodeError::Kind::Database);
        QVERIFY2(r.error().message.contains(QLatin1String("not an SQLite database")),
                 qPrintable(r.error().message));
    }
    {
        const QString empty = dir.filePath(QStringLiteral("empty.db"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        DbNode node(DbOptions{empty, kChain, 500});
        const auto r = get(node.health());
        QCOMPARE(r.error().kind, NodeError::Kind::Database);
        QVERIFY2(r.error().message.contains(QLatin1String("not an AITBC chain.db")),
                 qPrintable(r.error().message));
    }
}

void TestDbNode::corruptAndTruncatedFiles() {
    QTemporaryDir dir;
    const QString good = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    QFile src(good);
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QByteArray bytes = src.readAll();
    src.close();

    struct Case {
        const char* name;
        QByteArray content;
    };
    QByteArray garbage = bytes;
    for (qsizetype i = 4096; i < garbage.size(); i += 7) // every page after the first damaged
        garbage[i] = char(garbage[i] ^ 0x5a);
    QByteArray badHeader = bytes;
    badHeader.replace(0, 16, QByteArray(16, 'X'));
    const QList<Case> cases{{"truncated-half", bytes.left(bytes.size() / 2)},
                            {"truncated-to-one-page", bytes.left(4096)},
                            {"truncated-mid-page", bytes.left(4096 * 3 + 100)},
                            {"pages-scrambled", garbage},
                            {"header-overwritten", badHeader}};
    for (const Case& c : cases) {
        const QString path = dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(c.content);
        f.close();
        DbNode node(DbOptions{path, kChain, 500});
        bool sawError = false;
        for (const QString& addr :
             {QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm"),
              QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay")}) {
            const auto r = get(node.messages(addr));
            if (!r.ok()) {
                sawError = true;
                QCOMPARE(r.error().kind, NodeError::Kind::Database);
                QVERIFY2(!r.error().message.isEmpty(), c.name);
                qInfo("%s: %s", c.name, qPrintable(r.error().message));
            }
        }
        const auto blocks = get(node.blocks(0, 22, true));
        sawError = sawError || !blocks.ok();
        QVERIFY2(sawError, c.name); // every damage here reaches pages these reads need
    }
}

void TestDbNode::lockedByWriter() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir); // rollback journal
    Writer writer(path);
    QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    DbNode node(DbOptions{path, kChain, 300});
    const auto r = get(node.head());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, NodeError::Kind::Database);
    QVERIFY2(r.error().message.contains(QLatin1String("locked by a writer")), qPrintable(r.error().message));
    QVERIFY(writer.exec(QStringLiteral("COMMIT")));
    const auto again =
        get(node.messages(QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm")));
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(!again->isEmpty());
}

void TestDbNode::replacedFileIsReopened() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const QString follower =
        test::copyTestData(QStringLiteral("real-chain/follower_importblock_chain.db"), dir);
    const QString bob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
    DbNode node(DbOptions{path, kChain, 500});
    QVERIFY(!get(node.messages(bob))->isEmpty());
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(follower, path)); // a re-synced node: new file, no transaction rows
    const auto after = get(node.messages(bob));
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QVERIFY(after->isEmpty());
    QCOMPARE(get(node.head())->height, 21);
}

void TestDbNode::submitIsUnsupported() {
    DbNode node(DbOptions{QStringLiteral("/nonexistent/chain.db"), kChain, 100});
    const auto r = get(node.submit(json::Value::object()));
    QCOMPARE(r.error().kind, NodeError::Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestDbNode)
#include "tst_db_node.moc"
