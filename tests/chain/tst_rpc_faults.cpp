// RpcNode against raw HTTP responders on 127.0.0.1 that misbehave on purpose (a node that is down, that
// never answers, HTML error pages, invalid JSON, 50 MB bodies, 429/503 then success, 400/422 details,
// gzip) and that impersonate REF, APRIL and HEAD for protocol detection. Raw responders are used only
// because no real node can be made to misbehave this way; healthy behaviour is in tst_rpc_devnet.
#include "chain/rpc_node.h"
#include "chain_test_util.h"
#include "raw_http_server.h"

#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;
using test::RawHttpServer;
using test::RawRequest;

namespace {

using test::get;

std::unique_ptr<RpcNode> nodeFor(const QString& url, int timeoutMs = 3000, int retries = 2) {
    RpcOptions o;
    o.baseUrl = QUrl(url);
    o.chainId = QStringLiteral("ait-mainnet");
    o.timeoutMs = timeoutMs;
    o.maxRetries = retries;
    o.backoffMs = 50;
    return std::make_unique<RpcNode>(o);
}

const QByteArray kHead =
    R"({"height": 7, "hash": "0xabc", "timestamp": "2026-05-09T12:34:56.789012", "tx_count": 1})";

QByteArray ok(const QByteArray& body) {
    return RawHttpServer::response(200, body);
}

} // namespace

class TestRpcFaults : public QObject {
    Q_OBJECT
private slots:
    void nodeDown();
    void neverAnswers();
    void htmlPage();
    void invalidJson();
    void hugeResponseWithLength();
    void hugeResponseWithoutLength();
    void retriesTransientErrorsForReadsOnly();
    void rateLimitedThenOk();
    void rateLimitedTooLong();
    void rejectionDetailsVerbatim();
    void gzipIsInflated();
    void accountNotFoundMeansNoAccount();
    void protocolDetection_data();
    void protocolDetection();
    void messagesScanBlocksRange();
};

void TestRpcFaults::nodeDown() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: connections are refused
    auto node = nodeFor(QStringLiteral("http://127.0.0.1:%1").arg(port), 2000, 1);
    const auto r = get(node->head());
    QCOMPARE(r.error().kind, NodeError::Kind::Unreachable);
    QVERIFY2(r.error().message.contains(QLatin1String("cannot reach")), qPrintable(r.error().message));
    const auto h = get(node->health());
    QCOMPARE(h.error().kind, NodeError::Kind::Unreachable);
}

void TestRpcFaults::neverAnswers() {
    RawHttpServer server([](const RawRequest&) { return QByteArray(); });
    auto node = nodeFor(server.url(), 600, 1);
    const auto r = get(node->head());
    QCOMPARE(r.error().kind, NodeError::Kind::Timeout);
    QVERIFY2(r.error().message.contains(QLatin1String("no answer")), qPrintable(r.error().message));
    QCOMPARE(server.requests().size(), 2); // one retry for a read
    const auto m = get(node->messages(QStringLiteral("ait1x")));
    QCOMPARE(m.error().kind, NodeError::Kind::Timeout);
}

void TestRpcFaults::htmlPage() {
    RawHttpServer server([](const RawRequest&) {
        return RawHttpServer::response(
            200, "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head></html>", "text/html");
    });
    auto node = nodeFor(server.url());
    const auto r = get(node->head());
    QCOMPARE(r.error().kind, NodeError::Kind::BadResponse);
    QVERIFY2(r.error().message.contains(QLatin1String("HTML page \"Welcome to nginx!\"")),
             qPrintable(r.error().message));

    RawHttpServer gateway([](const RawRequest&) {
        return RawHttpServer::response(502, "<html><title>502 Bad Gateway</title></html>", "text/html");
    });
    auto node2 = nodeFor(gateway.url(), 3000, 1);
    const auto r2 = get(node2->head());
    QCOMPARE(r2.error().kind, NodeError::Kind::Http);
    QCOMPARE(r2.error().httpStatus, 502);
    QVERIFY2(r2.error().message.contains(QLatin1String("502 Bad Gateway")), qPrintable(r2.error().message));
}

void TestRpcFaults::invalidJson() {
    RawHttpServer server([](const RawRequest&) { return ok(R"({"height": 7, "hash": )"); });
    auto node = nodeFor(server.url());
    const auto r = get(node->head());
    QCOMPARE(r.error().kind, NodeError::Kind::BadResponse);
    QVERIFY2(r.error().message.contains(QLatin1String("invalid JSON")), qPrintable(r.error().message));
    // Valid JSON of the wrong shape is also refused, not half-read.
    RawHttpServer shape([](const RawRequest&) { return ok(R"(["height", 7])"); });
    auto node2 = nodeFor(shape.url());
    QCOMPARE(get(node2->head()).error().kind, NodeError::Kind::BadResponse);
}

void TestRpcFaults::hugeResponseWithLength() {
    RawHttpServer server(
        [](const RawRequest&) { return ok("{\"pad\": \"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}"); });
    auto node = nodeFor(server.url(), 20000);
    const auto r = get(node->mempool());
    QCOMPARE(r.error().kind, NodeError::Kind::BadResponse);
    QVERIFY2(r.error().message.contains(QLatin1String("larger than 16 MB")), qPrintable(r.error().message));
}

void TestRpcFaults::hugeResponseWithoutLength() {
    RawHttpServer server([](const RawRequest&) -> QByteArray {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                          "close\r\n\r\n{\"pad\": \"") +
               QByteArray(50 * 1024 * 1024, 'x') + "\"}";
    });
    auto node = nodeFor(server.url(), 20000);
    const auto r = get(node->mempool());
    QCOMPARE(r.error().kind, NodeError::Kind::BadResponse);
    QVERIFY2(r.error().message.contains(QLatin1String("larger than 16 MB")), qPrintable(r.error().message));
}

void TestRpcFaults::retriesTransientErrorsForReadsOnly() {
    int calls = 0;
    RawHttpServer server([&calls](const RawRequest& r) {
        if (r.method == "GET" && ++calls < 3)
            return RawHttpServer::response(503, R"({"detail":"Service Unavailable"})");
        if (r.method == "POST")
            return RawHttpServer::response(503, R"({"detail":"Service Unavailable"})");
        return ok(kHead);
    });
    auto node = nodeFor(server.url());
    const auto r = get(node->head());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->height, 7);
    QCOMPARE(calls, 3);
    const qsizetype before = server.requests().size();
    const auto s = get(node->submit(json::Value::object()));
    QCOMPARE(s.error().kind, NodeError::Kind::Http);
    QCOMPARE(s.error().httpStatus, 503);
    QCOMPARE(server.requests().size(), before + 1); // a POST is never repeated
}

void TestRpcFaults::rateLimitedThenOk() {
    int calls = 0;
    RawHttpServer server([&calls](const RawRequest&) {
        if (++calls == 1)
            return RawHttpServer::response(429, R"({"detail":"Rate limit exceeded"})", "application/json",
                                           "Retry-After: 1\r\n");
        return ok(kHead);
    });
    auto node = nodeFor(server.url());
    const auto r = get(node->head());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(calls, 2);
}

void TestRpcFaults::rateLimitedTooLong() {
    RawHttpServer server([](const RawRequest&) {
        return RawHttpServer::response(429, R"({"detail":"Rate limit exceeded"})", "application/json",
                                       "Retry-After: 60\r\n");
    });
    RpcOptions o;
    o.baseUrl = QUrl(server.url());
    o.maxRetryAfterSeconds = 5;
    RpcNode node(o);
    const auto r = get(node.head());
    QCOMPARE(r.error().kind, NodeError::Kind::RateLimited);
    QCOMPARE(r.error().retryAfterSeconds, 60);
    QVERIFY2(r.error().message.contains(QLatin1String("Rate limit exceeded")), qPrintable(r.error().message));
    QCOMPARE(server.requests().size(), 1);
}

void TestRpcFaults::rejectionDetailsVerbatim() {
    const QByteArray detail400 =
        R"({"detail":"Failed to submit transaction: invalid nonce for sender 'ait1x' on chain 'ait-mainnet': expected 3, got 0"})";
    const QByteArray detail422 =
        R"({"detail":[{"type":"dict_type","loc":["body","payload"],"msg":"Input should be a valid dictionary","input":"ping"},{"type":"missing","loc":["body","nonce"],"msg":"Field required","input":{}}]})";
    int n = 0;
    RawHttpServer server([&](const RawRequest&) {
        ++n;
        return RawHttpServer::response(n == 1 ? 400 : 422, n == 1 ? detail400 : detail422);
    });
    auto node = nodeFor(server.url());
    const auto a = get(node->submit(json::Value::object()));
    QCOMPARE(a.error().kind, NodeError::Kind::Rejected);
    QCOMPARE(a.error().message,
             QStringLiteral("Failed to submit transaction: invalid nonce for sender 'ait1x' on "
                            "chain 'ait-mainnet': expected 3, got 0"));
    const auto b = get(node->submit(json::Value::object()));
    QCOMPARE(b.error().kind, NodeError::Kind::Rejected);
    QCOMPARE(b.error().httpStatus, 422);
    QCOMPARE(b.error().message,
             QStringLiteral("body.payload: Input should be a valid dictionary; body.nonce: Field "
                            "required"));
}

void TestRpcFaults::gzipIsInflated() {
    // gzip of a /rpc/head body padded over 1000 bytes (HEAD compresses such answers, §5.3).
    const QByteArray gz = QByteArray::fromHex("1f8b0800000000000203ab56ca48cd4ccf2851b25230d75150ca482cce0032"
                                              "950c2a129328834a40d34a3273538b4b12730b40461a"
                                              "191899e91a98ea1a5886181a59199b58999ae9995b581a181a819556c427e7"
                                              "97e681dc6108e41624a680f4548c8251300a46c11001"
                                              "4ab5006512937050050000");
    RawHttpServer server([&gz](const RawRequest& r) {
        // QNAM offers "zstd, br, gzip, deflate" by itself and inflates what comes back.
        bool offersGzip = false;
        for (const QByteArray& line : r.headers.toLower().split('\n'))
            offersGzip = offersGzip || (line.startsWith("accept-encoding:") && line.contains("gzip"));
        if (!offersGzip)
            return RawHttpServer::response(406, R"({"detail":"gzip expected"})");
        return RawHttpServer::response(200, gz, "application/json", "Content-Encoding: gzip\r\n");
    });
    auto node = nodeFor(server.url());
    const auto r = get(node->head());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->height, 7);
    QCOMPARE(r->hash, QStringLiteral("0x") + QString(QStringLiteral("ab")).repeated(32));
}

void TestRpcFaults::accountNotFoundMeansNoAccount() {
    RawHttpServer server([](const RawRequest& r) {
        if (r.path().startsWith("/rpc/account/ait1known"))
            return ok(R"({"address":"ait1known","balance":49990,"nonce":3,"chain_id":"ait-mainnet"})");
        return RawHttpServer::response(404, R"({"detail":"Account not found"})");
    });
    auto node = nodeFor(server.url());
    const auto known = get(node->account(QStringLiteral("ait1known")));
    QVERIFY(known.ok());
    QCOMPARE(known->balance, 49990);
    QCOMPARE(known->nonce, 3);
    QVERIFY(known->exists);
    const auto fresh = get(node->account(QStringLiteral("ait1fresh")));
    QVERIFY(fresh.ok());
    QVERIFY(!fresh->exists);
    QCOMPARE(fresh->balance, 0);
    QVERIFY(server.requests().last().target.contains("chain_id=ait-mainnet"));
}

void TestRpcFaults::protocolDetection_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("ref") << QStringLiteral("ref") << int(Protocol::Ref);
    QTest::newRow("head") << QStringLiteral("head") << int(Protocol::Head);
    QTest::newRow("april") << QStringLiteral("april") << int(Protocol::April);
}

void TestRpcFaults::protocolDetection() {
    QFETCH(QString, kind);
    QFETCH(int, expected);
    RawHttpServer server([kind](const RawRequest& r) {
        const QByteArray path = r.path();
        if (path == "/health")
            return ok(R"({"status":"ok","supported_chains":["ait-mainnet"],"proposer_id":"p1"})");
        if (path == "/rpc/info" && kind == QLatin1String("head"))
            return ok(R"({"chain_id":"ait-mainnet","height":7,"total_transactions":1})");
        if (path == "/rpc/head")
            return ok(kHead);
        if (path == "/rpc/blocks-range" && kind == QLatin1String("ref"))
            return ok(
                R"({"success":true,"count":1,"blocks":[{"height":7,"hash":"0xabc","parent_hash":"0x1","proposer":"p1","timestamp":"2026-05-09T12:34:56.789012","tx_count":0,"state_root":null,"transactions":[]}]})");
        if (path == "/rpc/blocks-range" && kind == QLatin1String("april"))
            return ok(
                R"({"blocks":[{"height":7,"hash":"0xabc","parent_hash":"0x1","proposer":"p1","timestamp":"2026-04-10T12:01:07.412345","tx_count":0}]})");
        return RawHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    auto node = nodeFor(server.url());
    const auto h = get(node->health());
    QVERIFY2(h.ok(), qPrintable(h.error().message));
    QCOMPARE(int(h->protocol), expected);
    QCOMPARE(h->status, QStringLiteral("ok"));
    QCOMPARE(h->proposerId, QStringLiteral("p1"));
    QCOMPARE(protocolName(h->protocol), kind);
}

void TestRpcFaults::messagesScanBlocksRange() {
    // A REF-shaped node with 250 blocks and a message in blocks 5 and 240: the scan pages through
    // blocks-range (100 per request) once, then polls only what is new.
    qint64 tip = 250;
    RawHttpServer server([&tip](const RawRequest& r) {
        const QByteArray path = r.path();
        if (path == "/rpc/head")
            return ok(QByteArray(R"({"height": )") + QByteArray::number(tip) + R"(, "hash": "0xh)" +
                      QByteArray::number(tip) + R"(", "timestamp": "2026-05-09T12:00:00", "tx_count": 0})");
        if (path == "/rpc/blocks-range") {
            const QUrlQuery q(QString::fromLatin1(r.target.mid(r.target.indexOf('?') + 1)));
            const qint64 start = q.queryItemValue(QStringLiteral("start")).toLongLong();
            const qint64 end = q.queryItemValue(QStringLiteral("end")).toLongLong();
            QByteArray blocks;
            for (qint64 h = start; h <= end && h <= tip; ++h) {
                QByteArray txs;
                if (h == 5 || h == 240 || h == 251)
                    txs =
                        R"({"id":)" + QByteArray::number(h) + R"(,"chain_id":"ait-mainnet","tx_hash":"0xt)" +
                        QByteArray::number(h) + R"(","block_height":)" + QByteArray::number(h) +
                        R"(,"sender":"ait1a","recipient":"ait1b","payload":{"amount":0,"message":"m)" +
                        QByteArray::number(h) +
                        R"( \u00fc","recipient":"ait1b"},"type":"TRANSFER","status":"confirmed","tx_metadata":null})";
                if (!blocks.isEmpty())
                    blocks += ',';
                blocks +=
                    R"({"height":)" + QByteArray::number(h) + R"(,"hash":"0xh)" + QByteArray::number(h) +
                    R"(","parent_hash":"0x","proposer":"p","timestamp":"2026-05-09T12:00:00","tx_count":)" +
                    (txs.isEmpty() ? "0" : "1") + R"(,"transactions":[)" + txs + "]}";
            }
            return ok(R"({"success":true,"count":1,"blocks":[)" + blocks + "]}");
        }
        return RawHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    auto node = nodeFor(server.url());
    const auto first = get(node->messages(QStringLiteral("ait1b")));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->size(), 2);
    QCOMPARE(first->at(0).text, QStringLiteral("m5 ü"));
    QCOMPARE(first->at(1).blockHeight, 240);
    int ranges = 0;
    for (const RawRequest& r : server.requests())
        ranges += r.path() == "/rpc/blocks-range";
    QCOMPARE(ranges, 3); // 0-99, 100-199, 200-250

    tip = 251;
    const qsizetype before = server.requests().size();
    const auto second = get(node->messages(QStringLiteral("ait1a")));
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 3);
    QCOMPARE(second->last().direction, ChainMessage::Direction::Outgoing);
    QCOMPARE(server.requests().size(), before + 2); // head + one page holding only block 251
    QVERIFY(server.requests().last().target.contains("start=251"));
}

QTEST_GUILESS_MAIN(TestRpcFaults)
#include "tst_rpc_faults.moc"
