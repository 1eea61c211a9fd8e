// DbReader's persisted message index on a copy of the recorded REF chain: a restart reads no rows, rows
// appended while the app was closed are read and nothing else, and a corrupt index, a rewritten table or
// a chain.db replaced by another file all give the same messages as a fresh build. Rows read are counted
// (IndexStats::scannedRows), never timed.
#include "chain/db_node.h"
#include "chain/message_index_file.h"
#include "chain_test_util.h"
#include "testdata.h"
#include "json/canonical.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <cstring>

using namespace aitbc;
using namespace aitbc::chain;

namespace {

const QString kChain = QStringLiteral("ait-mainnet");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
constexpr qint64 kRealChainRows = 20;

/// Messages of `address` and the reader's figures after that one call, from a node that lives only for
/// the call (its destructor closes the reader, which saves the index).
struct Load {
    QList<ChainMessage> messages;
    DbReader::IndexStats stats;
};
std::optional<Load> loadOnce(const DbOptions& options, const QString& address) {
    DbNode node(options);
    const auto r = test::awaitFuture(node.messages(address));
    const auto stats = test::awaitFuture(node.indexStats());
    if (!r || !r->ok() || !stats) {
        qWarning() << "load failed:" << (r && !r->ok() ? r->error().message : QStringLiteral("hang"));
        return std::nullopt;
    }
    return Load{r->value(), *stats};
}

/// Every field of each message, the payload as canonical JSON.
QStringList everything(const QList<ChainMessage>& list) {
    QStringList out;
    for (const ChainMessage& m : list)
        out << QStringList{m.txHash,
                           QString::number(m.blockHeight),
                           m.sender,
                           m.recipient,
                           m.text,
                           QString::number(int(m.direction)),
                           m.timestamp.toString(Qt::ISODateWithMs),
                           m.storedNonce ? QString::number(*m.storedNonce) : QStringLiteral("-"),
                           QString::fromUtf8(json::dumpSigned(m.payload))}
                   .join(QLatin1Char('|'));
    return out;
}

QString onlyIndexFile(const QString& dir) {
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.msgidx")}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}

QStringList hashes(const QList<ChainMessage>& list) {
    QStringList out;
    for (const ChainMessage& m : list)
        out << m.txHash + QLatin1Char('|') + m.text + QLatin1Char('|') + QString::number(m.blockHeight);
    return out;
}

/// The node process writing its chain.db (a writable connection on the test thread).
bool appendMessages(const QString& path, qint64 fromHeight, int count) {
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        ok = db.open();
        for (int i = 0; ok && i < count; ++i) {
            const qint64 h = fromHeight + i;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO block (chain_id, height, hash, parent_hash, proposer, "
                                     "timestamp, tx_count, state_root) VALUES (?, ?, ?, '0x00', 'test', "
                                     "'2026-11-26 01:00:00.000000', 1, NULL)"));
            q.addBindValue(kChain);
            q.addBindValue(h);
            q.addBindValue(QStringLiteral("0x%1").arg(h, 64, 16, QLatin1Char('0')));
            ok = q.exec();
            const QJsonObject payload{{QStringLiteral("amount"), 0},
                                      {QStringLiteral("message"), QStringLiteral("appended %1").arg(h)},
                                      {QStringLiteral("recipient"), kBob}};
            q.prepare(QStringLiteral(
                "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, payload, "
                "created_at, nonce, value, fee, type, status, timestamp) VALUES (?, ?, ?, ?, ?, ?, "
                "'2026-11-26 01:00:00.000000', 0, 0, 10, 'TRANSFER', 'confirmed', NULL)"));
            q.addBindValue(kChain);
            q.addBindValue(QStringLiteral("0xappended%1").arg(h));
            q.addBindValue(h);
            q.addBindValue(kAlice);
            q.addBindValue(kBob);
            q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            ok = ok && q.exec();
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return ok;
}

bool execOn(const QString& path, const QString& sql) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return ok;
}

QStringList indexFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("*.msgidx")}, QDir::Files);
}

} // namespace

class TestDbIndexPersist : public QObject {
    Q_OBJECT
private slots:
    void restartReadsNoRows();
    void appendedRowsExtendTheIndex();
    void corruptIndexIsRebuilt_data();
    void corruptIndexIsRebuilt();
    void rewrittenRowsAreNotTrusted();
    void replacedChainDbNeverUsesOldIndex();
    void persistenceOff();
    void firstLoadIsTargetedThenIndexed();
    void plantedRowIdsAreNotShown();
    void restartShowsKeptMessagesWithoutReadingRows();
    void damagedSectionIsRebuilt_data();
    void damagedSectionIsRebuilt();
    void messageSetOfAnotherAddressIsRefused();
};

void TestDbIndexPersist::restartReadsNoRows() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};

    const auto first = loadOnce(options, kBob);
    QVERIFY(first);
    QVERIFY(!first->stats.restored);
    QCOMPARE(first->stats.scannedRows, kRealChainRows);
    QVERIFY(!first->messages.isEmpty());
    QCOMPARE(indexFiles(options.indexDir).size(), 1);

    for (const QString& address : {kBob, kAlice}) {
        const auto again = loadOnce(options, address);
        QVERIFY(again);
        QVERIFY(again->stats.restored);
        QCOMPARE(again->stats.scannedRows, 0); // nothing re-read: the index came from its file
        QCOMPARE(again->stats.indexedRows, kRealChainRows);
        DbOptions fresh = options;
        fresh.persistIndex = false;
        QCOMPARE(hashes(again->messages), hashes(loadOnce(fresh, address)->messages));
    }
}

void TestDbIndexPersist::appendedRowsExtendTheIndex() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    const auto before = loadOnce(options, kBob);
    QVERIFY(before);

    QVERIFY(appendMessages(path, 23, 3)); // while the app is closed
    const auto after = loadOnce(options, kBob);
    QVERIFY(after);
    QVERIFY(after->stats.restored);
    QCOMPARE(after->stats.scannedRows, 3); // only what was added since
    QCOMPARE(after->messages.size(), before->messages.size() + 3);
    QCOMPARE(after->messages.last().text, QStringLiteral("appended 25"));

    DbOptions fresh = options;
    fresh.persistIndex = false;
    for (const QString& address : {kBob, kAlice}) {
        const auto extended = loadOnce(options, address);
        const auto rebuilt = loadOnce(fresh, address);
        QVERIFY(extended && rebuilt);
        QCOMPARE(rebuilt->stats.scannedRows, kRealChainRows + 3);
        QCOMPARE(hashes(extended->messages), hashes(rebuilt->messages));
        QCOMPARE(extended->stats.indexedRows, rebuilt->stats.indexedRows);
        QCOMPARE(extended->stats.addresses, rebuilt->stats.addresses);
    }
}

void TestDbIndexPersist::corruptIndexIsRebuilt_data() {
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped byte") << QStringLiteral("flip");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("garbage") << QStringLiteral("garbage");
}

void TestDbIndexPersist::corruptIndexIsRebuilt() {
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    const auto good = loadOnce(options, kBob);
    QVERIFY(good);
    const QStringList files = indexFiles(options.indexDir);
    QCOMPARE(files.size(), 1);
    const QString file = QDir(options.indexDir).filePath(files.first());

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    if (damage == QLatin1String("flip"))
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
    else if (damage == QLatin1String("truncate"))
        bytes.chop(bytes.size() / 3);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else
        bytes = QByteArray(bytes.size(), '\xff');
    QVERIFY(f.resize(0));
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    QString why;
    QVERIFY(!loadPersistedIndex(file, &why));
    QVERIFY(!why.isEmpty());

    const auto rebuilt = loadOnce(options, kBob);
    QVERIFY(rebuilt);
    QVERIFY(!rebuilt->stats.restored);
    QCOMPARE(rebuilt->stats.scannedRows, kRealChainRows);
    QCOMPARE(hashes(rebuilt->messages), hashes(good->messages));
    // And the rebuilt index was written back, whole.
    const auto reloaded = loadPersistedIndex(file, &why);
    QVERIFY2(reloaded, qPrintable(why));
    QCOMPARE(reloaded->header.indexedRows, kRealChainRows);
}

void TestDbIndexPersist::rewrittenRowsAreNotTrusted() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    QVERIFY(loadOnce(options, kBob));
    // Same file, but its rows were rewritten (a re-sync): the last indexed row's hash no longer matches.
    QVERIFY(execOn(path, QStringLiteral("UPDATE \"transaction\" SET tx_hash = 'rewritten' WHERE id = "
                                        "(SELECT MAX(id) FROM \"transaction\")")));
    const auto after = loadOnce(options, kBob);
    QVERIFY(after);
    QCOMPARE(after->stats.scannedRows, kRealChainRows); // everything re-read
    DbOptions fresh = options;
    fresh.persistIndex = false;
    QCOMPARE(hashes(after->messages), hashes(loadOnce(fresh, kBob)->messages));
}

void TestDbIndexPersist::replacedChainDbNeverUsesOldIndex() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    QVERIFY(loadOnce(options, kBob));

    // Another file takes the path: first an identical copy (the same rows, another file), then one that
    // holds more rows. Neither may use the index written for the first file.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    QVERIFY(QFile::copy(path, other));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));
    const auto sameRows = loadOnce(options, kBob);
    QVERIFY(sameRows);
    QVERIFY(!sameRows->stats.restored);
    QCOMPARE(sameRows->stats.scannedRows, kRealChainRows);

    QVERIFY(QFile::copy(path, other));
    QVERIFY(appendMessages(other, 23, 2));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));
    const auto replaced = loadOnce(options, kBob);
    QVERIFY(replaced);
    QVERIFY(!replaced->stats.restored);
    QCOMPARE(replaced->stats.scannedRows, kRealChainRows + 2);
    DbOptions fresh = options;
    fresh.persistIndex = false;
    QCOMPARE(hashes(replaced->messages), hashes(loadOnce(fresh, kBob)->messages));
}

void TestDbIndexPersist::persistenceOff() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, false, dir.filePath(QStringLiteral("idx"))};
    QVERIFY(loadOnce(options, kBob));
    QVERIFY(indexFiles(options.indexDir).isEmpty());
    QCOMPARE(loadOnce(options, kBob)->stats.scannedRows, kRealChainRows);
}

// Without any index, the first address is answered by one query for its rows; the index follows in the
// background, and the answers equal those of the index path.
void TestDbIndexPersist::firstLoadIsTargetedThenIndexed() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, false, {}};
    DbNode aliceFirst(options);
    const auto alice = test::awaitFuture(aliceFirst.messages(kAlice));
    QVERIFY(alice && alice->ok());
    auto stats = test::awaitFuture(aliceFirst.indexStats());
    QCOMPARE(stats->targetedLoads, 1);
    QCOMPARE(stats->indexedRows, kRealChainRows); // finished after the answer
    const auto bobFromIndex = test::awaitFuture(aliceFirst.messages(kBob));
    QVERIFY(bobFromIndex && bobFromIndex->ok());
    QCOMPARE(test::awaitFuture(aliceFirst.indexStats())->targetedLoads, 1);

    DbNode bobFirst(options);
    const auto bobTargeted = test::awaitFuture(bobFirst.messages(kBob));
    QVERIFY(bobTargeted && bobTargeted->ok());
    QCOMPARE(test::awaitFuture(bobFirst.indexStats())->targetedLoads, 1);
    QVERIFY(!bobTargeted->value().isEmpty());
    QCOMPARE(hashes(bobTargeted->value()), hashes(bobFromIndex->value()));
    const auto aliceFromIndex = test::awaitFuture(bobFirst.messages(kAlice));
    QCOMPARE(hashes(aliceFromIndex->value()), hashes(alice->value()));
    // Read in several rowid ranges at once (each on a connection of its own): the same answer.
    DbOptions split = options;
    split.rowsPerFirstLoadPart = 5;
    DbNode bobSplit(split);
    const auto bobInParts = test::awaitFuture(bobSplit.messages(kBob));
    QVERIFY(bobInParts && bobInParts->ok());
    QCOMPARE(test::awaitFuture(bobSplit.indexStats())->targetedLoads, 1);
    QCOMPARE(everything(bobInParts->value()), everything(bobFromIndex->value()));
    // A message appended after the targeted load still arrives through the index.
    QVERIFY(appendMessages(path, 23, 1));
    const auto polled = test::awaitFuture(bobFirst.messages(kBob));
    QCOMPARE(polled->value().size(), bobTargeted->value().size() + 1);
    QCOMPARE(polled->value().last().text, QStringLiteral("appended 23"));
}

// A well-formed index file (right identity, valid checksum) that claims every row for one address: rows
// that are not that address's are still never shown as its messages.
void TestDbIndexPersist::plantedRowIdsAreNotShown() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    const auto honest = loadOnce(options, kBob);
    QVERIFY(honest);
    const QString file = QDir(options.indexDir).filePath(indexFiles(options.indexDir).value(0));
    QString why;
    auto index = loadPersistedIndex(file, &why);
    QVERIFY2(index, qPrintable(why));
    std::vector<qint64> all;
    for (qint64 id = 1; id <= index->header.lastRowId; ++id)
        all.push_back(id);
    QVERIFY(qint64(index->messageRows.value(kBob).size()) < qint64(all.size()));
    index->messageRows[kBob] = all;
    index->messageSets.clear(); // the rows themselves are read, not the messages kept from the last run
    QVERIFY(savePersistedIndex(file, *index).ok());

    const auto planted = loadOnce(options, kBob);
    QVERIFY(planted);
    QVERIFY(planted->stats.restored);
    QCOMPARE(hashes(planted->messages), hashes(honest->messages));
}

// The messages of an address asked for before are kept in the file: after a restart they are shown as
// they were (every field, the payload too) without reading their rows again.
void TestDbIndexPersist::restartShowsKeptMessagesWithoutReadingRows() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    const auto first = loadOnce(options, kBob);
    QVERIFY(first);
    QCOMPARE(first->stats.restoredSets, 0);

    const auto again = loadOnce(options, kBob);
    QVERIFY(again);
    QCOMPARE(again->stats.restoredSets, 1);
    QCOMPARE(again->stats.scannedRows, 0);
    QCOMPARE(everything(again->messages), everything(first->messages));

    // Rows appended while closed are read on top of the kept messages.
    QVERIFY(appendMessages(path, 23, 2));
    const auto extended = loadOnce(options, kBob);
    QVERIFY(extended);
    QCOMPARE(extended->stats.restoredSets, 1);
    QCOMPARE(extended->stats.scannedRows, 2);
    DbOptions fresh = options;
    fresh.persistIndex = false;
    QCOMPARE(everything(extended->messages), everything(loadOnce(fresh, kBob)->messages));
}

void TestDbIndexPersist::damagedSectionIsRebuilt_data() {
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped section bytes") << QStringLiteral("flip");
    QTest::newRow("sections truncated") << QStringLiteral("truncate");
}

// The directory is intact but the sections it points to are not: found when an address is first asked
// for (each section has its own checksum), the file is thrown away and the index rebuilt.
void TestDbIndexPersist::damagedSectionIsRebuilt() {
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    const auto good = loadOnce(options, kBob);
    QVERIFY(good);
    const QString file = onlyIndexFile(options.indexDir);
    QVERIFY(!file.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    qint64 directoryAt = 0;
    std::memcpy(&directoryAt, bytes.constData() + bytes.size() - 40, sizeof directoryAt);
    QVERIFY(directoryAt > 12 && directoryAt < bytes.size());
    if (damage == QLatin1String("flip")) {
        for (qint64 i = 12; i < directoryAt; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
    } else {
        // Sections cut short, directory and trailer kept: every offset now points past the data.
        bytes = bytes.left(12) + bytes.mid(directoryAt);
    }
    QVERIFY(f.resize(0) && f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();

    const auto rebuilt = loadOnce(options, kBob);
    QVERIFY(rebuilt);
    QCOMPARE(rebuilt->stats.restoredSets, 0);
    QCOMPARE(rebuilt->stats.scannedRows, kRealChainRows);
    QCOMPARE(everything(rebuilt->messages), everything(good->messages));
    QString why;
    const auto reloaded = loadPersistedIndex(file, &why);
    QVERIFY2(reloaded, qPrintable(why));
    QCOMPARE(reloaded->header.indexedRows, kRealChainRows);
}

// A well-formed file whose kept messages for one address are another address's: refused as a whole, and
// the rows are read from the chain.db instead.
void TestDbIndexPersist::messageSetOfAnotherAddressIsRefused() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    const DbOptions options{path, kChain, 5000, true, dir.filePath(QStringLiteral("idx"))};
    const auto bob = loadOnce(options, kBob);
    const QString carol = QStringLiteral("ait1carolxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    QVERIFY(bob);
    QVERIFY(!bob->messages.isEmpty());
    const QString file = onlyIndexFile(options.indexDir);
    QString why;
    auto index = loadPersistedIndex(file, &why);
    QVERIFY2(index, qPrintable(why));
    QVERIFY(index->messageSets.contains(kBob));
    index->messageSets.insert(carol, index->messageSets.value(kBob));
    QVERIFY(savePersistedIndex(file, *index).ok());

    const auto planted = loadOnce(options, carol);
    QVERIFY(planted);
    QCOMPARE(planted->stats.restoredSets, 0);
    QVERIFY(planted->messages.isEmpty());
}

QTEST_GUILESS_MAIN(TestDbIndexPersist)
#include "tst_db_index_persist.moc"
