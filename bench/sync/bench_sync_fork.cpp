// bench_sync_fork [blocks] [--keep DIR]: writes two chain.db files in the REF schema (block rows only,
// real §7.4 hashes) that share blocks 0..K-1 and fork at a random height K, then compares them through
// DbNode:
//   - fork point by binary search (sync::compareNodes without scan) vs a linear walk of block(h) from 0;
//   - the completeness scan over the whole chain (pages of 500 with transactions) vs the same walk.
// Prints requests and wall time side by side. Default: 1,000,000 blocks.
#include "chain/db_node.h"
#include "devnet/block_hash.h"
#include "devnet/chain_schema.h"
#include "sync/sync_comparator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace aitbc;

namespace {

const QString kChain = QStringLiteral("ait-mainnet");

/// Writes heights 0..count-1; from `forkAt` on, block times are one second later than on the other
/// branch (another proposer), so the hashes differ from there.
bool writeChain(const QString& path, qint64 count, qint64 forkAt, bool branchB, QString* error) {
    const QString name = QStringLiteral("gen-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        if (const auto schema = protocol::applyRefSchema(db); !schema) {
            *error = schema.error().message;
            return false;
        }
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, tx_count, "
            "state_root) VALUES (?, ?, ?, ?, ?, ?, 0, NULL)"));
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QString parent = protocol::genesisParentHash();
        for (qint64 h = 0; h < count && ok; ++h) {
            QString hash, proposer, stored;
            if (h == 0) {
                hash = protocol::genesisBlockHash(kChain);
                proposer = protocol::genesisProposer();
                stored = QStringLiteral("2025-01-01 00:00:00.000000");
            } else {
                const bool other = branchB && h >= forkAt;
                const QDateTime t = start.addSecs(h * 10 + (other ? 1 : 0));
                proposer = other ? QStringLiteral("proposer-b") : QStringLiteral("proposer-a");
                stored = t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.000000"));
                hash = protocol::computeBlockHash(
                    kChain, h, parent, t.toString(Qt::ISODate).chopped(1) + QStringLiteral("+00:00"), {});
            }
            q.addBindValue(kChain);
            q.addBindValue(h);
            q.addBindValue(hash);
            q.addBindValue(parent);
            q.addBindValue(proposer);
            q.addBindValue(stored);
            ok = q.exec();
            parent = hash;
        }
        if (!ok && error)
            *error = q.lastError().text();
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

template <typename T> T wait(QFuture<T> f) {
    QFutureWatcher<T> w;
    QEventLoop loop;
    QObject::connect(&w, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    w.setFuture(f);
    if (!f.isFinished())
        loop.exec();
    return f.result();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    qint64 count = 1'000'000;
    if (argc > 1)
        count = QString::fromLocal8Bit(argv[1]).toLongLong();
    if (count < 10) {
        std::fprintf(stderr, "bench_sync_fork: need at least 10 blocks\n");
        return 2;
    }
    QTemporaryDir dir;
    const qint64 forkAt = 1 + qint64(QRandomGenerator::global()->bounded(quint64(count - 1)));
    const QString pathA = dir.filePath(QStringLiteral("a.db"));
    const QString pathB = dir.filePath(QStringLiteral("b.db"));
    QElapsedTimer t;
    t.start();
    QString error;
    if (!writeChain(pathA, count, forkAt, false, &error) || !writeChain(pathB, count, forkAt, true, &error)) {
        std::fprintf(stderr, "bench_sync_fork: cannot write chains: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generated 2 x %lld blocks (fork at %lld) in %.1f s\n", count, forkAt, t.elapsed() / 1000.0);

    chain::DbNode a(chain::DbOptions{pathA, kChain, 5000});
    chain::DbNode b(chain::DbOptions{pathB, kChain, 5000});
    wait(a.head());
    wait(b.head()); // open both files before timing

    // Binary search (heads + O(log h) block requests).
    sync::CompareOptions searchOnly;
    searchOnly.scan = false;
    t.restart();
    const sync::SyncResult search = wait(sync::compareNodes({&a, &b}, searchOnly));
    const double searchMs = t.nsecsElapsed() / 1e6;
    if (!search.ok()) {
        std::fprintf(stderr, "bench_sync_fork: %s\n", qPrintable(search.error().message));
        return 1;
    }
    const qint64 found = search->pairs.at(0).forkHeight.value_or(-1);

    // Linear walk: block(h) on both nodes from height 0 until the hashes differ. On a machine shared
    // with other work it is stopped after kWalkBudgetMs; its request count is exact either way
    // (2 per height up to the fork) and its time is then extrapolated linearly from the heights walked.
    constexpr qint64 kWalkBudgetMs = 30'000;
    t.restart();
    qint64 walkRequests = 0;
    qint64 walked = -1;
    qint64 h = 0;
    for (; h < count && t.elapsed() < kWalkBudgetMs; ++h) {
        const auto ra = wait(a.block(h));
        const auto rb = wait(b.block(h));
        walkRequests += 2;
        if (!ra.ok() || !rb.ok() || ra->header.hash != rb->header.hash) {
            walked = h;
            break;
        }
    }
    double walkMs = t.nsecsElapsed() / 1e6;
    const bool extrapolated = walked < 0;
    if (extrapolated) {
        walkMs = walkMs * double(forkAt + 1) / double(h);
        walkRequests = 2 * (forkAt + 1);
        walked = forkAt; // by construction; the walk was stopped at height h
        std::printf("linear walk stopped after %lld heights (%lld ms); its time below is extrapolated\n", h,
                    kWalkBudgetMs);
    }

    // Completeness scan of the whole chain, pages of 500 blocks with transactions.
    sync::CompareOptions full;
    t.restart();
    const sync::SyncResult scan = wait(sync::compareNodes({&a, &b}, full));
    const double scanMs = t.nsecsElapsed() / 1e6;
    const qint64 pages = (count + full.pageSize - 1) / full.pageSize;

    std::printf("\n%-34s %18s %18s\n", "", "binary search", "linear walk");
    std::printf("%-34s %18lld %18lld\n", "fork height found", found, walked);
    std::printf("%-34s %18d %18lld\n", "block requests (both nodes)", search->blockRequests, walkRequests);
    std::printf("%-34s %18.1f %18.1f\n", "time to find the fork (ms)", searchMs, walkMs);
    std::printf("\n%-34s %18s\n", "completeness scan (whole chain)", "");
    std::printf("%-34s %18lld\n", "blocks-range requests (both nodes)", 2 * pages);
    std::printf("%-34s %18.1f\n", "time (ms)", scanMs);
    std::printf("%-34s %18lld\n", "fork height from the scan",
                scan.ok() ? scan->pairs.at(0).forkHeight.value_or(-1) : -1);
    return found == forkAt && (extrapolated || walked == forkAt) && scan.ok() &&
                   scan->pairs.at(0).forkHeight == forkAt
               ? 0
               : 1;
}
