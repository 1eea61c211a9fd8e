// Both Node implementations against a devnet loaded with the same messages as the recorded real chain:
// the 20 transfers of tests/data/real-chain/chain.db are submitted again through the RPC (REF bodies, §1.2),
// then every address's messages are listed by RpcNode (blocks-range scan), by DbNode on the devnet's
// own chain.db, by DbNode on the real chain.db, and by the aitbc-agent CLI; all must agree text for text.
#include "chain/db_node.h"
#include "chain/node_profile.h"
#include "chain/rpc_node.h"
#include "chain_test_util.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_support.h"
#include "test_result.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;

namespace {

using test::get;

QStringList texts(const QList<ChainMessage>& list) {
    QStringList out;
    for (const ChainMessage& m : list)
        out << m.text;
    return out;
}

} // namespace

class TestRpcDevnet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameMessagesThroughEveryPath();
    void healthAndReads();
    void cliAgainstDevnetAndDb();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_realDb;
    std::unique_ptr<devnet::DevnetNode> m_devnet;
    QStringList m_addresses;
};

void TestRpcDevnet::initTestCase() {
    m_realDb = test::copyTestData(QStringLiteral("real-chain/chain.db"), m_dir);
    devnet::NodeConfig config;
    config.dataDir = m_dir.filePath(QStringLiteral("devnet"));
    config.blockTimeSeconds = 0.2;
    config.genesis = test::realGenesis();
    m_devnet = std::make_unique<devnet::DevnetNode>(config);
    QVERIFY(test::succeeded(m_devnet->start()));

    // Replay the real chain's transactions, in chain order, one at a time (one pending per sender, §10.10).
    DbNode real(DbOptions{m_realDb, QStringLiteral("ait-mainnet"), 5000});
    const auto tip = get(real.head());
    QVERIFY(tip.ok());
    const auto blocks = get(real.blocks(0, tip->height, true));
    QVERIFY(blocks.ok());
    RpcOptions o;
    o.baseUrl = m_devnet->url();
    o.chainId = QStringLiteral("ait-mainnet");
    RpcNode rpc(o);
    int sent = 0;
    for (const Block& b : blocks.value()) {
        for (const Transaction& t : b.transactions) {
            if (!m_addresses.contains(t.sender))
                m_addresses << t.sender;
            if (!m_addresses.contains(t.recipient))
                m_addresses << t.recipient;
            const auto acct = get(rpc.account(t.sender));
            QVERIFY2(acct.ok(), qPrintable(acct.error().message));
            json::Value payload = json::Value::object();
            payload.insert(QStringLiteral("recipient"), t.recipient);
            payload.insert(QStringLiteral("amount"), t.value);
            payload.insert(QStringLiteral("message"), t.payload[QStringLiteral("message")]);
            json::Value body = json::Value::object();
            body.insert(QStringLiteral("type"), QStringLiteral("TRANSFER"));
            body.insert(QStringLiteral("from"), t.sender);
            body.insert(QStringLiteral("nonce"), acct->nonce);
            body.insert(QStringLiteral("fee"), t.fee);
            body.insert(QStringLiteral("payload"), payload);
            body.insert(QStringLiteral("chain_id"), QStringLiteral("ait-mainnet"));
            const auto submitted = get(rpc.submit(body));
            QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
            QVERIFY(submitted->txHash.startsWith(QLatin1String("0x")));
            // Wait until it is mined (the mempool drains), bounded.
            bool mined = false;
            for (int i = 0; i < 200 && !mined; ++i) {
                QTest::qWait(50);
                const auto pool = get(rpc.mempool());
                mined = pool.ok() && pool->isEmpty();
            }
            QVERIFY2(mined, "transaction not mined within 10 s");
            ++sent;
        }
    }
    QCOMPARE(sent, 20);
}

void TestRpcDevnet::sameMessagesThroughEveryPath() {
    DbNode real(DbOptions{m_realDb, QStringLiteral("ait-mainnet"), 5000});
    RpcOptions o;
    o.baseUrl = m_devnet->url();
    o.chainId = QStringLiteral("ait-mainnet");
    RpcNode rpc(o);
    DbNode devnetDb(DbOptions{m_devnet->databasePath(), QStringLiteral("ait-mainnet"), 5000});
    QCOMPARE(m_addresses.size(), 3);
    for (const QString& address : std::as_const(m_addresses)) {
        const auto expected = get(real.messages(address));
        QVERIFY(expected.ok());
        const auto viaRpc = get(rpc.messages(address));
        QVERIFY2(viaRpc.ok(), qPrintable(viaRpc.error().message));
        const auto viaDb = get(devnetDb.messages(address));
        QVERIFY2(viaDb.ok(), qPrintable(viaDb.error().message));
        QCOMPARE(texts(viaRpc.value()), texts(expected.value()));
        QCOMPARE(texts(viaDb.value()), texts(expected.value()));
        for (qsizetype i = 0; i < viaRpc->size(); ++i) {
            QCOMPARE(viaRpc->at(i).txHash, viaDb->at(i).txHash);
            QCOMPARE(viaRpc->at(i).blockHeight, viaDb->at(i).blockHeight);
            QCOMPARE(viaRpc->at(i).direction, expected->at(i).direction);
            QCOMPARE(viaRpc->at(i).sender, expected->at(i).sender);
        }
    }
}

void TestRpcDevnet::healthAndReads() {
    NodeProfile profile;
    profile.rpcUrl = m_devnet->url().toString();
    profile.chainDbPath = m_devnet->databasePath();
    auto node = createNode(profile);
    QVERIFY(node);
    const auto h = get(node->health());
    QVERIFY2(h.ok(), qPrintable(h.error().message));
    QCOMPARE(h->protocol, Protocol::Ref);
    QCOMPARE(node->chainId(), QStringLiteral("ait-mainnet"));
    const auto tip = get(node->head());
    QVERIFY(tip.ok());
    QVERIFY(tip->height >= 20);
    const auto block = get(node->block(tip->height));
    QVERIFY(block.ok());
    QCOMPARE(block->header.hash, tip->hash);

    // Head subscription: a new block is reported through headChanged.
    QSignalSpy spy(node.get(), &Node::headChanged);
    node->watchHead(100);
    QVERIFY(spy.wait(5000));
    node->watchHead(0);
}

void TestRpcDevnet::cliAgainstDevnetAndDb() {
#ifndef AITBC_AGENT_PATH
    QSKIP("aitbc-agent is not built in this configuration");
#else
    const QString address = m_addresses.value(1);
    QJsonArray lists[2];
    const QStringList sources[2] = {{QStringLiteral("--db"), m_realDb},
                                    {QStringLiteral("--node"), m_devnet->url().toString()}};
    for (int i = 0; i < 2; ++i) {
        QProcess p;
        p.start(QStringLiteral(AITBC_AGENT_PATH),
                QStringList{QStringLiteral("messages"), QStringLiteral("--address"), address} + sources[i] +
                    QStringList{QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 p.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(out.value(QStringLiteral("address")).toString(), address);
        lists[i] = out.value(QStringLiteral("messages")).toArray();
    }
    QVERIFY(!lists[0].isEmpty());
    QCOMPARE(lists[0].size(), lists[1].size());
    for (qsizetype i = 0; i < lists[0].size(); ++i) {
        const QJsonObject a = lists[0].at(i).toObject(), b = lists[1].at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("text")).toString(), b.value(QStringLiteral("text")).toString());
        QCOMPARE(a.value(QStringLiteral("direction")).toString(),
                 b.value(QStringLiteral("direction")).toString());
        for (const char* key :
             {"tx_hash", "block_height", "sender", "recipient", "text", "direction", "timestamp"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
    }

    QProcess status;
    status.start(QStringLiteral(AITBC_AGENT_PATH),
                 {QStringLiteral("node"), QStringLiteral("status"), QStringLiteral("--node"),
                  m_devnet->url().toString(), QStringLiteral("--json")});
    QVERIFY(status.waitForFinished(60000));
    QCOMPARE(status.exitCode(), 0);
    const QJsonObject s = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    QCOMPARE(s.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("chain_id")).toString(), QStringLiteral("ait-mainnet"));
    QCOMPARE(s.value(QStringLiteral("protocol")).toString(), QStringLiteral("ref"));
    QVERIFY(s.value(QStringLiteral("height")).toInteger() >= 20);
    QVERIFY(s.value(QStringLiteral("hash")).toString().startsWith(QLatin1String("0x")));
    QCOMPARE(s.value(QStringLiteral("mempool_count")).toInteger(-1), 0);

    // An unreachable node: a clear answer, not a hang.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess down;
    down.start(QStringLiteral(AITBC_AGENT_PATH),
               {QStringLiteral("node"), QStringLiteral("status"), QStringLiteral("--node"),
                QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--json")});
    QVERIFY(down.waitForFinished(60000));
    QCOMPARE(down.exitCode(), 1);
    const QJsonObject d = QJsonDocument::fromJson(down.readAllStandardOutput()).object();
    QCOMPARE(d.value(QStringLiteral("reachable")).toBool(), false);
    QVERIFY(d.value(QStringLiteral("error")).toString().contains(QLatin1String("cannot reach")));
#endif
}

void TestRpcDevnet::cleanupTestCase() {
    m_devnet.reset();
}

QTEST_GUILESS_MAIN(TestRpcDevnet)
#include "tst_rpc_devnet.moc"
