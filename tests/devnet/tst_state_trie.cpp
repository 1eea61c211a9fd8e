// devnet/state_trie against the real REF node: its genesis root and every state root in the real leader's
// and follower's chain.db (heights 0 to 22), replayed from genesis.json and the recorded transactions; and
// the trie's own rules (empty root, order and duplicates, keys that prefix other keys, hostile keys) against
// vectors from an independent Python model of REF's insert-based trie.
#include "devnet/genesis.h"
#include "devnet/state_trie.h"
#include "devnet_support.h"
#include "testdata.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace aitbc;
using devnet::TrieEntry;

namespace {
const QString kRealGenesisRoot =
    QStringLiteral("0x189b81ead6aa72fcee8146a2389d04a4d0d8dee723fd7b1171cbe55c6952c24a");

devnet::AccountState genesisState() {
    const protocol::GenesisFile g = test::realGenesis();
    devnet::AccountState state;
    for (const auto& a : g.allocations)
        state[a.address] = devnet::AccountRow{a.address, a.balance, a.nonce};
    return state;
}

QString hexRoot(std::vector<TrieEntry> entries) {
    return QString::fromLatin1(devnet::merklePatriciaRoot(std::move(entries)).toHex());
}

/// Replays a recorded chain.db from genesis.json and compares every block's state_root with the root of
/// the state after the block before (the node's one-block lag). Returns the number of blocks compared.
int replayRecordedRoots(const QString& dbFile, const QString& connection) {
    QTemporaryDir dir;
    const QString path = test::copyTestData(dbFile, dir);
    int compared = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        // Transactions from the leader's database: the follower's has none (it imported headers only).
        QTemporaryDir leaderDir;
        QSqlQuery attach(db);
        const QString leader =
            test::copyTestData(QStringLiteral("real-chain/chain.db"), leaderDir, QStringLiteral("leader.db"));
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS leader"));
        attach.addBindValue(leader);
        if (!attach.exec())
            qFatal("attach failed");
        devnet::AccountState state = genesisState();
        QSqlQuery blocks(db);
        blocks.exec(QStringLiteral("SELECT height, state_root FROM block ORDER BY height"));
        qint64 applied = -1; // height whose transactions are in `state`
        while (blocks.next()) {
            const qint64 height = blocks.value(0).toLongLong();
            for (; applied < height - 1; ++applied) {
                QSqlQuery txs(db);
                txs.prepare(QStringLiteral("SELECT sender, recipient, value, fee FROM leader.\"transaction\" "
                                           "WHERE block_height = ? ORDER BY id"));
                txs.addBindValue(applied + 1);
                txs.exec();
                while (txs.next()) {
                    const QString from = txs.value(0).toString(), to = txs.value(1).toString();
                    auto& sender = state.try_emplace(from, devnet::AccountRow{from, 0, 0}).first->second;
                    sender.balance -= txs.value(2).toLongLong() + txs.value(3).toLongLong();
                    sender.nonce += 1;
                    state.try_emplace(to, devnet::AccountRow{to, 0, 0}).first->second.balance +=
                        txs.value(2).toLongLong();
                }
            }
            const QString recorded = blocks.value(1).toString();
            if (devnet::accountStateRoot(state) != recorded) {
                qWarning("height %lld: ours %s, recorded %s", height,
                         qPrintable(devnet::accountStateRoot(state)), qPrintable(recorded));
                return -1;
            }
            ++compared;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return compared;
}
} // namespace

class TestStateTrie : public QObject {
    Q_OBJECT
private slots:
    void genesisRootIsTheRealNodes();
    void everyRecordedLeaderRootReplays();
    void everyRecordedFollowerRootReplays();
    void emptyTrieIsZeroRoot();
    void vectorsFromTheReferenceModel();
    void orderAndDuplicates();
    void hostileKeysDoNotExhaustTheStack();
};

void TestStateTrie::genesisRootIsTheRealNodes() {
    QCOMPARE(devnet::accountStateRoot(genesisState()), kRealGenesisRoot);
    // Zero balances count: without bob's empty account the root differs.
    devnet::AccountState withoutBob = genesisState();
    withoutBob.erase(QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm"));
    QVERIFY(devnet::accountStateRoot(withoutBob) != kRealGenesisRoot);
}

void TestStateTrie::everyRecordedLeaderRootReplays() {
    QCOMPARE(replayRecordedRoots(QStringLiteral("real-chain/chain.db"), QStringLiteral("leader")), 23);
}

void TestStateTrie::everyRecordedFollowerRootReplays() {
    QCOMPARE(replayRecordedRoots(QStringLiteral("real-chain/follower_importblock_chain.db"),
                                 QStringLiteral("follower")),
             22);
}

void TestStateTrie::emptyTrieIsZeroRoot() {
    QCOMPARE(hexRoot({}), QString(64, QLatin1Char('0')));
    QCOMPARE(devnet::accountStateRoot({}), QStringLiteral("0x") + QString(64, QLatin1Char('0')));
}

void TestStateTrie::vectorsFromTheReferenceModel() {
    QCOMPARE(hexRoot({{"k", "v"}}),
             QStringLiteral("20aa68468c9e248b593cef257ce08cebdf1034086277d6148a30c9dafe64169a"));
    // Extension over a shared nibble prefix, then a branch.
    QCOMPARE(hexRoot({{QByteArray("\x12\x34", 2), "x"}, {QByteArray("\x12\x35", 2), "y"}}),
             QStringLiteral("906875e041586e0112ae1d0db7d5f3c80be6a37f8981136f2796635d2c875e3f"));
    // Keys that are prefixes of others (branch values), the empty key and a byte above 0x7f.
    QCOMPARE(hexRoot({{"a", "1"}, {"ab", "2"}, {"abc", "3"}, {"b", "4"}, {"\xff", "5"}, {"", "6"}}),
             QStringLiteral("a4d8373a19cc183d3411c2edb8a1a7e81b87219a0e1365194a12cadd6c31285e"));
    std::vector<TrieEntry> nested;
    for (int i = 0; i < 300; ++i)
        nested.emplace_back(QByteArray(i, 'a') + 'b', QByteArray::number(i));
    QCOMPARE(hexRoot(nested),
             QStringLiteral("07fcae8e24d1d0fb0554d980cdae641ede66f69f0cf95e24ba895f440c17eb99"));
}

void TestStateTrie::orderAndDuplicates() {
    std::vector<TrieEntry> entries{{"a", "1"}, {"ab", "2"}, {"abc", "3"}, {"b", "4"}, {"\xff", "5"}};
    const QString sorted = hexRoot(entries);
    std::mt19937 rng(7);
    for (int i = 0; i < 10; ++i) {
        std::shuffle(entries.begin(), entries.end(), rng);
        QCOMPARE(hexRoot(entries), sorted);
    }
    // The last value of a repeated key counts.
    entries.emplace_back("b", "old");
    entries.emplace_back("b", "4");
    QCOMPARE(hexRoot(entries), sorted);
    entries.emplace_back("b", "5");
    QVERIFY(hexRoot(entries) != sorted);
}

void TestStateTrie::hostileKeysDoNotExhaustTheStack() {
    // 4 000 keys each one byte deeper than the last: 8 000 nested nodes, built without recursion.
    std::vector<TrieEntry> nested;
    for (int i = 0; i < 4000; ++i)
        nested.emplace_back(QByteArray(i, 'a') + 'b', "0:0");
    const QString root = hexRoot(nested);
    QCOMPARE(root.size(), 64);
    std::reverse(nested.begin(), nested.end());
    QCOMPARE(hexRoot(nested), root);
    // One 8 MiB key is a single leaf.
    QCOMPARE(hexRoot({{QByteArray(8 << 20, 'x'), "1:0"}}).size(), 64);
}

QTEST_GUILESS_MAIN(TestStateTrie)
#include "tst_state_trie.moc"
