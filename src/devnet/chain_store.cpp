#include "devnet/chain_store.h"

#include "devnet/block_hash.h"
#include "devnet/chain_schema.h"
#include "devnet/devnet_log.h"
#include "devnet/state_trie.h"
#include "json/canonical.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDevnet, "aitbc.devnet", QtInfoMsg)

namespace aitbc::devnet {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("aitbc-devnet-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

const QString kBlockColumns = QStringLiteral(
    "id, chain_id, height, hash, parent_hash, proposer, timestamp, tx_count, state_root, block_metadata");
const QString kTxColumns =
    QStringLiteral("id, chain_id, tx_hash, block_height, sender, recipient, payload, created_at, "
                   "nonce, value, fee, type, status, timestamp, tx_metadata");

} // namespace

QString storedPayloadText(const json::Value& payload) {
    return QString::fromLatin1(json::dump(payload, {json::Separators::Spaced, true, true}));
}

ChainStore::ChainStore()
    : m_connection(nextConnectionName()) {}

ChainStore::~ChainStore() {
    close();
}

QSqlDatabase ChainStore::db() const {
    return QSqlDatabase::database(m_connection, false);
}

bool ChainStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

Result<void> ChainStore::open(const QString& path) {
    close();
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QStringLiteral("cannot create folder for %1").arg(path)};
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open())
        return Error{QStringLiteral("cannot open %1: %2").arg(path, d.lastError().text())};
    QSqlQuery q(d);
    // protocol.md §4.1: every connection of the node sets WAL and synchronous=NORMAL.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!protocol::hasRefSchema(d)) {
        if (const auto schema = protocol::applyRefSchema(d); !schema)
            return Error{QStringLiteral("cannot create schema in %1: %2").arg(path, schema.error().message)};
    }
    return {};
}

void ChainStore::close() {
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase d = db();
        if (d.isOpen()) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> ChainStore::ensureGenesis(const QString& chainId,
                                       const QList<protocol::GenesisAllocation>& allocations) {
    if (block(chainId, 0))
        return {};
    AccountState state;
    BlockWrite w;
    for (const auto& a : allocations) {
        state[a.address] = AccountRow{a.address, a.balance, a.nonce};
        w.accounts.append(AccountRow{a.address, a.balance, a.nonce});
    }
    w.block.chainId = chainId;
    w.block.height = 0;
    w.block.hash = protocol::genesisBlockHash(chainId);
    w.block.parentHash = protocol::genesisParentHash();
    w.block.proposer = protocol::genesisProposer();
    w.block.timestamp = protocol::genesisTime().dbText();
    w.block.txCount = 0;
    w.block.stateRoot = accountStateRoot(state);
    w.block.blockMetadata = QString::fromUtf8(
        json::dump(protocol::allocationsMetadata(allocations), {json::Separators::Spaced, false, true}));
    return commit(w);
}

BlockRow ChainStore::readBlock(const QSqlQuery& q) {
    BlockRow b;
    b.id = q.value(0).toLongLong();
    b.chainId = q.value(1).toString();
    b.height = q.value(2).toLongLong();
    b.hash = q.value(3).toString();
    b.parentHash = q.value(4).toString();
    b.proposer = q.value(5).toString();
    b.timestamp = q.value(6).toString();
    b.txCount = q.value(7).toLongLong();
    b.stateRoot = q.value(8);
    b.blockMetadata = q.value(9);
    return b;
}

TxRow ChainStore::readTx(const QSqlQuery& q) {
    TxRow t;
    t.id = q.value(0).toLongLong();
    t.chainId = q.value(1).toString();
    t.txHash = q.value(2).toString();
    t.blockHeight = q.value(3);
    t.sender = q.value(4).toString();
    t.recipient = q.value(5).toString();
    t.payload = q.value(6).toString();
    t.createdAt = q.value(7).toString();
    t.nonce = q.value(8).toLongLong();
    t.value = q.value(9).toLongLong();
    t.fee = q.value(10).toLongLong();
    t.type = q.value(11).toString();
    t.status = q.value(12).toString();
    t.timestamp = q.value(13);
    t.txMetadata = q.value(14);
    return t;
}

std::optional<BlockRow> ChainStore::head(const QString& chainId) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM block WHERE chain_id = ? ORDER BY height DESC LIMIT 1")
                  .arg(kBlockColumns));
    q.addBindValue(chainId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readBlock(q);
}

std::optional<BlockRow> ChainStore::block(const QString& chainId, qint64 height) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM block WHERE chain_id = ? AND height = ?").arg(kBlockColumns));
    q.addBindValue(chainId);
    q.addBindValue(height);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readBlock(q);
}

QList<BlockRow> ChainStore::blocks(const QString& chainId, qint64 start, qint64 end) {
    QList<BlockRow> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM block WHERE chain_id = ? AND height >= ? AND height <= ? ORDER BY height")
                  .arg(kBlockColumns));
    q.addBindValue(chainId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (q.exec())
        while (q.next())
            out.append(readBlock(q));
    return out;
}

QList<TxRow> ChainStore::transactionsInBlocks(const QString& chainId, qint64 start, qint64 end) {
    QList<TxRow> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM \"transaction\" WHERE chain_id = ? AND block_height >= ? AND "
                             "block_height <= ? ORDER BY id")
                  .arg(kTxColumns));
    q.addBindValue(chainId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (q.exec())
        while (q.next())
            out.append(readTx(q));
    return out;
}

QList<TxRow> ChainStore::firstTransactions(const QString& chainId, int limit) {
    QList<TxRow> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM \"transaction\" WHERE chain_id = ? ORDER BY id LIMIT ?")
                  .arg(kTxColumns));
    q.addBindValue(chainId);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(readTx(q));
    return out;
}

std::optional<AccountRow> ChainStore::account(const QString& chainId, const QString& address) {
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT address, balance, nonce FROM account WHERE chain_id = ? AND address = ?"));
    q.addBindValue(chainId);
    q.addBindValue(address);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AccountRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

AccountState ChainStore::accounts(const QString& chainId) {
    AccountState out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT address, balance, nonce FROM account WHERE chain_id = ?"));
    q.addBindValue(chainId);
    if (q.exec())
        while (q.next())
            out[q.value(0).toString()] =
                AccountRow{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return out;
}

bool ChainStore::transactionExists(const QString& chainId, const QString& txHash) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM \"transaction\" WHERE chain_id = ? AND tx_hash = ?"));
    q.addBindValue(chainId);
    q.addBindValue(txHash);
    return q.exec() && q.next();
}

qint64 ChainStore::transactionCount(const QString& chainId) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT count(*) FROM \"transaction\" WHERE chain_id = ?"));
    q.addBindValue(chainId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> ChainStore::commit(const BlockWrite& w) {
    QSqlDatabase d = db();
    if (!d.transaction())
        return Error{d.lastError().text()};
    auto written = insertBlock(w.block.chainId, w.block);
    if (written)
        written = insertRows(w.block.chainId, w.transactions, w.accounts);
    if (!written) {
        d.rollback();
        return written;
    }
    if (!d.commit()) {
        Error error{d.lastError().text()};
        d.rollback();
        return error;
    }
    return {};
}

Result<void> ChainStore::importHeader(const BlockRow& block) {
    QSqlQuery del(db());
    del.prepare(QStringLiteral("DELETE FROM block WHERE hash = ?"));
    del.addBindValue(block.hash);
    if (!del.exec())
        return Error{del.lastError().databaseText()};
    BlockWrite w;
    w.block = block;
    return commit(w);
}

} // namespace aitbc::devnet
