// When REF seals blocks, and the devnet with it (`--quirks ref`). The rule, read off the real chain.db:
// the proposer first looks at its mempool one block time after start; after sealing a block it sleeps one
// block time; while idle it looks again every 2.5 s (a quarter of the block time). A transaction is
// sealed at the first check after it arrived, and an empty heartbeat block at the first check 60 s or
// more after the last block. These answers depend on timing, so the tests check the rule (where a block's
// timestamp falls relative to the start, the previous block and the submission), not durations.
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_http.h"
#include "devnet_support.h"
#include "protocol/timestamp.h"
#include "testdata.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <cmath>

using namespace aitbc;

namespace {
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
constexpr qint64 kUs = 1000000;

qint64 usOf(const QString& text) {
    const auto t = protocol::MicroTime::parse(text);
    return t ? t->usecSinceEpoch : 0;
}
} // namespace

class TestDevnetRefTiming : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void recordedRealChainFollowsTheCheckGrid();
    void firstBlockOneBlockTimeAfterStart();
    void idleTransactionWaitsForTheNextCheck();
    void busyTransactionWaitsForTheNextSlot();
    void fixedQuirksSealAtOnce();

private:
    std::unique_ptr<devnet::DevnetNode> start(devnet::Quirks quirks, double blockTime, double check,
                                              const QString& sub);
    qint64 blockTimeUs(const QUrl& url, qint64 height);
    QTemporaryDir m_dir;
    protocol::GenesisFile m_genesis;
};

void TestDevnetRefTiming::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_genesis = test::realGenesis();
}

std::unique_ptr<devnet::DevnetNode> TestDevnetRefTiming::start(devnet::Quirks quirks, double blockTime,
                                                               double check, const QString& sub) {
    devnet::NodeConfig cfg;
    cfg.dataDir = m_dir.filePath(sub);
    cfg.genesis = m_genesis;
    cfg.quirks = quirks;
    cfg.blockTimeSeconds = blockTime;
    cfg.idleCheckSeconds = check;
    cfg.idleBlockSeconds = 3600; // only the first block is a heartbeat (the genesis block is from 2025)
    return test::startDevnet(cfg);
}

qint64 TestDevnetRefTiming::blockTimeUs(const QUrl& url, qint64 height) {
    return usOf(test::httpGet(url, QStringLiteral("/rpc/blocks/%1").arg(height))
                    .json[QStringLiteral("timestamp")]
                    .toString());
}

void TestDevnetRefTiming::recordedRealChainFollowsTheCheckGrid() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    QList<qint64> times;
    qint64 genesisAccountsUs = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("real"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT timestamp FROM block WHERE height > 0 ORDER BY height")));
        while (q.next())
            times << usOf(q.value(0).toString());
        // The genesis accounts are written when the node starts.
        QVERIFY(q.exec(QStringLiteral("SELECT min(updated_at) FROM account")) && q.next());
        genesisAccountsUs = usOf(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("real"));
    QCOMPARE(times.size(), 22);
    // Block 1, a heartbeat (idle since 2025), came one block time after start, not at start.
    const double first = double(times[0] - genesisAccountsUs) / kUs;
    QVERIFY2(first >= 10.0 && first < 10.1, qPrintable(QString::number(first)));
    // Every later gap is 10 s + k * 2.5 s (plus a few ms of processing per check).
    QList<int> idleChecks;
    for (qsizetype i = 1; i < times.size(); ++i) {
        const double gap = double(times[i] - times[i - 1]) / kUs;
        const double checks = (gap - 10.0) / 2.5;
        QVERIFY2(gap >= 10.0 && checks - std::floor(checks) < 0.05, qPrintable(QString::number(gap)));
        if (checks >= 1)
            idleChecks << int(std::floor(checks));
    }
    // Two idle stretches ended by a submission (8 and 18 checks) and the 60 s heartbeat (20 checks).
    QCOMPARE(idleChecks, (QList<int>{8, 18, 20}));
}

void TestDevnetRefTiming::firstBlockOneBlockTimeAfterStart() {
    const qint64 before = protocol::MicroTime::now().usecSinceEpoch;
    auto node = start(devnet::Quirks::Ref, 1.0, 0.25, QStringLiteral("first"));
    QVERIFY(node->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 1, 30000);
    QVERIFY(blockTimeUs(node->url(), 1) >= before + 1 * kUs);
}

void TestDevnetRefTiming::idleTransactionWaitsForTheNextCheck() {
    // Block time 2 s, checks every 1 s: the grid after block 1 (at L) is L+2, L+3, L+4, ...
    auto node = start(devnet::Quirks::Ref, 2.0, 1.0, QStringLiteral("idle"));
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 1, 30000);
    const QUrl url = node->url();
    const qint64 last = blockTimeUs(url, 1);
    QVERIFY(last > 0);
    // Submit well inside a check interval, after the chain went idle (more than one block time).
    auto phase = [&] {
        const qint64 since = protocol::MicroTime::now().usecSinceEpoch - last - 2 * kUs;
        return since > 0 ? double(since % kUs) / kUs : -1.0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(phase() > 0.15 && phase() < 0.45, 30000);
    const qint64 submitted = protocol::MicroTime::now().usecSinceEpoch;
    const QByteArray tx =
        QStringLiteral(
            R"({"type":"TRANSFER","from":"%1","nonce":0,"fee":10,"payload":{"recipient":"%2","amount":1}})")
            .arg(kAlice, kBob)
            .toUtf8();
    QCOMPARE(test::httpPost(url, QStringLiteral("/rpc/transaction"), tx).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 2, 30000);
    const qint64 sealed = blockTimeUs(url, 2);
    QCOMPARE(test::httpGet(url, QStringLiteral("/rpc/blocks/2")).json[QStringLiteral("tx_count")].toInt64(),
             1);
    // The first check at or after the submission: not at once, and not a later check.
    const qint64 k = (submitted - last - 2 * kUs + kUs - 1) / kUs;
    const qint64 check = last + 2 * kUs + k * kUs;
    QVERIFY2(sealed >= check,
             qPrintable(QStringLiteral("sealed %1 us before the check").arg(check - sealed)));
    QVERIFY2(sealed < check + kUs,
             qPrintable(QStringLiteral("sealed %1 us after the check").arg(sealed - check)));
}

void TestDevnetRefTiming::busyTransactionWaitsForTheNextSlot() {
    auto node = start(devnet::Quirks::Ref, 1.0, 0.25, QStringLiteral("busy"));
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 1, 30000);
    const QUrl url = node->url();
    const QString tmpl = QStringLiteral(
        R"({"type":"TRANSFER","from":"%1","nonce":%2,"fee":10,"payload":{"recipient":"%3","amount":1}})");
    QCOMPARE(
        test::httpPost(url, QStringLiteral("/rpc/transaction"), tmpl.arg(kAlice).arg(0).arg(kBob).toUtf8())
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 2, 30000);
    // Right after a block: the next transaction waits for the slot one block time after it.
    QCOMPARE(
        test::httpPost(url, QStringLiteral("/rpc/transaction"), tmpl.arg(kAlice).arg(1).arg(kBob).toUtf8())
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 3, 30000);
    QVERIFY(blockTimeUs(url, 3) >= blockTimeUs(url, 2) + 1 * kUs);
}

void TestDevnetRefTiming::fixedQuirksSealAtOnce() {
    // Deliberately different: a fixed-quirks proposer makes its first block at start and seals an idle
    // chain's transaction at once (no 2.5 s polling).
    const qint64 before = protocol::MicroTime::now().usecSinceEpoch;
    auto node = start(devnet::Quirks::Fixed, 30.0, 0, QStringLiteral("fixed"));
    QTRY_VERIFY_WITH_TIMEOUT(node->height() >= 1, 20000);
    QVERIFY(blockTimeUs(node->url(), 1) < before + 30 * kUs);
}

QTEST_GUILESS_MAIN(TestDevnetRefTiming)
#include "tst_devnet_ref_timing.moc"
