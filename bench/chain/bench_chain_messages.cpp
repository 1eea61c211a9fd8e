// Message listing cost at one million transactions (issue 4, part 6).
//
// Compares, on the same chain.db (written by the devnet's generator in the REF schema, WAL mode):
//  (a) the first load of one address's messages, and
//  (b) one poll after one new block (a writer appends a block and one transaction to that address),
// for DbNode (incremental index by transaction row id) and for the hermes guide's daemon, which runs
// SELECT * FROM "transaction" WHERE recipient = ? AND chain_id = ? on every poll (protocol.md §6.1).
//  (c) the load after a restart: a new DbNode on the same file finds the index it persisted on close
//      (in a temporary cache folder) and reads only what was added since.
// Also prints the resident memory (VmRSS). Usage:
//   bench_chain_messages [--txs N] [--db PATH] [--polls K] [--restarts R] [--json]
// --db PATH reuses that chain.db (blocks are appended to it), generating it there first when missing.
// --restarts R: the restart load is measured R times (a new DbNode each time; the median is reported).
// --json prints one JSON object: first_load_ratio, restart_load_ratio, poll_ratio (the guide's time
// divided by ours, from the same run), rss_mib, and the times behind them; also the process CPU time of
// each side (first_load_cpu_ms, restart_cpu_ms, guide_cpu_ms and their ratios), which the load of a
// shared machine does not inflate as it does wall times.
#include "chain/db_node.h"
#include "devnet/chain_generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace aitbc;

namespace {

const QString kChain = QStringLiteral("ait-mainnet");

double rssMiB() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

/// CPU time of the whole process (every thread), in ms: the wall times of this shared machine vary
/// with other processes' load, the CPU each side spends does not.
double cpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

template <typename T> T wait(QFuture<T> f) {
    f.waitForFinished(); // DbNode futures come from a QPromise fulfilled on its worker thread
    return f.result();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// The guide daemon's poll: the whole matching set, every column, every time.
int guideQuery(const QString& address, double* ms, double* cpu = nullptr) {
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("guide")));
    q.setForwardOnly(true);
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuMs();
    q.prepare(QStringLiteral("SELECT * FROM \"transaction\" WHERE recipient = ? AND chain_id = ?"));
    q.addBindValue(address);
    q.addBindValue(kChain);
    if (!q.exec())
        qFatal("guide query: %s", qPrintable(q.lastError().text()));
    int rows = 0;
    while (q.next()) {
        for (int c = 0; c < 15; ++c)
            (void)q.value(c);
        ++rows;
    }
    *ms = t.nsecsElapsed() / 1e6;
    if (cpu)
        *cpu = cpuMs() - cpuStart;
    return rows;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    qint64 txs = 1'000'000;
    int polls = 5;
    int restarts = 3; // restart loads measured (each a new DbNode on the saved index): the median counts
    QString dbPath;
    const QStringList args = app.arguments();
    const bool jsonOut = args.contains(QStringLiteral("--json"));
    // With --json, the table and progress lines go to stderr so stdout holds only the JSON object.
    FILE* const out = jsonOut ? stderr : stdout;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--txs"))
            txs = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--db"))
            dbPath = args[i + 1];
        else if (args[i] == QLatin1String("--polls"))
            polls = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--restarts"))
            restarts = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir dir;
    // --db PATH: that chain.db, generated there first when it does not exist yet (to reuse it).
    if (dbPath.isEmpty() || !QFile::exists(dbPath)) {
        devnet::GenerateOptions g;
        g.outPath = dbPath.isEmpty() ? dir.filePath(QStringLiteral("chain.db")) : dbPath;
        g.transactions = txs;
        g.blocks = std::max<qint64>(1, txs / 100);
        g.addresses = 200;
        std::fprintf(out, "generating %lld transactions in %lld blocks (aitbc-devnet generate)...\n",
                     static_cast<long long>(txs), static_cast<long long>(g.blocks));
        std::fflush(out);
        const auto r = devnet::generateChain(g);
        if (!r) {
            std::fprintf(stderr, "generate failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::fprintf(out, "generated in %.1f s\n", r->seconds);
        dbPath = g.outPath;
    }
    const double rssStart = rssMiB();

    // The guide's reader and the writer standing in for the node.
    {
        QSqlDatabase guide = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("guide"));
        guide.setDatabaseName(dbPath);
        guide.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(dbPath);
        if (!guide.open() || !writer.open())
            qFatal("cannot open %s", qPrintable(dbPath));
    }
    QSqlQuery w(QSqlDatabase::database(QStringLiteral("writer")));
    w.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    w.exec(
        QStringLiteral("SELECT recipient, COUNT(*) FROM \"transaction\" WHERE id <= 10000 GROUP BY recipient "
                       "ORDER BY 2 DESC LIMIT 2"));
    QStringList sample;
    while (w.next())
        sample << w.value(0).toString();
    w.exec(QStringLiteral("SELECT MAX(height) FROM block"));
    w.next();
    qint64 height = w.value(0).toLongLong();
    w.exec(QStringLiteral("SELECT COUNT(*) FROM \"transaction\""));
    w.next();
    const qint64 rows = w.value(0).toLongLong();
    w.finish();
    if (sample.size() < 2)
        qFatal("no transactions in %s", qPrintable(dbPath));
    const QString address = sample[0];

    // Warm the page cache equally for both sides.
    double ms = 0;
    guideQuery(address, &ms);

    const QString indexDir = dir.filePath(QStringLiteral("index-cache"));
    const chain::DbOptions options{dbPath, kChain, 5000, true, indexDir};
    auto nodeHolder = std::make_unique<chain::DbNode>(options);
    chain::DbNode& node = *nodeHolder;
    QElapsedTimer t;
    t.start();
    double cpuStart = cpuMs();
    const auto first = wait(node.messages(address));
    const double oursFirst = t.nsecsElapsed() / 1e6;
    const double oursFirstCpu = cpuMs() - cpuStart;
    if (!first.ok())
        qFatal("messages: %s", qPrintable(first.error().message));
    t.restart();
    const auto other = wait(node.messages(sample[1]));
    const double oursOtherFirst = t.nsecsElapsed() / 1e6;
    const double rssIndexed = rssMiB();

    std::vector<double> guideFirst, guideCpu;
    int guideRows = 0;
    for (int i = 0; i < 3; ++i) {
        double cpu = 0;
        guideRows = guideQuery(address, &ms, &cpu);
        guideFirst.push_back(ms);
        guideCpu.push_back(cpu);
    }

    std::vector<double> oursPoll, guidePoll, oursIdle;
    for (int i = 0; i < polls; ++i) {
        ++height;
        w.prepare(QStringLiteral(
            "INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, tx_count, "
            "state_root) VALUES (?, ?, ?, '0x00', 'bench', '2026-11-26 02:00:00.000000', 1, NULL)"));
        w.addBindValue(kChain);
        w.addBindValue(height);
        w.addBindValue(QStringLiteral("0xbench%1").arg(height));
        if (!w.exec())
            qFatal("insert block: %s", qPrintable(w.lastError().text()));
        w.prepare(QStringLiteral(
            "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, "
            "payload, created_at, nonce, value, fee, type, status, timestamp) VALUES (?, ?, ?, ?, ?, "
            "?, '2026-11-26 02:00:00', 0, 0, 10, 'TRANSFER', 'confirmed', NULL)"));
        w.addBindValue(kChain);
        w.addBindValue(QStringLiteral("0xbenchtx%1").arg(height));
        w.addBindValue(height);
        w.addBindValue(sample[1]);
        w.addBindValue(address);
        w.addBindValue(QStringLiteral("{\"amount\": 0, \"message\": \"poll %1\", \"recipient\": \"%2\"}")
                           .arg(height)
                           .arg(address));
        if (!w.exec())
            qFatal("insert tx: %s", qPrintable(w.lastError().text()));
        w.finish();

        t.restart();
        const auto polled = wait(node.messages(address));
        oursPoll.push_back(t.nsecsElapsed() / 1e6);
        if (!polled.ok() || polled->last().text != QStringLiteral("poll %1").arg(height))
            qFatal("the poll did not see the new message");
        guideQuery(address, &ms);
        guidePoll.push_back(ms);
        t.restart();
        (void)wait(node.messages(address));
        oursIdle.push_back(t.nsecsElapsed() / 1e6);
    }
    const auto stats = wait(node.indexStats());

    // (c) Restart: close (the index is saved), one more block while the app is closed, open again.
    nodeHolder.reset();
    ++height;
    w.prepare(QStringLiteral(
        "INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, tx_count, "
        "state_root) VALUES (?, ?, ?, '0x00', 'bench', '2026-11-26 02:00:00.000000', 0, NULL)"));
    w.addBindValue(kChain);
    w.addBindValue(height);
    w.addBindValue(QStringLiteral("0xbench%1").arg(height));
    if (!w.exec())
        qFatal("insert block: %s", qPrintable(w.lastError().text()));
    w.finish();
    std::vector<double> oursRestarts, oursRestartsCpu;
    chain::DbReader::IndexStats restartStats;
    for (int i = 0; i < restarts; ++i) {
        chain::DbNode restarted(options);
        t.restart();
        cpuStart = cpuMs();
        const auto afterRestart = wait(restarted.messages(address));
        oursRestarts.push_back(t.nsecsElapsed() / 1e6);
        oursRestartsCpu.push_back(cpuMs() - cpuStart);
        if (!afterRestart.ok() || afterRestart->size() != first->size() + polls)
            qFatal("the restarted node lost messages");
        if (i == 0)
            restartStats = wait(restarted.indexStats());
    }
    const double oursRestart = median(oursRestarts);
    std::vector<double> guideRestart;
    for (int i = 0; i < 3; ++i) {
        double cpu = 0;
        guideQuery(address, &ms, &cpu);
        guideRestart.push_back(ms);
        guideCpu.push_back(cpu);
    }
    const double gr = median(guideRestart);

    const double gf = median(guideFirst), gp = median(guidePoll), op = median(oursPoll),
                 oi = median(oursIdle);
    if (jsonOut)
        std::printf("{\"first_load_ratio\": %.4f, \"restart_load_ratio\": %.4f, \"poll_ratio\": %.4f, "
                    "\"rss_mib\": %.1f, \"first_load_ms\": %.3f, \"guide_first_ms\": %.3f, "
                    "\"restart_load_ms\": %.3f, \"guide_restart_ms\": %.3f, \"poll_ms\": %.3f, "
                    "\"guide_poll_ms\": %.3f, \"restart_rows_read\": %lld, \"transactions\": %lld, "
                    "\"first_load_cpu_ms\": %.1f, \"restart_cpu_ms\": %.1f, \"guide_cpu_ms\": %.1f, "
                    "\"first_load_cpu_ratio\": %.4f, \"restart_cpu_ratio\": %.4f}\n",
                    gf / oursFirst, gr / oursRestart, gp / op, rssIndexed, oursFirst, gf, oursRestart, gr, op,
                    gp, static_cast<long long>(restartStats.scannedRows), static_cast<long long>(rows),
                    oursFirstCpu, median(oursRestartsCpu), median(guideCpu), median(guideCpu) / oursFirstCpu,
                    median(guideCpu) / std::max(0.001, median(oursRestartsCpu)));
    std::fprintf(
        out,
        "\nchain.db: %s\n%lld transactions, %lld blocks; address %s: %lld messages (%d rows received)\n\n",
        qPrintable(dbPath), static_cast<long long>(rows), static_cast<long long>(height),
        qPrintable(address.left(16)), static_cast<long long>(first->size()), guideRows);
    std::fprintf(out, "%-46s %14s %14s %10s\n", "", "DbNode (ms)", "guide (ms)", "ratio");
    std::fprintf(out, "%-46s %14.3f %14.3f %9.1fx\n", "(a) first load, no index (targeted query)", oursFirst,
                 gf, gf / oursFirst);
    std::fprintf(out, "%-46s %14.3f %14.3f %9.1fx\n", "(a') 2nd address (waits for the index build)",
                 oursOtherFirst, gf, gf / oursOtherFirst);
    std::fprintf(out, "%-46s %14.3f %14.3f %9.1fx\n", "(b) one poll after one new block (median)", op, gp,
                 gp / op);
    std::fprintf(out, "%-46s %14.3f %14.3f %9.1fx\n", "    poll with nothing new (median)", oi, gp, gp / oi);
    std::fprintf(out, "%-46s %14.3f %14.3f %9.1fx\n", "(c) load after a restart (persisted index)",
                 oursRestart, gr, gr / oursRestart);
    std::fprintf(out, "    rows read after the restart: %lld (index restored: %s)\n",
                 static_cast<long long>(restartStats.scannedRows), restartStats.restored ? "yes" : "no");
    std::fprintf(
        out, "\nrows read by DbNode's last incremental scan: %lld; index: %lld rows over %lld addresses\n",
        static_cast<long long>(stats.lastScanRows), static_cast<long long>(stats.indexedRows),
        static_cast<long long>(stats.addresses));
    std::fprintf(out,
                 "resident memory: %.1f MiB before DbNode, %.1f MiB with the index and %d cached lists, %.1f "
                 "MiB now\n",
                 rssStart, rssIndexed, 2, rssMiB());
    std::fprintf(out, "targets: (a) >= 1x %s (%.2fx), (b) >= 100x %s (%.0fx), (c) >= 50x %s (%.0fx)\n",
                 gf / oursFirst >= 1 ? "met" : "NOT met", gf / oursFirst, gp / op >= 100 ? "met" : "NOT met",
                 gp / op, gr / oursRestart >= 50 ? "met" : "NOT met", gr / oursRestart);
    (void)other;
    w = QSqlQuery();
    QSqlDatabase::removeDatabase(QStringLiteral("guide"));
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return 0;
}
