// Conformance of a devnet leader with the real REF node: the requests of
// tests/data/real-chain/transcript.md replayed against a devnet started from the same genesis.json, with
// the same status codes, key sets, key order, types and error texts; chain.db encodings; malformed input.
#include "devnet/block_hash.h"
#include "devnet/chain_schema.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_http.h"
#include "devnet_support.h"
#include "protocol/timestamp.h"
#include "test_result.h"
#include "testdata.h"
#include "transcript.h"
#include "json/canonical.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace aitbc;

namespace {
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
const QString kGenesis = QStringLiteral("ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9");

QByteArray compact(const json::Value& v) {
    return json::dump(v, {json::Separators::Compact, false, false});
}

json::Value parse(const QString& text) {
    json::Value v;
    json::parse(text.toUtf8(), v);
    return v;
}

/// The JSON type pattern of a value: same keys, same kinds (int/float/string/...), recursively.
QString shape(const json::Value& v) {
    switch (v.type()) {
    case json::Value::Type::Object: {
        QStringList parts;
        for (const auto& [k, x] : v.asObject())
            parts << k + QLatin1Char(':') + shape(x);
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case json::Value::Type::Array:
        return v.asArray().empty() ? QStringLiteral("[]")
                                   : QLatin1Char('[') + shape(v.asArray().front()) + QLatin1Char(']');
    case json::Value::Type::Integer:
        return QStringLiteral("int");
    case json::Value::Type::Float:
        return QStringLiteral("float");
    case json::Value::Type::String:
        return QStringLiteral("str");
    case json::Value::Type::Bool:
        return QStringLiteral("bool");
    case json::Value::Type::Null:
        return QStringLiteral("null");
    }
    return {};
}
} // namespace

class TestDevnetRpc : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthHeadGenesis();
    void accounts();
    void genesisAllocationsIsBrokenLikeRef();
    void transcriptScenario();
    void validationErrorsMatchTranscript();
    void lookupsThatDoNotExist();
    void queryParameterErrors();
    void malformedRequestsGetErrors();
    void databaseMatchesRealEncodings();
    void stateRootLagsOneBlockLikeRef();
    void metricsAndOpenApi();

private:
    bool waitForNonce(const QString& address, qint64 nonce);
    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_node;
    QUrl m_url;
    QList<test::TranscriptEntry> m_transcript;
    qint64 m_startUs = 0;
};

void TestDevnetRpc::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_transcript = test::readTranscript();
    QVERIFY(m_transcript.size() > 20);
    devnet::NodeConfig cfg;
    cfg.dataDir = m_dir.path();
    cfg.genesis = test::realGenesis();
    // 1 s blocks: transactions sent right after an inclusion stay pending long enough to see the
    // "pending nonce" answers of transcript §2e/2f; no heartbeat blocks during the test.
    cfg.blockTimeSeconds = 1.0;
    cfg.idleBlockSeconds = 3600;
    m_node = std::make_unique<devnet::DevnetNode>(cfg);
    m_startUs = protocol::MicroTime::now().usecSinceEpoch;
    QVERIFY(test::succeeded(m_node->start()));
    m_url = m_node->url();
    QCOMPARE(m_url.host(), QStringLiteral("127.0.0.1"));
    // The genesis block is dated 2025, so the chain is idle: the first (heartbeat) block comes at the
    // proposer's first check, one block time after start (tst_devnet_ref_timing has the whole rule).
    QTRY_VERIFY_WITH_TIMEOUT(m_node->height() >= 1, 10000);
}

void TestDevnetRpc::cleanupTestCase() {
    m_node.reset();
}

bool TestDevnetRpc::waitForNonce(const QString& address, qint64 nonce) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        const auto r = test::httpGet(m_url, QStringLiteral("/rpc/account/") + address);
        if (r.json[QStringLiteral("nonce")].toInt64() == nonce)
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestDevnetRpc::healthHeadGenesis() {
    auto r = test::httpGet(m_url, QStringLiteral("/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("/health")).toUtf8());

    r = test::httpGet(m_url, QStringLiteral("/rpc/head"));
    QCOMPARE(r.status, 200);
    const json::Value realHead = parse(test::transcriptOutput(m_transcript, QStringLiteral("/rpc/head")));
    QCOMPARE(shape(r.json), shape(realHead));
    QVERIFY(r.json[QStringLiteral("height")].toInt64().value_or(0) >= 1);

    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks/0"));
    QCOMPARE(r.status, 200);
    const json::Value realGenesis =
        parse(test::transcriptOutput(m_transcript, QStringLiteral("/rpc/blocks/0")));
    QCOMPARE(shape(r.json), shape(realGenesis));
    // Byte-identical, the Merkle-Patricia state root included.
    QCOMPARE(compact(r.json), compact(realGenesis));

    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks/1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("proposer")].toString(), kGenesis);
    // Timing (depends on the clock, so the rule is checked): not sealed at start, one block time later.
    const auto sealed = protocol::MicroTime::parse(r.json[QStringLiteral("timestamp")].toString());
    QVERIFY(sealed && sealed->usecSinceEpoch >= m_startUs + 1000000);
    QCOMPARE(r.json[QStringLiteral("parent_hash")].toString(),
             realGenesis[QStringLiteral("hash")].toString());
}

void TestDevnetRpc::accounts() {
    auto r = test::httpGet(m_url, QStringLiteral("/rpc/account/") + kBob);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("/rpc/account/") + kBob).toUtf8());
    r = test::httpGet(m_url, QStringLiteral("/rpc/accounts/") + kBob);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("balance")].toInt64().value_or(-1), 0);
    r = test::httpGet(m_url, QStringLiteral("/rpc/account/ait1doesnotexist"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("ait1doesnotexist")).toUtf8());
}

void TestDevnetRpc::genesisAllocationsIsBrokenLikeRef() {
    // REF's handler raises; its request-logging middleware answers 503 (seen side by side; the transcript
    // recorded only the body).
    const auto r = test::httpGet(m_url, QStringLiteral("/rpc/genesis_allocations"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("genesis_allocations")).toUtf8());
}

void TestDevnetRpc::transcriptScenario() {
    const auto post = [&](const QByteArray& body) {
        return test::httpPost(m_url, QStringLiteral("/rpc/transaction"), body);
    };
    // 1. ping: the node hash depends only on the normalised dict, so it equals the real node's.
    const QByteArray ping = test::transcriptTxFile(m_transcript, QStringLiteral("01_ping.json"));
    QVERIFY(!ping.isEmpty());
    auto r = post(ping);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("@txs/01_ping.json")).toUtf8());
    QVERIFY(waitForNonce(kAlice, 1));
    r = test::httpGet(m_url, QStringLiteral("/rpc/account/") + kAlice);
    QCOMPARE(r.body,
             test::transcriptOutput(m_transcript, QStringLiteral("/rpc/account/") + kAlice, 10).toUtf8());
    r = test::httpGet(m_url, QStringLiteral("/rpc/account/") + kBob);
    QCOMPARE(r.json[QStringLiteral("balance")].toInt64().value_or(-1), 100);

    // The block with the ping: same item shape as the real /rpc/blocks/2, same payload, same tx hash.
    const qint64 h = m_node->height();
    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks/%1").arg(h));
    QCOMPARE(r.status, 200);
    const json::Value realBlock =
        parse(test::transcriptOutput(m_transcript, QStringLiteral("/rpc/blocks/2")));
    QCOMPARE(shape(r.json), shape(realBlock));
    QCOMPARE(compact(r.json[QStringLiteral("transactions")]),
             compact(realBlock[QStringLiteral("transactions")]));
    // blocks-range: the transaction rows in the real node's key order and types.
    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks-range?start=%1&end=%1").arg(h));
    const json::Value realRange =
        parse(test::transcriptOutput(m_transcript, QStringLiteral("blocks-range?start=2&end=2'")));
    QCOMPARE(shape(r.json), shape(realRange));
    const json::Value& ourRow =
        r.json[QStringLiteral("blocks")].asArray().front()[QStringLiteral("transactions")].asArray().front();
    const json::Value& realRow = realRange[QStringLiteral("blocks")]
                                     .asArray()
                                     .front()[QStringLiteral("transactions")]
                                     .asArray()
                                     .front();
    for (const char* key : {"chain_id", "tx_hash", "sender", "payload", "nonce", "fee", "status",
                            "tx_metadata", "recipient", "value", "type"})
        QCOMPARE(compact(ourRow[QString::fromLatin1(key)]), compact(realRow[QString::fromLatin1(key)]));
    QVERIFY(ourRow[QStringLiteral("timestamp")].toString().endsWith(QLatin1String("+00:00")));
    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks-range?start=%1&end=%1&include_tx=false").arg(h));
    QCOMPARE(shape(r.json),
             shape(parse(test::transcriptOutput(m_transcript, QStringLiteral("include_tx=false")))));

    // 2a/2b: a flipped signature and another chain id are accepted and mined (REF checks neither).
    for (const char* name : {"02_badsig.json", "03_wrongchain.json"}) {
        const QByteArray body = test::transcriptTxFile(m_transcript, QString::fromLatin1(name));
        QVERIFY(!body.isEmpty());
        QTest::qWait(50);
        r = post(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
                 test::transcriptOutput(m_transcript, QStringLiteral("@txs/") + QString::fromLatin1(name))
                     .toUtf8());
        QVERIFY(waitForNonce(kAlice, body.contains("\"nonce\": 1,") ? 2 : 3));
    }
    // 2c: insufficient balance, with bob's balance exactly as on the real node (102).
    const QString bobHas =
        QStringLiteral(
            R"({"type": "TRANSFER", "chain_id": "ait-mainnet", "from": "%1", "nonce": 0, "fee": 10, "payload": {"recipient": "%2", "amount": 1000000, "message": "too much"}})")
            .arg(kBob, kAlice);
    r = post(bobHas.toUtf8());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
             test::transcriptOutput(m_transcript, QStringLiteral("@txs/04_insufficient.json")).toUtf8());
    // 2d: replay of the mined ping.
    r = post(ping);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("@txs/01_ping.json"), 24).toUtf8());
    // 2e/2f: one pending transaction per sender.
    const QString tmpl = QStringLiteral(
        R"({"type": "TRANSFER", "chain_id": "ait-mainnet", "from": "%1", "nonce": %2, "fee": 10, "payload": {"recipient": "%3", "amount": 5, "message": "%4"}, "sig": "00ff"})");
    r = post(tmpl.arg(kAlice).arg(3).arg(kBob, QStringLiteral("first")).toUtf8());
    QCOMPARE(r.status, 200);
    // The real 05_first.json carried a signature (part of the hash), so compare the shape only.
    QCOMPARE(shape(r.json),
             shape(parse(test::transcriptOutput(m_transcript, QStringLiteral("@txs/05_first.json")))));
    // Still pending (next slot is a block time away): the mempool shows it as the node's normalised dict.
    const auto mem = test::httpGet(m_url, QStringLiteral("/rpc/mempool"));
    const json::Value realMem = parse(test::transcriptOutput(m_transcript, QStringLiteral("/rpc/mempool")));
    QCOMPARE(shape(mem.json), shape(realMem));
    r = post(tmpl.arg(kAlice).arg(3).arg(kBob, QStringLiteral("second")).toUtf8());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("@txs/06_second.json")).toUtf8());
    r = post(tmpl.arg(kAlice).arg(4).arg(kBob, QStringLiteral("next")).toUtf8());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("@txs/07_next.json")).toUtf8());
    QVERIFY(waitForNonce(kAlice, 4));
    // 3/4: pong from bob and the non-ASCII message; hashes as predicted on the real node.
    r = post(test::transcriptTxFile(m_transcript, QStringLiteral("09_pong.json")));
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("@txs/09_pong.json")).toUtf8());
    r = post(test::transcriptTxFile(m_transcript, QStringLiteral("10_unicode.json")));
    QCOMPARE(r.body, test::transcriptOutput(m_transcript, QStringLiteral("@txs/10_unicode.json")).toUtf8());
    QVERIFY(waitForNonce(kAlice, 5));
    QVERIFY(waitForNonce(kBob, 1));
    // /rpc/transactions ignores ?address= and returns the oldest rows: the first four equal the real ones
    // except the time fields.
    r = test::httpGet(m_url, QStringLiteral("/rpc/transactions?address=") + kBob);
    QCOMPARE(r.status, 200);
    const json::Value realList =
        parse(test::splitStatus(test::transcriptOutput(m_transcript, QStringLiteral("transactions?address=")))
                  .first);
    QVERIFY(r.json.isArray());
    QCOMPARE(r.json.asArray().size(), size_t(6));
    for (size_t i = 0; i < 4; ++i) {
        json::Value ours = r.json.asArray()[i], theirs = realList.asArray()[i];
        QCOMPARE(shape(ours), shape(theirs));
        if (i == 3) { // 05_first: the real body carried another signature, hence another hash
            ours.remove(QStringLiteral("tx_hash"));
            theirs.remove(QStringLiteral("tx_hash"));
        }
        for (const char* k : {"created_at", "timestamp"}) {
            ours.remove(QString::fromLatin1(k));
            theirs.remove(QString::fromLatin1(k));
        }
        QCOMPARE(compact(ours), compact(theirs));
    }
    // The unicode message comes back as UTF-8 through the RPC.
    const QString unicode = QString::fromUtf8("Grüße 👋 — привет, 你好");
    QVERIFY(r.json.asArray()[5][QStringLiteral("payload")][QStringLiteral("message")].toString() == unicode);
}

void TestDevnetRpc::validationErrorsMatchTranscript() {
    // Every inline -d body of transcript §2h, with the real node's exact answer.
    int checked = 0;
    for (const auto& e : m_transcript) {
        if (!e.command.startsWith(QLatin1String("curl")) || !e.command.contains(QLatin1String(" -d '")))
            continue;
        const qsizetype start = e.command.indexOf(QLatin1String(" -d '")) + 5;
        const qsizetype end = e.command.indexOf(QLatin1Char('\''), start);
        const QByteArray body = e.command.mid(start, end - start).toUtf8();
        const auto r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"), body);
        QCOMPARE(r.body, e.output.toUtf8());
        QCOMPARE(r.status, e.output.startsWith(QLatin1String("{\"detail\":[")) ? 422 : 400);
        ++checked;
    }
    QCOMPARE(checked, 4);
    // §2g: the guide's body.
    const QByteArray guide =
        R"({"type": "transfer", "from": "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay", "to": "x", "amount": 0, "fee": 10, "nonce": 1775819657114, "payload": "ping", "signature": "ab"})";
    const auto r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"), guide);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body,
             test::transcriptOutput(m_transcript, QStringLiteral("@txs/08_guide_style.json")).toUtf8());
}

void TestDevnetRpc::lookupsThatDoNotExist() {
    for (const QString& path :
         {QStringLiteral("/rpc/blocks/999999"), QStringLiteral("/rpc/transaction/0x00")}) {
        const auto r = test::httpGet(m_url, path);
        const auto [body, status] = test::splitStatus(test::transcriptOutput(m_transcript, path));
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, body.toUtf8());
    }
    auto r = test::httpGet(m_url, QStringLiteral("/rpc/transaction"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.body, QByteArray(R"({"detail":"Method Not Allowed"})"));
    // A chain the node does not serve: REF has no per-chain database for it, and the exception becomes 503.
    for (const QString& path : {QStringLiteral("/rpc/head?chain_id=ait-devnet"),
                                QStringLiteral("/rpc/blocks/1?chain_id=ait-devnet")}) {
        r = test::httpGet(m_url, path);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, QByteArray(R"({"detail":"Internal server error"})"));
    }
    // account, transactions, blocks-range (and the mempool) read the default chain's data filtered by
    // chain_id (§5.1): another chain simply has nothing.
    const QList<QPair<QString, QByteArray>> filtered{
        {QStringLiteral("/rpc/account/") + kAlice + QStringLiteral("?chain_id=ait-devnet"),
         R"({"detail":"Account not found"})"},
        {QStringLiteral("/rpc/transactions?chain_id=ait-devnet"), "[]"},
        {QStringLiteral("/rpc/blocks-range?start=0&end=5&chain_id=ait-devnet"),
         R"({"success":true,"blocks":[],"count":0})"},
        {QStringLiteral("/rpc/mempool?chain_id=ait-devnet"),
         R"({"success":true,"transactions":[],"count":0})"}};
    for (const auto& [path, body] : filtered) {
        r = test::httpGet(m_url, path);
        QCOMPARE(r.body, body);
    }
    QCOMPARE(test::httpGet(m_url,
                           QStringLiteral("/rpc/account/") + kAlice + QStringLiteral("?chain_id=ait-mainnet"))
                 .status,
             200);
    // The served chain, named explicitly, answers as without chain_id.
    r = test::httpGet(m_url, QStringLiteral("/rpc/head?chain_id=ait-mainnet"));
    QCOMPARE(r.status, 200);
}

void TestDevnetRpc::queryParameterErrors() {
    auto r = test::httpGet(m_url, QStringLiteral("/rpc/blocks/abc"));
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"detail":[{"type":"int_parsing","loc":["path","height"],"msg":"Input should be a valid integer, unable to parse string as an integer","input":"abc"}]})"));
    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks-range?start=0"));
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"detail":[{"type":"missing","loc":["query","end"],"msg":"Field required","input":null}]})"));
    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks-range?start=0&end=1&include_tx=maybe"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json[QStringLiteral("detail")].asArray().front()[QStringLiteral("type")].toString(),
             QStringLiteral("bool_parsing"));
    r = test::httpGet(m_url, QStringLiteral("/rpc/blocks-range?start=5&end=2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"success":true,"blocks":[],"count":0})"));
}

void TestDevnetRpc::malformedRequestsGetErrors() {
    // Bad JSON: FastAPI's json_invalid with the character position.
    auto r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"), "{\"type\": ");
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.body,
        QByteArray(
            R"({"detail":[{"type":"json_invalid","loc":["body",9],"msg":"JSON decode error","input":{},"ctx":{"error":"Expecting value"}}]})"));
    // Empty body.
    r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"), "");
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.body,
        QByteArray(R"({"detail":[{"type":"missing","loc":["body"],"msg":"Field required","input":null}]})"));
    // A JSON array, wrong types.
    r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"), "[1,2]");
    QCOMPARE(r.status, 422);
    r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"),
                       R"({"type":"TRANSFER","from":7,"nonce":"x","fee":1.5,"payload":{"to":"b"}})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json[QStringLiteral("detail")].asArray().size(), size_t(3));
    // Invalid UTF-8.
    r = test::httpPost(m_url, QStringLiteral("/rpc/transaction"), "{\"type\":\"\xff\"}");
    QCOMPARE(r.status, 400);
    // A body over the cap: 413 without reading it.
    QVERIFY(test::rawExchange(m_node->port(),
                              "POST /rpc/transaction HTTP/1.1\r\nContent-Type: application/json\r\n"
                              "Content-Length: 2097152\r\n\r\n{")
                .startsWith("HTTP/1.1 413"));
    // Garbage request line, oversized headers, a bad Content-Length: error responses, server survives.
    QVERIFY(test::rawExchange(m_node->port(), "HELLO\r\n\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(
        test::rawExchange(m_node->port(), "GET /health HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n")
            .startsWith("HTTP/1.1 431"));
    QVERIFY(test::rawExchange(m_node->port(), "POST /rpc/transaction HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
                .startsWith("HTTP/1.1 400"));
    // Keep-alive: two requests on one connection.
    const QByteArray two =
        test::rawExchange(m_node->port(), "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health "
                                          "HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(two.count("HTTP/1.1 200"), 2);
    // importBlock errors are 500 with the exception text, as at REF.
    // REF reads `hash` first, then height, parent_hash, proposer, timestamp: the first missing one is named.
    const QList<QPair<QByteArray, QByteArray>> missing{
        {"{}", "'hash'"},
        {R"({"height": 1})", "'hash'"},
        {R"({"hash": "0x01"})", "'height'"},
        {R"({"hash": "0x01", "height": 1})", "'parent_hash'"},
        {R"({"hash": "0x01", "height": 1, "parent_hash": "0x00"})", "'proposer'"},
        {R"({"hash": "0x01", "height": 1, "parent_hash": "0x00", "proposer": "p"})", "'timestamp'"}};
    for (const auto& [body, key] : missing) {
        r = test::httpPost(m_url, QStringLiteral("/rpc/importBlock"), body);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray(R"({"detail":"Failed to import block: )" + key + R"("})"));
    }
    QCOMPARE(test::httpGet(m_url, QStringLiteral("/health")).status, 200);
}

void TestDevnetRpc::databaseMatchesRealEncodings() {
    QTemporaryDir copyDir;
    const QString realPath = test::copyTestData(QStringLiteral("real-chain/chain.db"), copyDir);
    auto schemaOf = [](const QString& connection) {
        QSqlQuery q(QSqlDatabase::database(connection));
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1|%2|%3|%4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        return out;
    };
    {
        QSqlDatabase real = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("real"));
        real.setDatabaseName(realPath);
        QVERIFY(real.open());
        QSqlDatabase ours = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ours"));
        ours.setDatabaseName(m_node->databasePath());
        ours.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(ours.open());
        QCOMPARE(schemaOf(QStringLiteral("ours")), schemaOf(QStringLiteral("real")));
        QSqlQuery q(ours);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // The unicode payload is stored ASCII-escaped with Python's separators, nonce minus one.
        QVERIFY(q.exec(QStringLiteral("SELECT payload, nonce, timestamp, created_at, status FROM "
                                      "\"transaction\" WHERE payload LIKE '%Gr%'")));
        QVERIFY(q.next());
        QCOMPARE(
            q.value(0).toString(),
            QStringLiteral(
                R"({"amount": 1, "message": "Gr\u00fc\u00dfe \ud83d\udc4b \u2014 \u043f\u0440\u0438\u0432\u0435\u0442, \u4f60\u597d", "recipient": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "to": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "value": 1})"));
        QCOMPARE(q.value(1).toLongLong(), 3);
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?\+00:00$)"))
                    .match(q.value(2).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$)"))
                    .match(q.value(3).toString())
                    .hasMatch());
        QCOMPARE(q.value(4).toString(), QStringLiteral("confirmed"));
        QVERIFY(q.exec(QStringLiteral("SELECT nonce FROM \"transaction\" ORDER BY id LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), -1);
        // Every devnet block hash recomputes per §7.4; recipients got account rows; genesis as the real one.
        QVERIFY(q.exec(QStringLiteral("SELECT chain_id, height, hash, parent_hash, timestamp, tx_count, "
                                      "block_metadata FROM block ORDER BY height")));
        int blocks = 0;
        QString previous;
        while (q.next()) {
            QSqlQuery t(ours);
            t.prepare(QStringLiteral("SELECT tx_hash FROM \"transaction\" WHERE block_height = ?"));
            t.addBindValue(q.value(1));
            QVERIFY(t.exec());
            QStringList hashes;
            while (t.next())
                hashes << t.value(0).toString();
            QCOMPARE(qint64(hashes.size()), q.value(5).toLongLong());
            QCOMPARE(protocol::recomputeStoredBlockHash(q.value(0).toString(), q.value(1).toLongLong(),
                                                        q.value(3).toString(), q.value(4).toString(), hashes),
                     q.value(2).toString());
            if (blocks > 0)
                QCOMPARE(q.value(3).toString(), previous);
            previous = q.value(2).toString();
            ++blocks;
        }
        QVERIFY(blocks >= 7);
        QSqlQuery realGenesis(real);
        QVERIFY(realGenesis.exec(
                    QStringLiteral("SELECT hash, timestamp, block_metadata FROM block WHERE height = 0")) &&
                realGenesis.next());
        QVERIFY(
            q.exec(QStringLiteral("SELECT hash, timestamp, block_metadata FROM block WHERE height = 0")) &&
            q.next());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(q.value(i).toString(), realGenesis.value(i).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("real"));
    QSqlDatabase::removeDatabase(QStringLiteral("ours"));
}

void TestDevnetRpc::stateRootLagsOneBlockLikeRef() {
    // Runs after transcriptScenario: block 1 is a heartbeat, the ping is the first transaction. As on the
    // real chain (transcript: blocks 0, 1 and 2 share one root, block 3 has another), the root stored in a
    // block is the state after the previous block.
    const auto rootAt = [&](qint64 h) {
        return test::httpGet(m_url, QStringLiteral("/rpc/blocks/%1").arg(h))
            .json[QStringLiteral("state_root")]
            .toString();
    };
    qint64 ping = -1;
    for (qint64 h = 1; h <= m_node->height() && ping < 0; ++h)
        if (test::httpGet(m_url, QStringLiteral("/rpc/blocks/%1").arg(h))
                .json[QStringLiteral("tx_count")]
                .toInt64() == 1)
            ping = h;
    QVERIFY(ping >= 2);
    const QString genesisRoot = rootAt(0);
    QVERIFY(QRegularExpression(QStringLiteral("^0x[0-9a-f]{64}$")).match(genesisRoot).hasMatch());
    for (qint64 h = 1; h <= ping; ++h)
        QCOMPARE(rootAt(h), genesisRoot);
    QVERIFY(rootAt(ping + 1) != genesisRoot);
    // The value itself is REF's Merkle-Patricia root of the same genesis.
    const json::Value realGenesis =
        parse(test::transcriptOutput(m_transcript, QStringLiteral("/rpc/blocks/0")));
    QCOMPARE(genesisRoot, realGenesis[QStringLiteral("state_root")].toString());
    // The state after the ping alone, as the real chain.db stores it in block 3.
    QCOMPARE(rootAt(ping + 1),
             QStringLiteral("0x9ce17fffd52cdbafb254a2045328bed573eab28f2621e2e12646e5a578adfaa1"));
}

void TestDevnetRpc::metricsAndOpenApi() {
    auto r = test::httpGet(m_url, QStringLiteral("/metrics"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("text/plain"));
    // REF prints every value as a Python float.
    QVERIFY(QRegularExpression(
                QStringLiteral("# TYPE rpc_get_head_total counter\nrpc_get_head_total [1-9]\\d*\\.0\n"))
                .match(QString::fromUtf8(r.body))
                .hasMatch());
    QVERIFY(r.body.contains("\nmempool_size 0.0\n"));
    QVERIFY(r.body.contains("# TYPE rpc_rate_limited_total counter\nrpc_rate_limited_total 0.0\n"));
    for (const QByteArray& line : r.body.split('\n'))
        if (!line.isEmpty() && !line.startsWith('#'))
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+ -?\\d+\\.\\d+$"))
                         .match(QString::fromLatin1(line))
                         .hasMatch(),
                     line.constData());
    // REF's own OpenAPI document, byte for byte (version "v0.2.2", schemas, operationIds, 422 responses).
    r = test::httpGet(m_url, QStringLiteral("/openapi.json"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(r.body, test::readTestData(QStringLiteral("spec/node_openapi.json")));
    QCOMPARE(r.json[QStringLiteral("info")][QStringLiteral("version")].toString(), QStringLiteral("v0.2.2"));
    // Every operation it lists is served (no 404), with the method it names (405 for another one).
    int operations = 0;
    for (const auto& [path, methods] : r.json[QStringLiteral("paths")].asObject()) {
        QString concrete = path;
        concrete.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("1"));
        for (const auto& [method, op] : methods.asObject()) {
            Q_UNUSED(op)
            const QByteArray other = method == QLatin1String("get") ? "DELETE" : "GET";
            const auto answer = test::httpRequest(m_url, other, concrete);
            QVERIFY2(answer.status == 405, qPrintable(path));
            ++operations;
        }
    }
    QCOMPARE(operations, 31);
    // FastAPI's Swagger UI page.
    r = test::httpGet(m_url, QStringLiteral("/docs"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("text/html; charset=utf-8"));
    QVERIFY(r.body.contains("<title>AITBC Blockchain Node - Swagger UI</title>"));
    QVERIFY(r.body.contains("url: '/openapi.json',"));
    r = test::httpGet(m_url, QStringLiteral("/redoc"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("<redoc spec-url=\"/openapi.json\"></redoc>"));
}

QTEST_GUILESS_MAIN(TestDevnetRpc)
#include "tst_devnet_rpc.moc"
