#include "chain/db_reader.h"

#include "chain/chain_log.h"
#include "chain/message_set_codec.h"
#include "chain/rpc_parse.h"
#include "json/parse.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <memory>
#include <thread>

namespace aitbc::chain {

namespace {

// SQLite primary result codes (sqlite3.h); extended codes carry them in the low byte.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteTooBig = 18;
constexpr int kMaxSkipsPerScan = 10000;

NodeError dbErr(const QString& message) {
    NodeError e;
    e.kind = NodeError::Kind::Database;
    e.message = message;
    return e;
}

json::Value parsePayload(QByteArrayView utf8) {
    json::Value v;
    json::ParseError error;
    // The parser copies what it keeps, so the column's bytes are read where they are.
    const QByteArray text = QByteArray::fromRawData(utf8.data(), utf8.size());
    if (!json::parse(text, v, &error)) {
        qCWarning(lcChainDb) << "unparseable transaction payload, shown as empty:" << error.message
                             << "at byte" << error.offset << text.left(80);
        return {};
    }
    return v;
}

json::Value parsePayload(const QVariant& column) {
    const QByteArray text = column.toString().toUtf8();
    return parsePayload(QByteArrayView(text));
}

/// The SQLite connection behind a QSQLITE database (the plugin uses the system library this one links).
sqlite3* sqliteHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

DbReader::DbReader(DbOptions options)
    : m_options(std::move(options))
    , m_chainId(m_options.chainId) {
    m_connectionName = QStringLiteral("aitbc-chaindb-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
}

DbReader::~DbReader() {
    close();
}

void DbReader::close() {
    if (m_indexDirty)
        saveIndex();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

void DbReader::resetIndex() {
    m_rowsByAddress.clear();
    m_persisted.reset();
    m_basePending.clear();
    m_cache.clear();
    m_lastRowId = 0;
    m_checkRowId = 0;
    m_lastRowHash.clear();
    m_indexDirty = false;
    m_rowsSinceSave = 0;
    m_indexPending = false;
    const IndexStats kept = m_stats;
    m_stats = {};
    m_stats.scannedRows = kept.scannedRows;
    m_stats.saves = kept.saves;
    m_stats.targetedLoads = kept.targetedLoads;
}

QString DbReader::indexFile() const {
    if (!m_options.persistIndex || !m_identity)
        return {};
    QString dir = m_options.indexDir;
    if (dir.isEmpty()) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (cache.isEmpty())
            return {};
        dir = cache + QStringLiteral("/chain-index");
    }
    return persistedIndexPath(dir, *m_identity);
}

void DbReader::restoreIndex() {
    m_restoreTriedFor = m_identity;
    const QString file = indexFile();
    if (file.isEmpty() || !QFile::exists(file))
        return;
    QString why;
    auto loaded = PersistedIndexFile::open(file, &why);
    if (!loaded) {
        qCWarning(lcChainDb).noquote()
            << "persisted message index discarded (" << why << "), rebuilding:" << file;
        QFile::remove(file);
        return;
    }
    if (loaded->header().identity != *m_identity) {
        // The same path now holds another file (replaced, re-created): that index describes other rows.
        qCInfo(lcChainDb).noquote() << "persisted message index belongs to another chain.db, rebuilding";
        QFile::remove(file);
        return;
    }
    resetIndex();
    const PersistedIndexHeader& h = loaded->header();
    m_lastRowId = h.lastRowId;
    m_checkRowId = h.checkRowId;
    m_lastRowHash = h.checkHash;
    m_stats.indexedRows = h.indexedRows;
    m_stats.restored = true;
    // Only the directory was read: each address's rows (and messages) are read when it is asked for.
    const QList<QString> addresses = loaded->rowAddresses();
    m_basePending = QSet<QString>(addresses.cbegin(), addresses.cend());
    m_stats.addresses = m_basePending.size();
    m_persisted = std::move(loaded);
}

void DbReader::discardPersisted(const QString& why) {
    const QString file = indexFile();
    qCWarning(lcChainDb).noquote() << "persisted message index discarded (" << why
                                   << "), rebuilding:" << file;
    if (!file.isEmpty())
        QFile::remove(file);
    resetIndex();
    m_restoreTriedFor = m_identity; // not again for this file: the next scan rebuilds from row 1
}

bool DbReader::loadPersistedRows(const QString& address) {
    if (!m_basePending.contains(address))
        return true;
    QString why;
    auto base = m_persisted->rows(address, &why);
    if (!base) {
        discardPersisted(why);
        return false;
    }
    m_basePending.remove(address);
    // Rows indexed since the file was written all come after the file's rows.
    std::vector<qint64>& rows = m_rowsByAddress[address];
    base->insert(base->end(), rows.begin(), rows.end());
    rows = std::move(*base);
    return true;
}

bool DbReader::restoreMessageSet(const QString& address) {
    if (!m_persisted || !m_persisted->hasMessageSet(address) || m_cache.contains(address))
        return true;
    QString why;
    auto set = m_persisted->messageSet(address, &why);
    if (!set) { // the file no longer matches its checksums: none of it is trusted
        discardPersisted(why);
        return false;
    }
    std::optional<AddressMessages> messages;
    if (set->upToRowId <= m_lastRowId)
        messages = decodeMessageSet(set->encoded, address, &why);
    else
        why = QStringLiteral("kept beyond the index");
    if (!messages) {
        // Its rows are read from the chain.db instead, like for any address without a set.
        qCWarning(lcChainDb).noquote() << "persisted messages of an address not used (" << why << ")";
        return true;
    }
    AddressCache& cache = m_cache[address];
    cache.messages = std::move(*messages);
    cache.upToRowId = set->upToRowId;
    ++m_stats.restoredSets;
    return true;
}

void DbReader::saveIndex() {
    m_indexDirty = false;
    m_rowsSinceSave = 0;
    const QString file = indexFile();
    if (file.isEmpty())
        return;
    PersistedIndexSource source;
    source.header = {*m_identity, m_lastRowId, m_checkRowId, m_lastRowHash, m_stats.indexedRows};
    source.rowAddresses = m_rowsByAddress.keys();
    for (const QString& address : std::as_const(m_basePending))
        if (!m_rowsByAddress.contains(address))
            source.rowAddresses.append(address);
    // One address at a time: rows still in the old file are read from it (the old file stays open and
    // intact while the new one is written beside it and renamed over it).
    source.rowsOf = [this](const QString& address) -> std::optional<std::vector<qint64>> {
        std::vector<qint64> rows;
        if (m_basePending.contains(address)) {
            auto base = m_persisted->rows(address, nullptr);
            if (!base)
                return std::nullopt;
            rows = std::move(*base);
        }
        const auto tail = m_rowsByAddress.constFind(address);
        if (tail != m_rowsByAddress.cend())
            rows.insert(rows.end(), tail->begin(), tail->end());
        return rows;
    };
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
        source.messageSets.insert(it.key(), {it->upToRowId, encodeMessageSet(it->messages)});
    if (m_persisted) // the messages of addresses not asked for in this run stay as they were
        for (const QString& address : m_persisted->messageSetAddresses())
            if (!source.messageSets.contains(address))
                if (auto set = m_persisted->messageSet(address, nullptr))
                    source.messageSets.insert(address, *set);
    if (const auto saved = savePersistedIndex(file, source))
        ++m_stats.saves;
    else
        qCWarning(lcChainDb).noquote() << "cannot save the message index:" << saved.error().message;
}

namespace {

/// chain.db is written by a node that stores whatever it is sent: bound what one read may cost. SQLite
/// refuses (SQLITE_TOOBIG) to load a string or blob over the length limit instead of allocating it, and
/// the other limits keep a hostile schema (views, triggers, huge expressions) from doing real work.
bool applyLimits(const QSqlDatabase& db) {
    sqlite3* const h = sqliteHandle(db);
    if (!h)
        return false;
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, int(kMaxValueBytes));
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 64 * 1024); // our statements are a few hundred bytes
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, 8);
    sqlite3_limit(h, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(h, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, 1000);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_limit(h, SQLITE_LIMIT_WORKER_THREADS, 0);
    return true;
}

} // namespace

NodeError DbReader::sqlError(const QSqlError& error, const QString& what) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    m_lastErrorTooBig = code == kSqliteTooBig;
    const QString path = m_options.path;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString message;
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        message = QStringLiteral("chain.db is locked by a writer (still busy after %1 ms): %2")
                      .arg(m_options.busyTimeoutMs)
                      .arg(path);
        break;
    case kSqliteCorrupt:
        message = QStringLiteral("chain.db is corrupt or truncated (%1): %2").arg(detail, path);
        break;
    case kSqliteNotADb:
        message = QStringLiteral("not an SQLite database (corrupt, encrypted or another kind of file): %1")
                      .arg(path);
        break;
    case kSqliteCantOpen:
        message = QStringLiteral("cannot open chain.db (%1): %2").arg(detail, path);
        break;
    case kSqliteTooBig:
        message = QStringLiteral("chain.db holds a value larger than this reader accepts (%1 MiB per value; "
                                 "real rows are under 1 KiB), %2 skipped: %3")
                      .arg(kMaxValueBytes / (1024 * 1024))
                      .arg(what, path);
        break;
    case kSqliteIoErr:
        message = QStringLiteral("chain.db could not be read (%1), the file may be truncated: %2")
                      .arg(detail, path);
        break;
    default:
        message = QStringLiteral("chain.db %1 failed: %2 (%3)").arg(what, detail, path);
    }
    // A damaged or vanished file: drop the connection and the index at the start of the next call (the
    // failed query still holds the connection now), so that call starts afresh.
    if (code == kSqliteCorrupt || code == kSqliteNotADb || code == kSqliteIoErr || code == kSqliteCantOpen)
        m_reopen = true;
    qCWarning(lcChainDb).noquote() << message;
    return dbErr(message);
}

NodeError DbReader::failed(QSqlQuery& query, const QString& what) {
    return sqlError(query.lastError(), what);
}

std::optional<NodeError> DbReader::ensureOpen() {
    const QString path = m_options.path;
    struct stat st {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0) {
        resetIndex(); // first: an index of a vanished file is not worth saving
        close();
        return dbErr(QStringLiteral("chain.db not found: %1").arg(path));
    }
    if (m_open &&
        (static_cast<quint64>(st.st_dev) != m_fileDev || static_cast<quint64>(st.st_ino) != m_fileIno)) {
        qCInfo(lcChainDb).noquote() << "chain.db was replaced, reopening and rebuilding the index:" << path;
        resetIndex(); // first: the old file's index is not saved under the new file's name
        close();
    }
    if (m_open)
        return std::nullopt;
    if (QFileInfo(path).isDir())
        return dbErr(QStringLiteral("not a chain.db file but a folder: %1").arg(path));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        // Read-only twice over (§4.1): the URI's mode=ro and the open flag. The node keeps writing in WAL
        // mode; SQLite applies chain.db-wal for us, so the file is never copied.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        // immutable=1 only as a fallback (see below): it would hide a live writer's changes.
        url.setQuery(m_immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(std::max(0, m_options.busyTimeoutMs)));
        if (!db.open()) {
            const NodeError e = sqlError(db.lastError(), QStringLiteral("open"));
            db = QSqlDatabase();
            close();
            return e;
        }
        if (!applyLimits(db)) {
            db = QSqlDatabase();
            close();
            return dbErr(QStringLiteral("cannot bound chain.db reads (no SQLite handle): %1").arg(path));
        }
    }
    m_fileDev = static_cast<quint64>(st.st_dev);
    m_fileIno = static_cast<quint64>(st.st_ino);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

    // Until the checks below pass the connection is not trusted: any failure closes it again, so the
    // next call validates afresh (a writer's lock may have been released by then).
    const auto abandon = [this, &db](QSqlQuery& query, const QString& what) {
        const NodeError e = failed(query, what);
        query = QSqlQuery();
        db = QSqlDatabase();
        close();
        m_reopen = false;
        return e;
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        // A WAL-mode file in a folder we cannot write, with no -wal/-shm beside it: SQLite cannot create
        // the shared-memory file a WAL reader needs. No -wal file means no writer is active, so reading
        // the file as immutable is exact; retry once that way.
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == kSqliteCantOpen && !m_immutable && !QFile::exists(path + QStringLiteral("-wal"))) {
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            m_immutable = true;
            qCInfo(lcChainDb).noquote()
                << "no -wal file and no way to create -shm; reading immutable:" << path;
            return ensureOpen();
        }
        return abandon(q, QStringLiteral("schema check"));
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    if (!tables.contains(QLatin1String("block")) || !tables.contains(QLatin1String("transaction"))) {
        q = QSqlQuery();
        db = QSqlDatabase();
        close();
        return dbErr(QStringLiteral("not an AITBC chain.db (no block/transaction tables): %1").arg(path));
    }
    const auto columnsOf = [&](const QString& table) {
        QStringList cols;
        QSqlQuery c(db);
        if (c.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            while (c.next())
                cols << c.value(1).toString();
        return cols;
    };
    m_headSchema = columnsOf(QStringLiteral("block")).contains(QLatin1String("signature"));
    const QStringList txCols = columnsOf(QStringLiteral("transaction"));
    m_hasTxMetadata = txCols.contains(QLatin1String("tx_metadata"));
    m_hasTxTimestamp = txCols.contains(QLatin1String("timestamp"));

    if (m_chainId.isEmpty()) {
        // No chain id given: the chain with the most blocks in this file.
        if (!q.exec(QStringLiteral(
                "SELECT chain_id, COUNT(*) AS n FROM block GROUP BY chain_id ORDER BY n DESC LIMIT 1")))
            return abandon(q, QStringLiteral("chain id lookup"));
        if (q.next())
            m_chainId = q.value(0).toString();
        q.finish();
        if (m_chainId.isEmpty()) {
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return dbErr(QStringLiteral("chain.db has no blocks, so its chain id is unknown: %1").arg(path));
        }
    }
    m_open = true;
    m_identity = ChainDbIdentity::of(path, m_chainId);
    qCDebug(lcChainDb).noquote() << "opened read-only" << path << "chain" << m_chainId
                                 << (m_headSchema ? "HEAD schema" : "REF schema");
    return std::nullopt;
}

NodeResult<NodeHealth> DbReader::health() {
    if (auto e = ensureOpen())
        return *e;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    NodeHealth h;
    h.status = QStringLiteral("ok");
    h.protocol = m_headSchema ? Protocol::Head : Protocol::Ref;
    if (!q.exec(QStringLiteral("SELECT DISTINCT chain_id FROM block")))
        return failed(q, QStringLiteral("chain list"));
    while (q.next())
        h.supportedChains << q.value(0).toString();
    auto tip = head();
    if (!tip.ok() && tip.error().kind != NodeError::Kind::NotFound)
        return tip.error();
    if (tip.ok())
        h.proposerId = tip->proposer;
    return h;
}

namespace {
constexpr auto kHeaderColumns = "height, hash, parent_hash, proposer, timestamp, tx_count, state_root";

BlockHeader headerFromRow(const QSqlQuery& q) {
    BlockHeader h;
    h.height = q.value(0).toLongLong();
    h.hash = q.value(1).toString();
    h.parentHash = q.value(2).toString();
    h.proposer = q.value(3).toString();
    h.timestampText = q.value(4).toString();
    h.timestamp = wire::parseNodeTime(h.timestampText);
    h.txCount = q.value(5).toInt();
    h.stateRoot = q.value(6).isNull() ? QString() : q.value(6).toString();
    return h;
}
} // namespace

NodeResult<BlockHeader> DbReader::head() {
    if (auto e = ensureOpen())
        return *e;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM block WHERE chain_id = ? ORDER BY height DESC LIMIT 1")
                  .arg(QLatin1String(kHeaderColumns)));
    q.addBindValue(m_chainId);
    if (!q.exec())
        return failed(q, QStringLiteral("head query"));
    if (!q.next()) {
        NodeError e;
        e.kind = NodeError::Kind::NotFound;
        e.message = QStringLiteral("no blocks yet on chain %1 in %2").arg(m_chainId, m_options.path);
        return e;
    }
    return headerFromRow(q);
}

QString DbReader::txColumns() const {
    return QStringLiteral(
               "t.id, t.tx_hash, t.block_height, t.sender, t.recipient, t.payload, t.nonce, t.value, "
               "t.fee, t.type, t.status, %1, %2, b.timestamp")
        .arg(m_hasTxTimestamp ? QStringLiteral("t.timestamp") : QStringLiteral("NULL"),
             m_hasTxMetadata ? QStringLiteral("t.tx_metadata") : QStringLiteral("NULL"));
}

NodeResult<QList<Transaction>> DbReader::transactionsWhere(const QString& condition,
                                                           const QVariantList& binds, QList<qint64>* rowIds,
                                                           RowOrder order) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // ChainOrder sorts inside SQLite, which may walk ix_transaction_block_height and fetch every row by
    // a random lookup; TableOrder reads the table in its own (rowid) order, one sequential pass, and
    // leaves the sorting of the few matching rows to the caller.
    q.prepare(order == RowOrder::ChainOrder
                  ? QStringLiteral(
                        "SELECT %1 FROM \"transaction\" t LEFT JOIN block b ON b.chain_id = "
                        "t.chain_id AND b.height = t.block_height WHERE %2 ORDER BY t.block_height, t.id")
                        .arg(txColumns(), condition)
                  : QStringLiteral("SELECT %1 FROM \"transaction\" t NOT INDEXED LEFT JOIN block b ON "
                                   "b.chain_id = t.chain_id AND b.height = t.block_height WHERE %2")
                        .arg(txColumns(), condition));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, QStringLiteral("transaction query"));
    QList<Transaction> out;
    while (q.next()) {
        Transaction t;
        t.txHash = q.value(1).toString();
        t.blockHeight = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        t.sender = q.value(3).toString();
        t.recipient = q.value(4).toString();
        t.payload = parsePayload(q.value(5));
        t.nonce = q.value(6).toLongLong();
        t.value = q.value(7).toLongLong();
        t.fee = q.value(8).toLongLong();
        t.type = q.value(9).toString();
        t.status = q.value(10).toString();
        t.timestamp =
            wire::parseNodeTime(q.value(13).toString()); // block time: followers leave t.timestamp NULL
        if (!t.timestamp.isValid())
            t.timestamp = wire::parseNodeTime(q.value(11).toString());
        t.txMetadata = q.value(12).isNull() ? QString() : q.value(12).toString();
        if (rowIds)
            rowIds->append(q.value(0).toLongLong());
        out.append(std::move(t));
    }
    if (q.lastError().isValid())
        return failed(q, QStringLiteral("transaction read"));
    return out;
}

NodeResult<Block> DbReader::block(qint64 height) {
    auto r = blocks(height, height, true);
    if (!r.ok())
        return r.error();
    if (r->isEmpty()) {
        NodeError e;
        e.kind = NodeError::Kind::NotFound;
        e.message = QStringLiteral("block %1 not found on chain %2").arg(height).arg(m_chainId);
        return e;
    }
    return r->first();
}

NodeResult<QList<Block>> DbReader::blocks(qint64 from, qint64 to, bool withTransactions) {
    if (auto e = ensureOpen())
        return *e;
    QList<Block> out;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT %1 FROM block WHERE chain_id = ? AND height BETWEEN ? AND ? ORDER BY height")
                      .arg(QLatin1String(kHeaderColumns)));
        q.addBindValue(m_chainId);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return failed(q, QStringLiteral("block query"));
        while (q.next()) {
            Block b;
            b.header = headerFromRow(q);
            b.transactionsIncluded = withTransactions;
            out.append(std::move(b));
        }
        if (q.lastError().isValid())
            return failed(q, QStringLiteral("block read"));
    }
    if (!withTransactions || out.isEmpty())
        return out;
    // A follower synced through importBlock keeps tx_count but has no rows (observed-node.md): such a
    // block comes back with header.txCount > 0 and an empty transaction list, on purpose.
    auto txs = transactionsWhere(QStringLiteral("t.chain_id = ? AND t.block_height BETWEEN ? AND ?"),
                                 {m_chainId, from, to}, nullptr);
    if (!txs.ok())
        return txs.error();
    qsizetype bi = 0;
    for (Transaction& t : txs.value()) {
        while (bi < out.size() && out[bi].header.height < t.blockHeight)
            ++bi;
        if (bi < out.size() && out[bi].header.height == t.blockHeight)
            out[bi].transactions.append(std::move(t));
    }
    return out;
}

NodeResult<QList<MempoolEntry>> DbReader::mempool() {
    if (auto e = ensureOpen())
        return *e;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<MempoolEntry> out;
    // §4.2: the table exists but the live mempool normally lives elsewhere; read it when it is used.
    if (!db.tables().contains(QLatin1String("mempool")))
        return out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT content FROM mempool WHERE chain_id = ? ORDER BY fee DESC, received_at"));
    q.addBindValue(m_chainId);
    if (!q.exec())
        return failed(q, QStringLiteral("mempool query"));
    while (q.next()) {
        json::Value v;
        if (json::parse(q.value(0).toString().toUtf8(), v))
            out.append(wire::mempoolEntryFromJson(v));
    }
    return out;
}

NodeResult<Account> DbReader::account(const QString& address) {
    if (auto e = ensureOpen())
        return *e;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT balance, nonce FROM account WHERE chain_id = ? AND address = ?"));
    q.addBindValue(m_chainId);
    q.addBindValue(address);
    if (!q.exec())
        return failed(q, QStringLiteral("account query"));
    Account a;
    a.address = address;
    if (q.next()) {
        a.balance = q.value(0).toLongLong();
        a.nonce = q.value(1).toLongLong();
        a.exists = true;
    }
    return a;
}

namespace {
// The check row's tx hash and the hash of its block: a re-synced chain that happens to reuse a tx hash at
// the same row id still differs in the block hash.
const auto kCheckRowSql = QStringLiteral(
    "SELECT t.tx_hash || ':' || IFNULL(b.hash, '') FROM \"transaction\" t LEFT JOIN block b ON b.chain_id "
    "= t.chain_id AND b.height = t.block_height WHERE t.id = ?");
} // namespace

std::optional<NodeError> DbReader::updateIndex() {
    if (m_identity != m_restoreTriedFor)
        restoreIndex();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (m_checkRowId > 0) {
        // The last row we indexed must still be there with the same hash; otherwise the node rebuilt or
        // replaced its chain (import-chain, re-sync) and row ids mean something else now.
        q.prepare(kCheckRowSql);
        q.addBindValue(m_checkRowId);
        if (!q.exec())
            return failed(q, QStringLiteral("index check"));
        if (!q.next() || q.value(0).toString() != m_lastRowHash) {
            qCInfo(lcChainDb) << "transaction rows were rewritten, rebuilding the message index";
            resetIndex();
        }
        q.finish();
    }
    qint64 scanned = 0;
    qint64 last = m_lastRowId;
    qint64 good = m_checkRowId;
    for (int skipped = 0;; ++skipped) {
        q.prepare(QStringLiteral("SELECT id, chain_id, sender, recipient, block_height IS NOT NULL FROM "
                                 "\"transaction\" WHERE id > ? ORDER BY id"));
        q.addBindValue(last);
        if (!q.exec())
            return failed(q, QStringLiteral("index scan"));
        while (q.next()) {
            ++scanned;
            last = q.value(0).toLongLong();
            good = last;
            if (!q.value(4).toBool() || q.value(1).toString() != m_chainId)
                continue; // other chains and rows outside blocks (marketplace, §10.19) hold no messages
            const QString sender = q.value(2).toString();
            const QString recipient = q.value(3).toString();
            m_rowsByAddress[sender].push_back(last);
            if (recipient != sender)
                m_rowsByAddress[recipient].push_back(last);
            ++m_stats.indexedRows;
        }
        if (!q.lastError().isValid())
            break;
        const NodeError e = failed(q, QStringLiteral("index scan"));
        if (!m_lastErrorTooBig || skipped >= kMaxSkipsPerScan)
            return e;
        q.finish();
        // The row after `last` holds a value over the limit (a hostile sender or recipient): skip it, so
        // one such row does not stop every later message from being read.
        QSqlQuery next(db);
        next.prepare(QStringLiteral("SELECT id FROM \"transaction\" WHERE id > ? ORDER BY id LIMIT 1"));
        next.addBindValue(last);
        if (!next.exec() || !next.next())
            return e;
        last = next.value(0).toLongLong();
        ++m_stats.oversizedSkips;
        qCWarning(lcChainDb).noquote() << "transaction row" << last << "skipped: a value in it exceeds"
                                       << kMaxValueBytes / (1024 * 1024) << "MiB";
    }
    q.finish();
    if (good != m_checkRowId) {
        q.prepare(kCheckRowSql);
        q.addBindValue(good);
        if (!q.exec())
            return failed(q, QStringLiteral("index scan"));
        m_lastRowHash = q.next() ? q.value(0).toString() : QString();
        m_checkRowId = good;
    }
    m_lastRowId = last;
    m_stats.lastRowId = m_lastRowId;
    if (scanned > 0 || m_basePending.isEmpty()) {
        qint64 addresses = m_rowsByAddress.size();
        for (const QString& address : std::as_const(m_basePending))
            addresses += m_rowsByAddress.contains(address) ? 0 : 1;
        m_stats.addresses = addresses;
    }
    m_stats.lastScanRows = scanned;
    m_stats.scannedRows += scanned;
    if (scanned > 0) {
        m_indexDirty = true;
        m_rowsSinceSave += scanned;
        // Saved on close; a large build is also saved at once, so a crash does not lose it.
        constexpr qint64 kSaveAfterRows = 100000;
        if (m_rowsSinceSave >= kSaveAfterRows)
            saveIndex();
    }
    return std::nullopt;
}

DbReader::RangeRows DbReader::scanAddressRange(const QString& address, qint64 afterId, qint64 upToId) {
    RangeRows out;
    if (auto e = ensureOpen()) {
        out.error = *e;
        return out;
    }
    // Straight through SQLite's own interface: this pass reads the whole table, and the few rows it
    // keeps become messages here at once (text columns read as UTF-8 in place, no per-column QVariant).
    sqlite3* const h = sqliteHandle(QSqlDatabase::database(m_connectionName, false));
    const QByteArray sql =
        QStringLiteral(
            "SELECT %1 FROM \"transaction\" t NOT INDEXED LEFT JOIN block b ON b.chain_id = "
            "t.chain_id AND b.height = t.block_height WHERE t.id > ?1 AND t.id <= ?2 AND (t.sender "
            "= ?3 OR t.recipient = ?3) AND t.block_height IS NOT NULL AND t.chain_id = ?4")
            .arg(txColumns())
            .toUtf8();
    sqlite3_stmt* statement = nullptr;
    const auto sqliteFailure = [&](int code) {
        const QString text = h ? QString::fromUtf8(sqlite3_errmsg(h)) : QStringLiteral("no SQLite handle");
        out.error = sqlError(QSqlError(QStringLiteral("transaction query"), text, QSqlError::StatementError,
                                       QString::number(code)),
                             QStringLiteral("transaction query"));
        out.tooBig = m_lastErrorTooBig;
        out.messages.clear();
        out.rowIds.clear();
    };
    if (!h || sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        sqliteFailure(h ? sqlite3_extended_errcode(h) : SQLITE_ERROR);
        sqlite3_finalize(statement);
        return out;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalize(statement, sqlite3_finalize);
    const QByteArray addressUtf8 = address.toUtf8();
    const QByteArray chainUtf8 = m_chainId.toUtf8();
    sqlite3_bind_int64(statement, 1, afterId);
    sqlite3_bind_int64(statement, 2, upToId);
    sqlite3_bind_text(statement, 3, addressUtf8.constData(), int(addressUtf8.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, chainUtf8.constData(), int(chainUtf8.size()), SQLITE_STATIC);
    const auto text = [statement](int column) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return QByteArrayView(p, p ? sqlite3_column_bytes(statement, column) : 0);
    };
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        Transaction t;
        t.txHash = QString::fromUtf8(text(1));
        t.blockHeight = sqlite3_column_int64(statement, 2);
        const QByteArrayView sender = text(3);
        const QByteArrayView recipient = text(4);
        t.sender = sender == addressUtf8 ? address : QString::fromUtf8(sender);
        t.recipient = recipient == addressUtf8 ? address : QString::fromUtf8(recipient);
        t.payload = parsePayload(text(5));
        t.nonce = sqlite3_column_int64(statement, 6);
        t.value = sqlite3_column_int64(statement, 7);
        t.fee = sqlite3_column_int64(statement, 8);
        t.type = QString::fromUtf8(text(9));
        t.status = QString::fromUtf8(text(10));
        t.timestamp = wire::parseNodeTime(QString::fromUtf8(text(13))); // block time (see transactionsWhere)
        if (!t.timestamp.isValid())
            t.timestamp = wire::parseNodeTime(QString::fromUtf8(text(11)));
        if (sqlite3_column_type(statement, 12) != SQLITE_NULL)
            t.txMetadata = QString::fromUtf8(text(12));
        if (auto m = messageFromTransaction(t, address)) {
            out.messages.append(std::move(*m));
            out.rowIds.append(sqlite3_column_int64(statement, 0));
        }
    }
    if (rc != SQLITE_DONE)
        sqliteFailure(sqlite3_extended_errcode(h));
    return out;
}

std::optional<NodeResult<QList<ChainMessage>>> DbReader::targetedFirstLoad(const QString& address) {
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM \"transaction\"")) || !q.next())
        return NodeResult<QList<ChainMessage>>(failed(q, QStringLiteral("row count")));
    const qint64 maxId = q.value(0).toLongLong();
    q.finish();
    if (maxId <= 0)
        return std::nullopt;
    // Sequential passes over the table in rowid order (a rowid range needs no index; the guide's query is
    // one pass too, through ix_transaction_chain_id). The pass is bound by reading pages, so a large table
    // is split into ranges read at once on their own read-only connections (one per core, at most four);
    // each helper is a DbReader of its own, with every check and limit of this one, and lives only on its
    // thread.
    const qint64 rowsPerPart = std::max<qint64>(1, m_options.rowsPerFirstLoadPart);
    const int parts = int(std::clamp<qint64>(std::min<qint64>(QThread::idealThreadCount(), 4), 1,
                                             std::max<qint64>(1, maxId / rowsPerPart)));
    std::vector<RangeRows> ranges(static_cast<std::size_t>(parts));
    std::vector<std::thread> helpers;
    DbOptions helperOptions = m_options;
    helperOptions.chainId = m_chainId;
    helperOptions.persistIndex = false;
    for (int i = 1; i < parts; ++i)
        helpers.emplace_back([&ranges, &helperOptions, &address, i, parts, maxId] {
            DbReader helper(helperOptions);
            ranges[size_t(i)] = helper.scanAddressRange(address, maxId * i / parts, maxId * (i + 1) / parts);
            helper.close();
        });
    ranges[0] = scanAddressRange(address, 0, maxId / parts);
    for (std::thread& t : helpers)
        t.join();
    QList<ChainMessage> all;
    QList<qint64> rowIds;
    for (RangeRows& r : ranges) {
        if (r.tooBig)
            return std::nullopt; // the index path reads row by row and leaves out only the oversized one
        if (r.error)
            return NodeResult<QList<ChainMessage>>(*r.error);
        all += std::move(r.messages);
        rowIds += r.rowIds;
    }
    AddressCache& cache = m_cache[address];
    std::vector<qsizetype> order(size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::pair(all.at(a).blockHeight, rowIds.at(a)) <
               std::pair(all.at(b).blockHeight, rowIds.at(b));
    });
    cache.messages.reserve(all.size());
    for (const qsizetype i : order)
        cache.messages.add(std::move(all[i]), rowIds.at(i));
    // Rows above maxId come from the index once it exists, like for any cached address.
    cache.upToRowId = maxId;
    m_indexPending = true;
    ++m_stats.targetedLoads;
    return NodeResult<QList<ChainMessage>>(cache.messages.list());
}

void DbReader::finishIndex() {
    if (!m_indexPending || !m_open)
        return;
    m_indexPending = false;
    if (auto e = updateIndex())
        m_indexPending = true; // the next call tries again (and reports the error if it persists)
}

NodeResult<QList<ChainMessage>> DbReader::messages(const QString& address) {
    if (auto e = ensureOpen())
        return *e;
    if (m_identity != m_restoreTriedFor)
        restoreIndex();
    if (m_lastRowId == 0 && !m_cache.contains(address)) {
        if (auto served = targetedFirstLoad(address))
            return *served;
    }
    if (auto e = updateIndex())
        return *e;
    if (!loadPersistedRows(address) || !restoreMessageSet(address)) {
        if (auto e = updateIndex()) // the file was damaged: rebuilt from the chain.db now
            return *e;
    }
    AddressCache& cache = m_cache[address];
    const qsizetype cachedBefore = cache.messages.list().size();
    const auto rows = m_rowsByAddress.constFind(address);
    if (rows != m_rowsByAddress.cend()) {
        const std::vector<qint64>& ids = rows.value();
        auto it = std::upper_bound(ids.begin(), ids.end(), cache.upToRowId);
        // Fetch the full rows of what is new for this address, in batches of literal ids (integers
        // from our own index, so building the IN list is safe).
        constexpr std::ptrdiff_t kBatch = 500;
        while (it != ids.end()) {
            const auto end = it + std::min<std::ptrdiff_t>(kBatch, ids.end() - it);
            QStringList literal;
            for (auto i = it; i != end; ++i)
                literal << QString::number(*i);
            QList<qint64> rowIds;
            auto txs = transactionsWhere(QStringLiteral("t.id IN (%1)").arg(literal.join(QLatin1Char(','))),
                                         {}, &rowIds);
            if (!txs.ok() && m_lastErrorTooBig) {
                // A row of this batch holds a value over the limit (anybody can send one to anybody):
                // read the rows one by one and leave out only that one, so the rest of the conversation
                // still shows.
                QList<Transaction> kept;
                QList<qint64> keptIds;
                std::optional<NodeError> other;
                for (auto i = it; i != end && !other; ++i) {
                    QList<qint64> one;
                    auto single = transactionsWhere(QStringLiteral("t.id = %1").arg(*i), {}, &one);
                    if (single.ok()) {
                        kept += single.value();
                        keptIds += one;
                    } else if (m_lastErrorTooBig) {
                        ++m_stats.oversizedSkips;
                    } else {
                        other = single.error();
                    }
                }
                if (other) {
                    m_cache.remove(address);
                    return *other;
                }
                txs = kept;
                rowIds = keptIds;
            }
            if (!txs.ok()) {
                m_cache.remove(address);
                return txs.error();
            }
            for (qsizetype i = 0; i < txs->size(); ++i) {
                // The ids may come from the persisted file: a row that is not this address's (a damaged
                // or planted index) is never shown as its message.
                const Transaction& tx = txs->at(i);
                if (tx.sender != address && tx.recipient != address)
                    continue;
                if (auto m = messageFromTransaction(tx, address))
                    cache.messages.add(std::move(*m), rowIds.at(i));
            }
            it = end;
        }
    }
    cache.upToRowId = m_lastRowId;
    if (cache.messages.list().size() != cachedBefore)
        m_indexDirty = true; // saved with the index, so a restart shows them without reading their rows
    return cache.messages.list();
}

} // namespace aitbc::chain
