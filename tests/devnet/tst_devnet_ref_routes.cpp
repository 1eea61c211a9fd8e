// The REF routes beyond the transcript (protocol.md §5.2, REF's OpenAPI document): the in-memory agent
// forum and contract registry, export-chain / import-chain / force-sync between two devnet nodes,
// transactions/marketplace (a row outside any block) and eth_getLogs (logs from receipt payloads).
#include "devnet/agent_forum.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_http.h"
#include "devnet_support.h"
#include "testdata.h"
#include "json/canonical.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

namespace {
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
const QString kGenesis = QStringLiteral("ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9");

QByteArray obj(const json::Value& v) {
    return json::dump(v, {json::Separators::Compact, false, false});
}
} // namespace

class TestDevnetRefRoutes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void forumTopicsPostsVotesSearch();
    void forumParameterErrors();
    void moderationNeedsAModerator();
    void contracts();
    void marketplaceWritesARowOutsideBlocks();
    void exportChainShape();
    void importChainAndForceSyncReplaceTheChain();
    void ethGetLogsFromReceipts();
    void forumMemoryIsBounded();

private:
    test::HttpResult post(const QString& path, const QByteArray& body) {
        return test::httpPost(m_url, path, body);
    }
    test::HttpResult get(const QString& path) { return test::httpGet(m_url, path); }
    std::unique_ptr<devnet::DevnetNode> startNode(const QString& sub);
    QTemporaryDir m_dir;
    protocol::GenesisFile m_genesis;
    std::unique_ptr<devnet::DevnetNode> m_node;
    QUrl m_url;
};

std::unique_ptr<devnet::DevnetNode> TestDevnetRefRoutes::startNode(const QString& sub) {
    devnet::NodeConfig cfg;
    cfg.dataDir = m_dir.filePath(sub);
    cfg.genesis = m_genesis;
    cfg.blockTimeSeconds = 0.5;
    cfg.idleBlockSeconds = 3600;
    return test::startDevnet(cfg);
}

void TestDevnetRefRoutes::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_genesis = test::realGenesis();
    m_node = startNode(QStringLiteral("a"));
    QVERIFY(m_node->isRunning());
    m_url = m_node->url();
    QTRY_VERIFY_WITH_TIMEOUT(m_node->height() >= 1, 20000);
}

void TestDevnetRefRoutes::cleanupTestCase() {
    m_node.reset();
}

void TestDevnetRefRoutes::forumTopicsPostsVotesSearch() {
    auto r = get(QStringLiteral("/rpc/messaging/topics"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"success":true,"topics":[],"total_topics":0,"limit":50,"offset":0})"));

    r = post(QStringLiteral("/rpc/messaging/topics/create"),
             R"({"agent_id":"alice","agent_address":")" + kAlice.toUtf8() +
                 R"(","title":"Pings","description":"ping/pong","tags":["test"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), true);
    const QString topic = r.json[QStringLiteral("topic_id")].toString();
    QVERIFY(topic.startsWith(QLatin1String("topic_")));
    QCOMPARE(r.json[QStringLiteral("topic")][QStringLiteral("title")].toString(), QStringLiteral("Pings"));

    const QString msgBody = QStringLiteral(R"({"agent_id":"%1","topic_id":"%2","content":"%3"})");
    r = post(QStringLiteral("/rpc/messaging/messages/post"),
             msgBody.arg(QStringLiteral("alice"), topic, QStringLiteral("ping über alles")).toUtf8());
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), true);
    const QString first = r.json[QStringLiteral("message_id")].toString();
    r = post(QStringLiteral("/rpc/messaging/messages/post"),
             msgBody.arg(QStringLiteral("bob"), topic, QStringLiteral("pong")).toUtf8());
    const QString second = r.json[QStringLiteral("message_id")].toString();
    QVERIFY(!second.isEmpty() && second != first);
    // Posting to a topic that does not exist is a business error: HTTP 200, success false.
    r = post(QStringLiteral("/rpc/messaging/messages/post"),
             msgBody.arg(QStringLiteral("bob"), QStringLiteral("topic_nope"), QStringLiteral("x")).toUtf8());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"success":false,"error":"Topic not found"})"));

    // Votes: one per agent and message, a second vote replaces the first; no voting on one's own message.
    const QString vote = QStringLiteral("/rpc/messaging/messages/%1/vote").arg(first);
    r = post(vote, R"({"agent_id":"bob","vote_type":"downvote"})");
    QCOMPARE(r.json[QStringLiteral("downvotes")].toInt64(), 1);
    r = post(vote, R"({"agent_id":"bob","vote_type":"upvote"})");
    QCOMPARE(r.json[QStringLiteral("upvotes")].toInt64(), 1);
    QCOMPARE(r.json[QStringLiteral("downvotes")].toInt64(), 0);
    r = post(vote, R"({"agent_id":"carol","vote_type":"upvote"})");
    QCOMPARE(r.json[QStringLiteral("upvotes")].toInt64(), 2);
    r = post(vote, R"({"agent_id":"alice","vote_type":"upvote"})");
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), false);
    r = post(vote, R"({"agent_id":"bob","vote_type":"sideways"})");
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), false);

    // The thread, oldest first by default; topic list shows the activity.
    r = get(QStringLiteral("/rpc/messaging/topics/%1/messages").arg(topic));
    QCOMPARE(r.json[QStringLiteral("total_messages")].toInt64(), 2);
    QCOMPARE(r.json[QStringLiteral("messages")].asArray()[0][QStringLiteral("message_id")].toString(), first);
    r = get(QStringLiteral("/rpc/messaging/topics/%1/messages?limit=1&offset=1").arg(topic));
    QCOMPARE(r.json[QStringLiteral("messages")].asArray().size(), size_t(1));
    QCOMPARE(r.json[QStringLiteral("messages")].asArray()[0][QStringLiteral("message_id")].toString(),
             second);
    r = get(QStringLiteral("/rpc/messaging/topics"));
    QCOMPARE(r.json[QStringLiteral("total_topics")].toInt64(), 1);
    QCOMPARE(r.json[QStringLiteral("topics")].asArray()[0][QStringLiteral("message_count")].toInt64(), 2);

    // Search is case-insensitive on content, UTF-8 safe.
    r = get(QStringLiteral("/rpc/messaging/messages/search?query=%C3%9CBER"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("total_matches")].toInt64(), 1);
    QCOMPARE(r.json[QStringLiteral("messages")].asArray()[0][QStringLiteral("content")].toString(),
             QString::fromUtf8("ping über alles"));

    // Reputation counts posts and received votes.
    r = get(QStringLiteral("/rpc/messaging/agents/alice/reputation"));
    QCOMPARE(r.json[QStringLiteral("reputation")][QStringLiteral("total_messages")].toInt64(), 1);
    QCOMPARE(r.json[QStringLiteral("reputation")][QStringLiteral("total_upvotes")].toInt64(), 2);
    QVERIFY(r.json[QStringLiteral("reputation")][QStringLiteral("reputation_score")].isFloat());
    r = get(QStringLiteral("/rpc/messaging/agents/nobody/reputation"));
    QCOMPARE(r.body, QByteArray(R"({"success":false,"error":"Agent not found"})"));

    // The messaging contract's state reflects the forum.
    r = get(QStringLiteral("/rpc/contracts/messaging/state"));
    QCOMPARE(r.json[QStringLiteral("state")][QStringLiteral("total_topics")].toInt64(), 1);
    QCOMPARE(r.json[QStringLiteral("state")][QStringLiteral("total_messages")].toInt64(), 2);
}

void TestDevnetRefRoutes::forumParameterErrors() {
    // As REF's OpenAPI document declares them: `query` required, integers checked, bodies must be objects.
    auto r = get(QStringLiteral("/rpc/messaging/messages/search"));
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"detail":[{"type":"missing","loc":["query","query"],"msg":"Field required","input":null}]})"));
    r = get(QStringLiteral("/rpc/messaging/topics?limit=ten"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json[QStringLiteral("detail")].asArray()[0][QStringLiteral("loc")].asArray()[1].toString(),
             QStringLiteral("limit"));
    r = post(QStringLiteral("/rpc/messaging/topics/create"), "[1]");
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"detail":[{"type":"dict_type","loc":["body"],"msg":"Input should be a valid dictionary","input":[1]}]})"));
    r = post(QStringLiteral("/rpc/messaging/topics/create"), "");
    QCOMPARE(r.status, 422);
    r = post(QStringLiteral("/rpc/messaging/topics/create"), R"({"agent_id":"a"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), false);
    // Wrong methods are 405, unknown forum paths 404.
    QCOMPARE(get(QStringLiteral("/rpc/messaging/topics/create")).status, 405);
    QCOMPARE(post(QStringLiteral("/rpc/messaging/topics"), "{}").status, 405);
    QCOMPARE(get(QStringLiteral("/rpc/messaging/nothing")).status, 404);
    QCOMPARE(get(QStringLiteral("/rpc/contracts/nothing")).status, 404);
}

void TestDevnetRefRoutes::moderationNeedsAModerator() {
    auto r = post(QStringLiteral("/rpc/messaging/topics/create"), R"({"agent_id":"bob","title":"Mod"})");
    const QString topic = r.json[QStringLiteral("topic_id")].toString();
    r = post(
        QStringLiteral("/rpc/messaging/messages/post"),
        QStringLiteral(R"({"agent_id":"bob","topic_id":"%1","content":"spam spam"})").arg(topic).toUtf8());
    const QString id = r.json[QStringLiteral("message_id")].toString();
    const QString path = QStringLiteral("/rpc/messaging/messages/%1/moderate").arg(id);
    r = post(path, R"({"moderator_agent_id":"bob","action":"hide"})");
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), false);
    // The node's proposer moderates.
    r = post(path, QStringLiteral(R"({"moderator_agent_id":"%1","action":"hide","reason":"spam"})")
                       .arg(kGenesis)
                       .toUtf8());
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), true);
    QCOMPARE(r.json[QStringLiteral("status")].toString(), QStringLiteral("hidden"));
    r = get(QStringLiteral("/rpc/messaging/topics/%1/messages").arg(topic));
    QCOMPARE(r.json[QStringLiteral("total_messages")].toInt64(), 0);
    r = get(QStringLiteral("/rpc/messaging/messages/search?query=spam"));
    QCOMPARE(r.json[QStringLiteral("total_matches")].toInt64(), 0);
    r = post(path,
             QStringLiteral(R"({"moderator_agent_id":"%1","action":"explode"})").arg(kGenesis).toUtf8());
    QCOMPARE(r.json[QStringLiteral("success")].toBool(), false);
}

void TestDevnetRefRoutes::contracts() {
    auto r = post(QStringLiteral("/rpc/contracts/deploy"), R"({"name":"kv","deployer":"alice"})");
    QCOMPARE(r.status, 200);
    const QString address = r.json[QStringLiteral("contract_address")].toString();
    QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{40}$")).match(address).hasMatch());
    r = post(QStringLiteral("/rpc/contracts/call"),
             QStringLiteral(R"({"contract_address":"%1","method":"set","params":{"key":"k","value":7}})")
                 .arg(address)
                 .toUtf8());
    QCOMPARE(r.json[QStringLiteral("result")].toBool(), true);
    r = post(QStringLiteral("/rpc/contracts/call"),
             QStringLiteral(R"({"contract_address":"%1","method":"get","params":{"key":"k"}})")
                 .arg(address)
                 .toUtf8());
    QCOMPARE(r.json[QStringLiteral("result")].toInt64(), 7);
    r = post(QStringLiteral("/rpc/contracts/call"), R"({"contract_address":"0xdead","method":"get"})");
    QCOMPARE(r.body, QByteArray(R"({"success":false,"error":"Contract not found"})"));
    r = post(QStringLiteral("/rpc/contracts/deploy/messaging"), R"({"deployer":"carol"})");
    const QString messaging = r.json[QStringLiteral("contract_address")].toString();
    QVERIFY(!messaging.isEmpty());
    // Deploying it again gives the same contract.
    QCOMPARE(post(QStringLiteral("/rpc/contracts/deploy/messaging"), "{}")
                 .json[QStringLiteral("contract_address")]
                 .toString(),
             messaging);
    r = get(QStringLiteral("/rpc/contracts"));
    QCOMPARE(r.json[QStringLiteral("count")].toInt64(), 2);
    // Nothing can verify a ZK proof here, so nothing is reported as verified.
    r = post(QStringLiteral("/rpc/contracts/verify"), R"({"proof":"00"})");
    QCOMPARE(r.json[QStringLiteral("verified")].toBool(), false);
    QCOMPARE(post(QStringLiteral("/rpc/contracts/verify"), "7").status, 422);
}

void TestDevnetRefRoutes::marketplaceWritesARowOutsideBlocks() {
    const qint64 aliceBefore =
        get(QStringLiteral("/rpc/account/") + kAlice).json[QStringLiteral("balance")].toInt64().value_or(-1);
    const QString newcomer = QStringLiteral("ait1marketplacebuyer");
    auto r =
        post(QStringLiteral("/rpc/transactions/marketplace"),
             QStringLiteral(R"({"from":"%1","to":"%2","amount":25,"fee":1,"payload":{"order_id":"o-1"}})")
                 .arg(kAlice, newcomer)
                 .toUtf8());
    QCOMPARE(r.status, 200);
    const QString hash = r.json[QStringLiteral("tx_hash")].toString();
    QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{64}$")).match(hash).hasMatch());
    QCOMPARE(
        obj(r.json).replace(hash.toUtf8(), "H"),
        QStringLiteral(
            R"({"success":true,"tx_hash":"H","status":"pending","chain_id":"ait-mainnet","amount":25,"fee":1,"from":"%1","to":"%2"})")
            .arg(kAlice, newcomer)
            .toUtf8());
    // Balances change at once, the recipient's account row is created, and the row is listed (pending,
    // no block) but never appears in a block.
    QCOMPARE(get(QStringLiteral("/rpc/account/") + kAlice).json[QStringLiteral("balance")].toInt64(),
             aliceBefore - 26);
    QCOMPARE(get(QStringLiteral("/rpc/account/") + newcomer).json[QStringLiteral("balance")].toInt64(), 25);
    r = get(QStringLiteral("/rpc/transactions?order_id=o-1"));
    QCOMPARE(r.json.asArray().size(), size_t(1));
    QCOMPARE(r.json.asArray()[0][QStringLiteral("status")].toString(), QStringLiteral("pending"));
    QCOMPARE(r.json.asArray()[0][QStringLiteral("tx_hash")].toString(), hash);
    QVERIFY(r.json.asArray()[0][QStringLiteral("timestamp")].isNull());
    const qint64 h = m_node->height();
    r = get(QStringLiteral("/rpc/blocks-range?start=0&end=%1").arg(h));
    QVERIFY(!r.body.contains(hash.toUtf8()));
    // Errors: unknown sender, too little balance, missing parties, non-object body.
    r = post(QStringLiteral("/rpc/transactions/marketplace"), R"({"from":"ait1nobody","to":"x","amount":1})");
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"detail":"Failed to submit marketplace transaction: sender account not found on chain 'ait-mainnet'"})"));
    r = post(QStringLiteral("/rpc/transactions/marketplace"),
             QStringLiteral(R"({"from":"%1","to":"x","amount":1000000000000})").arg(kBob).toUtf8());
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("insufficient balance"));
    QCOMPARE(post(QStringLiteral("/rpc/transactions/marketplace"), R"({"amount":1})").status, 400);
    QCOMPARE(post(QStringLiteral("/rpc/transactions/marketplace"), "\"x\"").status, 422);
}

void TestDevnetRefRoutes::exportChainShape() {
    const auto r = get(QStringLiteral("/rpc/export-chain"));
    QCOMPARE(r.status, 200);
    const json::Value& data = r.json[QStringLiteral("export_data")];
    QStringList keys;
    for (const auto& [k, v] : r.json.asObject())
        keys << k;
    QCOMPARE(keys, (QStringList{QStringLiteral("success"), QStringLiteral("export_data"),
                                QStringLiteral("export_size_bytes")}));
    keys.clear();
    for (const auto& [k, v] : data.asObject())
        keys << k;
    QCOMPARE(keys, (QStringList{QStringLiteral("chain_id"), QStringLiteral("export_timestamp"),
                                QStringLiteral("block_count"), QStringLiteral("account_count"),
                                QStringLiteral("transaction_count"), QStringLiteral("blocks"),
                                QStringLiteral("accounts"), QStringLiteral("transactions")}));
    QCOMPARE(data[QStringLiteral("block_count")].toInt64(),
             qint64(data[QStringLiteral("blocks")].asArray().size()));
    QVERIFY(data[QStringLiteral("block_count")].toInt64().value_or(0) >= 2);
    QCOMPARE(data[QStringLiteral("account_count")].toInt64(),
             qint64(data[QStringLiteral("accounts")].asArray().size()));
    // Every row, the marketplace one outside any block included.
    QCOMPARE(data[QStringLiteral("transaction_count")].toInt64(),
             qint64(data[QStringLiteral("transactions")].asArray().size()));
    QVERIFY(data[QStringLiteral("transactions")].asArray().size() >= 1);
    QVERIFY(data[QStringLiteral("transactions")].asArray().back()[QStringLiteral("block_height")].isNull());
    // Genesis keeps its allocations metadata; the size is that of json.dumps(export_data).
    const json::Value& genesis = data[QStringLiteral("blocks")].asArray()[0];
    QVERIFY(genesis[QStringLiteral("block_metadata")].toString().startsWith(
        QLatin1String("{\"allocations\": [")));
    QCOMPARE(r.json[QStringLiteral("export_size_bytes")].toInt64(),
             qint64(json::dump(data, {json::Separators::Spaced, false, true}).size()));
    // Another chain id: the default chain's database filtered by it, so nothing.
    const auto other = get(QStringLiteral("/rpc/export-chain?chain_id=ait-devnet"));
    QCOMPARE(other.json[QStringLiteral("export_data")][QStringLiteral("block_count")].toInt64(), 0);
}

void TestDevnetRefRoutes::importChainAndForceSyncReplaceTheChain() {
    auto second = startNode(QStringLiteral("b"));
    QVERIFY(second->isRunning());
    const QUrl url = second->url();
    // force-sync: the second node takes the first node's chain up to height 1 ...
    auto r = test::httpPost(
        url, QStringLiteral("/rpc/force-sync"),
        QStringLiteral(R"({"peer_url":"%1","target_height":1})").arg(m_url.toString()).toUtf8());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("imported_blocks")].toInt64(), 2);
    const QString ours1 =
        test::httpGet(url, QStringLiteral("/rpc/blocks/1")).json[QStringLiteral("hash")].toString();
    QCOMPARE(ours1, get(QStringLiteral("/rpc/blocks/1")).json[QStringLiteral("hash")].toString());
    // ... and import-chain replaces it with a whole export, accounts included (the marketplace buyer too).
    const auto exported = get(QStringLiteral("/rpc/export-chain"));
    r = test::httpPost(url, QStringLiteral("/rpc/import-chain"), exported.body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("imported_blocks")].toInt64(),
             exported.json[QStringLiteral("export_data")][QStringLiteral("block_count")].toInt64());
    QCOMPARE(test::httpGet(url, QStringLiteral("/rpc/account/ait1marketplacebuyer")).status, 200);
    // Errors name what is missing, as REF's handlers do; the chain is left as it was.
    r = test::httpPost(url, QStringLiteral("/rpc/import-chain"), R"({"accounts":[],"transactions":[]})");
    QCOMPARE(r.status, 500);
    QCOMPARE(r.body, QByteArray(R"({"detail":"Failed to import chain: 'blocks'"})"));
    r = test::httpPost(url, QStringLiteral("/rpc/force-sync"), "{}");
    QCOMPARE(r.status, 500);
    QCOMPARE(r.body, QByteArray(R"({"detail":"Failed to force sync: 'peer_url'"})"));
    r = test::httpPost(url, QStringLiteral("/rpc/force-sync"), R"({"peer_url":"http://127.0.0.1:1"})");
    QCOMPARE(r.status, 500);
    QVERIFY(test::httpGet(url, QStringLiteral("/rpc/head"))
                .json[QStringLiteral("height")]
                .toInt64()
                .value_or(0) >= 1);
}

void TestDevnetRefRoutes::ethGetLogsFromReceipts() {
    auto r = post(QStringLiteral("/rpc/eth_getLogs"), "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"logs":[],"count":0})"));
    // A receipt row as the node's schema holds it, written beside the running node (WAL, busy timeout).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("receipts"));
        db.setDatabaseName(m_node->databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO receipt (chain_id, job_id, receipt_id, block_height, payload, miner_signature, "
            "coordinator_attestations, minted_amount, recorded_at, status) VALUES ('ait-mainnet', 'j1', "
            "'r1', 1, "
            "'{\"tx_hash\": \"0xabc\", \"logs\": [{\"address\": \"0xc0\", \"topics\": [\"Transfer\", \"a\"], "
            "\"data\": \"0x01\"}, {\"address\": \"0xc1\", \"topics\": [\"Other\"], \"data\": {\"k\": 1}}]}', "
            "'{}', '[]', 0, '2026-12-03 00:00:00.000000', 'pending')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("receipts"));
    r = post(QStringLiteral("/rpc/eth_getLogs"), "{}");
    QCOMPARE(r.json[QStringLiteral("count")].toInt64(), 2);
    r = post(QStringLiteral("/rpc/eth_getLogs"),
             R"({"address":"0xc0","topics":["Transfer"],"from_block":1,"to_block":1})");
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"logs":[{"address":"0xc0","topics":["Transfer","a"],"data":"0x01","block_number":1,"transaction_hash":"0xabc","log_index":0}],"count":1})"));
    r = post(QStringLiteral("/rpc/eth_getLogs"), R"({"from_block":2})");
    QCOMPARE(r.json[QStringLiteral("count")].toInt64(), 0);
    // The request model's validation: 422 with pydantic's wording.
    r = post(QStringLiteral("/rpc/eth_getLogs"), R"({"from_block":"x"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json[QStringLiteral("detail")].asArray()[0][QStringLiteral("type")].toString(),
             QStringLiteral("int_parsing"));
    r = post(QStringLiteral("/rpc/eth_getLogs"), R"({"topics":"Transfer"})");
    QCOMPARE(r.status, 422);
    r = post(QStringLiteral("/rpc/eth_getLogs"), "[]");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json[QStringLiteral("detail")].asArray()[0][QStringLiteral("type")].toString(),
             QStringLiteral("model_attributes_type"));
}

void TestDevnetRefRoutes::forumMemoryIsBounded() {
    // The forum lives in the node's memory, so a flood of requests meets a limit instead of exhausting it
    // (driven in-process: 100 000 HTTP posts would only test the machine's patience).
    devnet::AgentForum forum;
    json::Value topic = json::Value::object();
    topic.insert(QStringLiteral("agent_id"), QStringLiteral("flood"));
    topic.insert(QStringLiteral("title"), QStringLiteral("t"));
    QString first;
    int created = 0;
    for (; created < 20000; ++created) {
        const json::Value r = forum.createTopic(topic);
        if (!r[QStringLiteral("success")].toBool())
            break;
        if (first.isEmpty())
            first = r[QStringLiteral("topic_id")].toString();
    }
    QCOMPARE(created, 10000);
    QCOMPARE(forum.topicCount(), 10000);
    json::Value message = json::Value::object();
    message.insert(QStringLiteral("agent_id"), QStringLiteral("flood"));
    message.insert(QStringLiteral("topic_id"), first);
    message.insert(QStringLiteral("content"), QStringLiteral("x"));
    int posted = 0;
    for (; posted < 200000; ++posted)
        if (!forum.postMessage(message)[QStringLiteral("success")].toBool())
            break;
    QCOMPARE(posted, 100000);
    // Oversized content is refused as a whole.
    message.insert(QStringLiteral("content"), QString(10001, QLatin1Char('y')));
    QCOMPARE(forum.postMessage(message)[QStringLiteral("error")].toString(),
             QStringLiteral("Content too long (max 10000 characters)"));
}

QTEST_GUILESS_MAIN(TestDevnetRefRoutes)
#include "tst_devnet_ref_routes.moc"
