// ChainStore: the whole-chain reads and writes behind REF's export-chain, import-chain, force-sync,
// marketplace and eth_getLogs routes (protocol.md §5.2).
#include "devnet/chain_store.h"

#include "protocol/timestamp.h"

#include <QSqlError>
#include <QSqlQuery>

namespace aitbc::devnet {

namespace {
QVariant nullableText(const QVariant& v) {
    return v.isNull() ? QVariant(QMetaType(QMetaType::QString)) : v;
}

QString sqlError(const QSqlQuery& q) {
    return q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
}
} // namespace

QList<ChainStore::ReceiptRow> ChainStore::receipts(const QString& chainId, std::optional<qint64> from,
                                                   std::optional<qint64> to) {
    QList<ReceiptRow> out;
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT receipt_id, block_height, payload FROM receipt WHERE chain_id = ? AND "
                       "(? IS NULL OR block_height >= ?) AND (? IS NULL OR block_height <= ?) ORDER BY id"));
    const QVariant f = from ? QVariant(*from) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant t = to ? QVariant(*to) : QVariant(QMetaType(QMetaType::LongLong));
    q.addBindValue(chainId);
    q.addBindValue(f);
    q.addBindValue(f);
    q.addBindValue(t);
    q.addBindValue(t);
    if (q.exec())
        while (q.next())
            out.append(ReceiptRow{q.value(0).toString(), q.value(1), q.value(2).toString()});
    return out;
}

Result<void> ChainStore::insertBlock(const QString& chainId, const BlockRow& b) {
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, "
                             "tx_count, state_root, block_metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(chainId);
    q.addBindValue(b.height);
    q.addBindValue(b.hash);
    q.addBindValue(b.parentHash);
    q.addBindValue(b.proposer);
    q.addBindValue(b.timestamp);
    q.addBindValue(b.txCount);
    q.addBindValue(nullableText(b.stateRoot));
    q.addBindValue(nullableText(b.blockMetadata));
    if (q.exec())
        return {};
    return Error{sqlError(q)};
}

Result<void> ChainStore::insertRows(const QString& chainId, const QList<TxRow>& txs,
                                    const QList<AccountRow>& accounts) {
    QSqlQuery tx(db());
    tx.prepare(QStringLiteral(
        "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, payload, "
        "created_at, nonce, value, fee, type, status, timestamp, tx_metadata) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const TxRow& t : txs) {
        tx.addBindValue(chainId);
        tx.addBindValue(t.txHash);
        tx.addBindValue(t.blockHeight.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : t.blockHeight);
        tx.addBindValue(t.sender);
        tx.addBindValue(t.recipient);
        tx.addBindValue(t.payload);
        tx.addBindValue(t.createdAt);
        tx.addBindValue(t.nonce);
        tx.addBindValue(t.value);
        tx.addBindValue(t.fee);
        tx.addBindValue(t.type);
        tx.addBindValue(t.status);
        tx.addBindValue(nullableText(t.timestamp));
        tx.addBindValue(nullableText(t.txMetadata));
        if (!tx.exec())
            return Error{sqlError(tx)};
    }
    QSqlQuery acc(db());
    acc.prepare(QStringLiteral(
        "INSERT INTO account (chain_id, address, balance, nonce, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (chain_id, address) DO UPDATE SET balance = excluded.balance, nonce = excluded.nonce"));
    const QString now = protocol::MicroTime::now().dbText();
    for (const AccountRow& a : accounts) {
        acc.addBindValue(chainId);
        acc.addBindValue(a.address);
        acc.addBindValue(a.balance);
        acc.addBindValue(a.nonce);
        acc.addBindValue(now);
        if (!acc.exec())
            return Error{sqlError(acc)};
    }
    return {};
}

Result<void> ChainStore::writeDetached(const QString& chainId, const QList<TxRow>& txs,
                                       const QList<AccountRow>& accounts) {
    QSqlDatabase d = db();
    if (!d.transaction())
        return Error{d.lastError().text()};
    auto written = insertRows(chainId, txs, accounts);
    if (written && !d.commit())
        written = Error{d.lastError().text()};
    if (!written)
        d.rollback();
    return written;
}

Result<void> ChainStore::replaceChain(const QString& chainId, const QList<BlockRow>& blocks,
                                      const QList<TxRow>& txs, const QList<AccountRow>& accounts) {
    QSqlDatabase d = db();
    if (!d.transaction())
        return Error{d.lastError().text()};
    auto fail = [&](const QString& text) -> Result<void> {
        d.rollback();
        return Error{text};
    };
    QSqlQuery q(d);
    for (const char* table : {"\"transaction\"", "block", "account"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE chain_id = ?").arg(QString::fromLatin1(table)));
        q.addBindValue(chainId);
        if (!q.exec())
            return fail(sqlError(q));
    }
    for (const BlockRow& b : blocks)
        if (const auto inserted = insertBlock(chainId, b); !inserted)
            return fail(inserted.error().message);
    if (const auto inserted = insertRows(chainId, txs, accounts); !inserted)
        return fail(inserted.error().message);
    if (!d.commit())
        return fail(d.lastError().text());
    return {};
}

} // namespace aitbc::devnet
