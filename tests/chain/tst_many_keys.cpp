// Objects of many keys from every place the project reads outside JSON: a node's /health answer (RpcNode
// and `aitbc-agent node status` against a raw responder on 127.0.0.1, because no real node sends such an
// answer), a transaction payload in a copy of the recorded chain.db (DbNode and `aitbc-agent messages
// --db`), a request body POSTed to a real in-process devnet leader, and a keystore file (`aitbc-agent
// keystore inspect`). Each must end in the normal result (within the parser's bounds) or in an error that
// names the bound, about as fast as a normal input of its size. Times are generous hang guards only.
#include "chain/db_node.h"
#include "chain/rpc_node.h"
#include "chain_test_util.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_support.h"
#include "raw_http_server.h"
#include "test_result.h"
#include "testdata.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;
using test::RawHttpServer;
using test::RawRequest;

namespace {

constexpr int kHangGuardMs = 60000;
const QString kChain = QStringLiteral("ait-mainnet");
const QString kBob = QStringLiteral("ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm");
const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");
const QString kFunded = QStringLiteral("ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9");

template <typename T> NodeResult<T> get(QFuture<NodeResult<T>> f) {
    return test::get(f, kHangGuardMs);
}

/// `n` members `"j000000":0,` (11 bytes each), with a trailing comma, to splice into an object.
QByteArray junkMembers(int n) {
    QByteArray out;
    out.reserve(qsizetype(n) * 11);
    for (int i = 0; i < n; ++i)
        out += "\"j" + QByteArray::number(i, 16).rightJustified(5, '0') + "\":0,";
    return out;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the built aitbc-agent while this thread's event loop keeps serving the raw responder.
Run agent(const QStringList& args) {
    Run r;
#ifdef AITBC_AGENT_PATH
    QProcess p;
    p.start(QStringLiteral(AITBC_AGENT_PATH), args);
    if (!p.waitForStarted(10000))
        qFatal("cannot start aitbc-agent");
    QEventLoop loop; // the raw responder lives on this thread: keep serving it until the agent exits
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(kHangGuardMs * 2);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
#else
    Q_UNUSED(args);
#endif
    return r;
}

/// A writable connection on the test thread, standing in for the node process that stores a payload.
bool addTransaction(const QString& path, qint64 height, const QString& sender, const QString& recipient,
                    const QByteArray& payloadJson) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("writer open");
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO block (chain_id, height, hash, parent_hash, proposer, timestamp, "
                           "tx_count, state_root) VALUES (?, ?, ?, '0x00', 'test', "
                           "'2026-11-26 01:00:00.000000', 1, NULL)"));
        q.addBindValue(kChain);
        q.addBindValue(height);
        q.addBindValue(QStringLiteral("0x%1").arg(height, 64, 16, QLatin1Char('0')));
        ok = q.exec();
        q.prepare(QStringLiteral(
            "INSERT INTO \"transaction\" (chain_id, tx_hash, block_height, sender, recipient, payload, "
            "created_at, nonce, value, fee, type, status, timestamp) VALUES (?, ?, ?, ?, ?, ?, "
            "'2026-11-26 01:00:00.000000', 0, 0, 10, 'TRANSFER', 'confirmed', NULL)"));
        q.addBindValue(kChain);
        q.addBindValue(QStringLiteral("0xtx%1").arg(height));
        q.addBindValue(height);
        q.addBindValue(sender);
        q.addBindValue(recipient);
        q.addBindValue(QString::fromUtf8(payloadJson));
        ok = ok && q.exec();
        if (!ok)
            qWarning() << q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return ok;
}

QStringList texts(const QList<ChainMessage>& list) {
    QStringList out;
    for (const ChainMessage& m : list)
        out << m.text;
    return out;
}

} // namespace

class TestManyKeys : public QObject {
    Q_OBJECT
private slots:
    void rpcAnswerOfManyKeys();
    void cliNodeStatusOfManyKeys();
    void chainPayloadOfManyKeys();
    void devnetRequestOfManyKeys();
    void keystoreOfManyKeys();
};

void TestManyKeys::rpcAnswerOfManyKeys() {
    // /health: 80 000 keys (beyond the bound per object); /rpc/head: 9 000 extra keys (within it);
    // /rpc/mempool: 1 100 000 values in one array (beyond the bound per document).
    const QByteArray health =
        "{" + junkMembers(80'000) + R"("status":"ok","supported_chains":["ait-mainnet"]})";
    const QByteArray head = "{" + junkMembers(9'000) +
                            R"("height":7,"hash":"0xabc","timestamp":"2026-05-09T12:34:56","tx_count":0})";
    const QByteArray mempool = "[" + QByteArray("0,").repeated(1'100'000) + "0]";
    RawHttpServer server([&](const RawRequest& r) {
        if (r.path() == "/health")
            return RawHttpServer::response(200, health);
        if (r.path() == "/rpc/head")
            return RawHttpServer::response(200, head);
        if (r.path() == "/rpc/mempool")
            return RawHttpServer::response(200, mempool);
        return RawHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    RpcOptions o;
    o.baseUrl = QUrl(server.url());
    o.chainId = kChain;
    o.timeoutMs = 20000;
    o.maxRetries = 0;
    RpcNode node(o);

    const auto h = get(node.health());
    QVERIFY(!h.ok());
    QCOMPARE(int(h.error().kind), int(NodeError::Kind::BadResponse));
    QVERIFY2(h.error().message.contains(QLatin1String("maxObjectMembers")), qPrintable(h.error().message));

    const auto tip = get(node.head());
    QVERIFY2(tip.ok(), qPrintable(tip.error().message));
    QCOMPARE(tip->height, 7);
    QCOMPARE(tip->hash, QStringLiteral("0xabc"));

    const auto pool = get(node.mempool());
    QVERIFY(!pool.ok());
    QVERIFY2(pool.error().message.contains(QLatin1String("maxTotalValues")),
             qPrintable(pool.error().message));
}

void TestManyKeys::cliNodeStatusOfManyKeys() {
#ifndef AITBC_AGENT_PATH
    QSKIP("aitbc-agent is not built in this configuration");
#endif
    const QByteArray health =
        "{" + junkMembers(80'000) + R"("status":"ok","supported_chains":["ait-mainnet"]})";
    RawHttpServer server([&](const RawRequest& r) {
        if (r.path() == "/health")
            return RawHttpServer::response(200, health);
        return RawHttpServer::response(404, R"({"detail":"Not Found"})");
    });
    const Run r = agent({QStringLiteral("node"), QStringLiteral("status"), QStringLiteral("--node"),
                         server.url(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const auto out = json::parse(r.out.trimmed());
    QVERIFY2(out, r.out.constData());
    QCOMPARE((*out)[QStringLiteral("reachable")].toBool(), false);
    QVERIFY2((*out)[QStringLiteral("error")].toString().contains(QLatin1String("maxObjectMembers")),
             r.out.constData());
}

void TestManyKeys::chainPayloadOfManyKeys() {
    QTemporaryDir dir;
    const QString path = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    DbNode before(DbOptions{path, kChain, 5000});
    const auto recorded = get(before.messages(kBob));
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().message));
    QVERIFY(!recorded->isEmpty());

    // 30 000 keys in one payload (beyond the bound per object), then 9 000 (within it), then a plain message.
    QVERIFY(addTransaction(path, 1000, kAlice, kBob,
                           "{" + junkMembers(30'000) + R"("message": "flood", "recipient": ")" +
                               kBob.toLatin1() + "\"}"));
    QVERIFY(addTransaction(path, 1001, kAlice, kBob,
                           "{" + junkMembers(9'000) + R"("message": "within bounds", "recipient": ")" +
                               kBob.toLatin1() + "\"}"));
    QVERIFY(addTransaction(path, 1002, kAlice, kBob,
                           R"({"amount": 0, "message": "after the flood", "recipient": ")" + kBob.toLatin1() +
                               "\"}"));

    DbNode node(DbOptions{path, kChain, 5000});
    const auto msgs = get(node.messages(kBob));
    QVERIFY2(msgs.ok(), qPrintable(msgs.error().message));
    const QStringList got = texts(*msgs);
    QCOMPARE(got.size(), recorded->size() + 2);
    QCOMPARE(got.mid(0, recorded->size()), texts(*recorded)); // nothing recorded is lost
    QCOMPARE(got.value(got.size() - 2), QStringLiteral("within bounds"));
    QCOMPARE(got.last(), QStringLiteral("after the flood"));
    QVERIFY(!got.contains(QStringLiteral("flood"))); // the payload beyond the bounds is not a message

#ifdef AITBC_AGENT_PATH
    const Run r = agent({QStringLiteral("messages"), QStringLiteral("--address"), kBob,
                         QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const auto out = json::parse(r.out.trimmed());
    QVERIFY2(out, r.out.constData());
    QStringList cliTexts;
    for (const json::Value& m : (*out)[QStringLiteral("messages")].asArray())
        cliTexts << m[QStringLiteral("text")].toString();
    QCOMPARE(cliTexts, got);
#endif
}

void TestManyKeys::devnetRequestOfManyKeys() {
    QTemporaryDir dir;
    devnet::NodeConfig config;
    config.dataDir = dir.filePath(QStringLiteral("devnet"));
    config.blockTimeSeconds = 0.2;
    config.genesis = test::realGenesis();
    devnet::DevnetNode leader(config);
    QVERIFY(test::succeeded(leader.start()));

    QNetworkAccessManager http;
    auto post = [&](const QByteArray& body) {
        QNetworkRequest request(leader.url().resolved(QUrl(QStringLiteral("/rpc/transaction"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(kHangGuardMs);
        return http.post(request, body);
    };
    auto body = [](int junk, qint64 nonce) -> QByteArray {
        return R"({"type":"TRANSFER","from":")" + kFunded.toLatin1() + R"(","nonce":)" +
               QByteArray::number(nonce) + R"(,"fee":10,"chain_id":"ait-mainnet","payload":{)" +
               junkMembers(junk) + R"("recipient":")" + kBob.toLatin1() + R"(","amount":0,"message":"hi"}})";
    };

    // 95 000 keys in just under 1 MiB: refused with the bound's name, and the leader stays responsive.
    const QByteArray flood = body(95'000, 0);
    QVERIFY(flood.size() < 1024 * 1024);
    std::unique_ptr<QNetworkReply> refused(post(flood));
    QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), kHangGuardMs);
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    const auto detail = json::parse(refused->readAll());
    QVERIFY(detail);
    QVERIFY2((*detail)[QStringLiteral("detail")].toString().contains(QLatin1String("maxObjectMembers")),
             qPrintable((*detail)[QStringLiteral("detail")].toString()));

    std::unique_ptr<QNetworkReply> head(
        http.get(QNetworkRequest(leader.url().resolved(QUrl(QStringLiteral("/rpc/head"))))));
    QTRY_VERIFY_WITH_TIMEOUT(head->isFinished(), kHangGuardMs);
    QCOMPARE(head->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const auto tip = json::parse(head->readAll());
    QVERIFY(tip && (*tip)[QStringLiteral("height")].isInteger());

    // 9 000 keys: within the bounds, admitted like any other transaction.
    std::unique_ptr<QNetworkReply> admitted(post(body(9'000, 0)));
    QTRY_VERIFY_WITH_TIMEOUT(admitted->isFinished(), kHangGuardMs);
    const QByteArray answer = admitted->readAll();
    QCOMPARE(admitted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const auto tx = json::parse(answer);
    QVERIFY2(tx && (*tx)[QStringLiteral("transaction_hash")].toString().startsWith(QLatin1String("0x")),
             answer.constData());
    leader.stop();
}

void TestManyKeys::keystoreOfManyKeys() {
#ifndef AITBC_AGENT_PATH
    QSKIP("aitbc-agent is not built in this configuration");
#else
    const QByteArray original =
        test::readTestData(QStringLiteral("vectors/keystores/node_keystore_py_keyB.json"));
    const qsizetype open = original.indexOf('{');
    QTemporaryDir dir;
    auto withJunk = [&](int n) {
        const QString path = dir.filePath(QStringLiteral("junk%1.json").arg(n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(original.left(open + 1) + junkMembers(n) + original.mid(open + 1));
        return path;
    };
    // About 420 KB: 38 000 extra top-level keys, beyond a keystore's bounds.
    const Run big = agent(
        {QStringLiteral("keystore"), QStringLiteral("inspect"), withJunk(38'000), QStringLiteral("--json")});
    QCOMPARE(big.exitCode, 1);
    const QByteArray said = big.out + big.err;
    QVERIFY2(said.contains("maxObjectMembers"), said.constData());

    // A few extra keys are still a keystore.
    const Run small = agent(
        {QStringLiteral("keystore"), QStringLiteral("inspect"), withJunk(20), QStringLiteral("--json")});
    QCOMPARE(small.exitCode, 0);
    const auto info = json::parse(small.out.trimmed());
    QVERIFY(info);
    QCOMPARE((*info)[QStringLiteral("address")].toString(),
             QStringLiteral("ait1ep9p7w99e8s3jvmutu5ghz6rwl7fpe34lj3kuzpz49nns93ksxdquj79ss"));
#endif
}

QTEST_GUILESS_MAIN(TestManyKeys)
#include "tst_many_keys.moc"
