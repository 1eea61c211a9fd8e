#pragma once

#include "devnet/genesis.h"
#include "json/value.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <map>
#include <optional>

class QSqlQuery;

namespace aitbc::devnet {

/// A `block` row, columns as stored (protocol.md §4.2).
struct BlockRow {
    qint64 id = 0;
    QString chainId;
    qint64 height = 0;
    QString hash;
    QString parentHash;
    QString proposer;
    QString timestamp; ///< db text, `YYYY-MM-DD HH:MM:SS.ffffff` naive UTC
    qint64 txCount = 0;
    QVariant stateRoot;     ///< null or text
    QVariant blockMetadata; ///< null or JSON text
};

/// A `transaction` row, columns as stored.
struct TxRow {
    qint64 id = 0;
    QString chainId;
    QString txHash;
    QVariant blockHeight; ///< null for marketplace-style rows
    QString sender;
    QString recipient;
    QString payload;   ///< JSON text as stored (ASCII-escaped, `", "` separators)
    QString createdAt; ///< db text
    qint64 nonce = 0;
    qint64 value = 0;
    qint64 fee = 0;
    QString type;
    QString status;
    QVariant timestamp;  ///< null or text `YYYY-MM-DD HH:MM:SS.ffffff+00:00`
    QVariant txMetadata; ///< null or text
};

struct AccountRow {
    QString address;
    qint64 balance = 0;
    qint64 nonce = 0;
};

/// Account state keyed by address; std::map keeps addresses sorted for the state root.
using AccountState = std::map<QString, AccountRow>;

/// A block to commit with its transaction rows and the accounts it changes (absent ones are created).
struct BlockWrite {
    BlockRow block;
    QList<TxRow> transactions;
    QList<AccountRow> accounts;
};

/// A devnet's chain.db: the real REF schema, WAL, synchronous=NORMAL, the node's column encodings. One
/// instance per thread (QSqlDatabase connections are thread-bound).
class ChainStore {
public:
    ChainStore();
    ~ChainStore();
    ChainStore(const ChainStore&) = delete;
    ChainStore& operator=(const ChainStore&) = delete;

    /// Opens or creates `path` (creating parent folders), applies the schema to a new file, WAL mode.
    Result<void> open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Writes the genesis block (§7.4/§8: height 0, parent 0x00, proposer "genesis", 2025-01-01, metadata
    /// {"allocations": [...]}) and the allocation accounts, unless a genesis block exists already.
    Result<void> ensureGenesis(const QString& chainId, const QList<protocol::GenesisAllocation>& allocations);

    std::optional<BlockRow> head(const QString& chainId);
    std::optional<BlockRow> block(const QString& chainId, qint64 height);
    QList<BlockRow> blocks(const QString& chainId, qint64 start, qint64 end);
    /// Transaction rows of blocks start..end, in id order.
    QList<TxRow> transactionsInBlocks(const QString& chainId, qint64 start, qint64 end);
    /// The first `limit` rows in table order (what REF's /rpc/transactions returns); -1: every row.
    QList<TxRow> firstTransactions(const QString& chainId, int limit);
    std::optional<AccountRow> account(const QString& chainId, const QString& address);
    AccountState accounts(const QString& chainId);
    bool transactionExists(const QString& chainId, const QString& txHash);
    qint64 transactionCount(const QString& chainId);

    /// Inserts a block, its transactions and account changes in one SQL transaction.
    Result<void> commit(const BlockWrite& write);
    /// REF importBlock semantics: deletes blocks with the same hash on any chain, then inserts the header.
    /// The error text is SQLite's, as the node's 500 shows it.
    Result<void> importHeader(const BlockRow& block);

    // chain_store_bulk.cpp: REF's whole-chain and direct-write routes (§5.2)
    /// `receipt` rows (id order) with block_height in [from, to] (null bounds: open), payload parsed.
    struct ReceiptRow {
        QString receiptId;
        QVariant blockHeight;
        QString payload;
    };
    QList<ReceiptRow> receipts(const QString& chainId, std::optional<qint64> from, std::optional<qint64> to);
    /// Deletes the chain's blocks, transactions and accounts and writes the given ones, all or nothing.
    Result<void> replaceChain(const QString& chainId, const QList<BlockRow>& blocks, const QList<TxRow>& txs,
                              const QList<AccountRow>& accounts);
    /// Writes transaction rows outside any block and account changes in one SQL transaction
    /// (/rpc/transactions/marketplace).
    Result<void> writeDetached(const QString& chainId, const QList<TxRow>& txs,
                               const QList<AccountRow>& accounts);

private:
    // chain_store_bulk.cpp: the INSERTs every write path shares; the caller owns the SQL transaction.
    Result<void> insertBlock(const QString& chainId, const BlockRow& block);
    Result<void> insertRows(const QString& chainId, const QList<TxRow>& txs,
                            const QList<AccountRow>& accounts);
    static BlockRow readBlock(const QSqlQuery& q);
    static TxRow readTx(const QSqlQuery& q);
    QSqlDatabase db() const;
    QString m_connection;
    QString m_path;
};

/// Column encodings of the REF proposer: payload as Python json.dumps defaults with sorted keys
/// (database mempool backend, §4.2): `", "`/`": "`, ASCII escapes.
QString storedPayloadText(const json::Value& payload);

} // namespace aitbc::devnet
