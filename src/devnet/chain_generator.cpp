#include "devnet/chain_generator.h"

#include "devnet/block_hash.h"
#include "devnet/chain_schema.h"
#include "devnet/chain_store.h"
#include "json/canonical.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator64>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace aitbc::devnet {

namespace {

QByteArray sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

const char* const kWords[] = {"ping",   "pong",    "status", "report", "hello", "job",   "done",  "ack",
                              "queued", "compute", "gpu",    "result", "sync",  "check", "ready", "retry"};

} // namespace

Result<GeneratedChain> generateChain(const GenerateOptions& o) {
    GeneratedChain result;
    QElapsedTimer clock;
    clock.start();
    auto fail = [](const QString& e) -> Result<GeneratedChain> { return Error{e}; };
    if (o.blocks < 1 || o.transactions < 0 || o.addresses < 2)
        return fail(QStringLiteral("need --blocks >= 1, --txs >= 0, --addresses >= 2"));
    const qint64 perBlockMax = (o.transactions + o.blocks - 1) / o.blocks;
    if (perBlockMax > o.addresses)
        return fail(
            QStringLiteral("%1 transactions per block need at least as many addresses (REF allows one "
                           "transaction per sender per block)")
                .arg(perBlockMax));
    if (QFile::exists(o.outPath))
        return fail(QStringLiteral("%1 exists; refusing to overwrite").arg(o.outPath));

    const QString connection = QStringLiteral("aitbc-generate-%1").arg(quintptr(&result));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(o.outPath);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        q.exec(QStringLiteral("PRAGMA cache_size=-200000"));
        // Tables now, secondary indexes after the bulk insert (building an index once from sorted data is
        // far cheaper than updating it per row); sqlite_master ends up with the same statements.
        QStringList indexes;
        for (const QString& statement : protocol::refSchemaStatements()) {
            if (statement.startsWith(QLatin1String("CREATE INDEX"))) {
                indexes << statement;
            } else if (!q.exec(statement)) {
                return fail(q.lastError().text());
            }
        }

        QRandomGenerator64 rng(o.seed);
        QList<QByteArray> addresses;
        for (int i = 0; i < o.addresses; ++i)
            addresses << "ait1" + sha256Hex("aitbc-devnet-generate:" + QByteArray::number(o.seed) + ':' +
                                            QByteArray::number(i))
                                      .left(40);
        std::vector<qint64> balance(size_t(o.addresses), o.initialBalance);
        std::vector<qint64> nonce(size_t(o.addresses), 0);
        const QByteArray chain = o.chainId.toUtf8();

        db.transaction();
        // Genesis (§8): allocations in block_metadata, accounts from them.
        QList<protocol::GenesisAllocation> allocations;
        for (const QByteArray& a : addresses)
            allocations.append({QString::fromLatin1(a), o.initialBalance, 0});
        QSqlQuery block(db);
        block.prepare(
            QStringLiteral("INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, "
                           "tx_count, state_root, block_metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery tx(db);
        tx.prepare(
            QStringLiteral("INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, "
                           "payload, created_at, nonce, value, fee, type, status, timestamp, tx_metadata) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TRANSFER', 'confirmed', ?, NULL)"));
        QString parent = protocol::genesisBlockHash(o.chainId);
        block.addBindValue(o.chainId);
        block.addBindValue(0);
        block.addBindValue(parent);
        block.addBindValue(protocol::genesisParentHash());
        block.addBindValue(protocol::genesisProposer());
        block.addBindValue(protocol::genesisTime().dbText());
        block.addBindValue(0);
        block.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        block.addBindValue(QString::fromUtf8(
            json::dump(protocol::allocationsMetadata(allocations), {json::Separators::Spaced, false, true})));
        if (!block.exec())
            return fail(block.lastError().text());

        const QString proposer = QString::fromLatin1(addresses.first());
        protocol::MicroTime t = *protocol::MicroTime::parse(u"2026-01-01T00:00:00");
        qint64 remaining = o.transactions;
        QStringList hashes;
        for (qint64 h = 1; h <= o.blocks; ++h) {
            const qint64 blocksLeft = o.blocks - h + 1;
            const qint64 count = (remaining + blocksLeft - 1) / blocksLeft;
            remaining -= count;
            t.usecSinceEpoch += 10'000'000 + qint64(rng.bounded(1000000));
            const QString tsDb = t.dbText();
            const QString tsTx = t.sqliteAdapterText();
            hashes.clear();
            const qint64 first = qint64(rng.bounded(quint64(o.addresses)));
            for (qint64 j = 0; j < count; ++j) {
                const int s = int((first + j) % o.addresses);
                const int r = int((s + 1 + qint64(rng.bounded(quint64(o.addresses - 1)))) % o.addresses);
                const QByteArray& from = addresses[s];
                const QByteArray& to = addresses[r];
                const QByteArray message = QByteArray(kWords[rng.bounded(16)]) + ' ' + QByteArray::number(h) +
                                           '/' + QByteArray::number(j) + " from " + from.left(10);
                const qint64 fee = 10;
                // The node's hash input (§1.6), written directly: all strings here are plain ASCII.
                const QByteArray hashInput =
                    "{\"amount\":0,\"chain_id\":\"" + chain + "\",\"fee\":" + QByteArray::number(fee) +
                    ",\"from\":\"" + from + "\",\"nonce\":" + QByteArray::number(nonce[size_t(s)]) +
                    ",\"payload\":{\"amount\":0,\"message\":\"" + message + "\",\"recipient\":\"" + to +
                    "\",\"to\":\"" + to + "\",\"value\":0},\"signature\":null,\"to\":\"" + to +
                    "\",\"type\":\"TRANSFER\",\"value\":0}";
                const QString hash = QStringLiteral("0x") + QString::fromLatin1(sha256Hex(hashInput));
                const QByteArray payload = "{\"amount\": 0, \"message\": \"" + message +
                                           "\", \"recipient\": \"" + to + "\", \"to\": \"" + to +
                                           "\", \"value\": 0}";
                tx.bindValue(0, o.chainId);
                tx.bindValue(1, hash);
                tx.bindValue(2, h);
                tx.bindValue(3, QString::fromLatin1(from));
                tx.bindValue(4, QString::fromLatin1(to));
                tx.bindValue(5, QString::fromLatin1(payload));
                tx.bindValue(6, tsDb);
                tx.bindValue(7, nonce[size_t(s)] - 1); // REF proposer quirk (§4.2)
                tx.bindValue(8, 0);
                tx.bindValue(9, fee);
                tx.bindValue(10, tsTx);
                if (!tx.exec())
                    return fail(tx.lastError().text());
                balance[size_t(s)] -= fee;
                nonce[size_t(s)] += 1;
                hashes << hash;
            }
            const QString hash =
                protocol::computeBlockHash(o.chainId, h, parent, protocol::blockHashTimestamp(t), hashes);
            block.bindValue(0, o.chainId);
            block.bindValue(1, h);
            block.bindValue(2, hash);
            block.bindValue(3, parent);
            block.bindValue(4, proposer);
            block.bindValue(5, tsDb);
            block.bindValue(6, count);
            block.bindValue(7, QVariant(QMetaType(QMetaType::QString)));
            block.bindValue(8, QVariant(QMetaType(QMetaType::QString)));
            if (!block.exec())
                return fail(block.lastError().text());
            parent = hash;
            result.transactions += count;
        }
        QSqlQuery acc(db);
        acc.prepare(QStringLiteral(
            "INSERT INTO account (chain_id, address, balance, nonce, updated_at) VALUES (?, ?, ?, ?, ?)"));
        const QString now = protocol::MicroTime::now().dbText();
        for (int i = 0; i < o.addresses; ++i) {
            acc.bindValue(0, o.chainId);
            acc.bindValue(1, QString::fromLatin1(addresses[i]));
            acc.bindValue(2, balance[size_t(i)]);
            acc.bindValue(3, nonce[size_t(i)]);
            acc.bindValue(4, now);
            if (!acc.exec())
                return fail(acc.lastError().text());
        }
        for (const QString& statement : indexes)
            if (!q.exec(statement))
                return fail(q.lastError().text());
        if (!db.commit())
            return fail(db.lastError().text());
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    result.blocks = o.blocks + 1;
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace aitbc::devnet
