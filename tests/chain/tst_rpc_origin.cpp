// Where a node may send us and what we say about its URL: a redirect is followed only within the node's
// own origin (scheme, host, port), and a URL's "user:password@" never appears in an error, a log line
// or a node's description. Raw responders on 127.0.0.1 stand in for a node because no real node can be
// made to redirect.
#include "chain/node_profile.h"
#include "chain/rpc_node.h"
#include "chain/safe_url.h"
#include "chain_test_util.h"
#include "raw_http_server.h"

#include <QMutex>
#include <QTcpServer>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;
using test::RawHttpServer;
using test::RawRequest;

namespace {

using test::get;

std::unique_ptr<RpcNode> nodeFor(const QString& url) {
    RpcOptions o;
    o.baseUrl = QUrl(url);
    o.chainId = QStringLiteral("ait-mainnet");
    o.timeoutMs = 5000;
    o.maxRetries = 0;
    o.backoffMs = 50;
    return std::make_unique<RpcNode>(o);
}

const QByteArray kHead =
    R"({"height": 7, "hash": "0xabc", "timestamp": "2026-05-09T12:34:56.789012", "tx_count": 1})";

const QByteArray kSecret = "s3cr3t-pw";

/// Messages logged while `fn` runs (the aitbc.rpc category included), to check none carries a secret.
QMutex g_logMutex;
QStringList g_logLines;

QStringList logsDuring(const std::function<void()>& fn) {
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("aitbc.*=true"));
    // The node logs from its worker thread: the sink is shared under a mutex.
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& msg) {
            QMutexLocker lock(&g_logMutex);
            g_logLines.append(msg);
        });
    fn();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QMutexLocker lock(&g_logMutex);
    return g_logLines;
}

} // namespace

class TestRpcOrigin : public QObject {
    Q_OBJECT

private slots:
    void redirectToAnotherPortIsRefused() {
        RawHttpServer elsewhere([](const RawRequest&) { return RawHttpServer::response(200, kHead); });
        const QByteArray location = elsewhere.url().toUtf8() + "/rpc/head";
        RawHttpServer node([location](const RawRequest&) {
            return RawHttpServer::response(302, "{}", "application/json", "Location: " + location + "\r\n");
        });
        auto rpc = nodeFor(node.url());
        const auto r = get(rpc->head());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, NodeError::Kind::BadResponse);
        QVERIFY2(r.error().message.contains(QLatin1String("redirected to another server")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QString::number(elsewhere.port())),
                 qPrintable(r.error().message));
        QCOMPARE(elsewhere.requests().size(), 0); // never contacted
        QVERIFY(node.requests().size() >= 1);
    }

    void redirectToAnotherHostIsRefused() {
        // Same port, other host name: "localhost" is a different origin from "127.0.0.1".
        RawHttpServer node([](const RawRequest& r) {
            if (r.path() == "/rpc/head")
                return RawHttpServer::response(200, kHead);
            return QByteArray();
        });
        RawHttpServer redirector([&node](const RawRequest&) {
            return RawHttpServer::response(301, "{}", "application/json",
                                           "Location: http://localhost:" + QByteArray::number(node.port()) +
                                               "/rpc/head\r\n");
        });
        auto rpc = nodeFor(redirector.url());
        const auto r = get(rpc->head());
        QCOMPARE(r.error().kind, NodeError::Kind::BadResponse);
        QCOMPARE(node.requests().size(), 0);
    }

    void redirectWithinTheOriginIsFollowed() {
        RawHttpServer node([](const RawRequest& r) {
            if (r.path() == "/moved/rpc/head")
                return RawHttpServer::response(200, kHead);
            return RawHttpServer::response(307, "{}", "application/json",
                                           "Location: /moved" + r.target + "\r\n");
        });
        auto rpc = nodeFor(node.url());
        const auto r = get(rpc->head());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value().height, 7);
        QCOMPARE(node.requests().size(), 2);
    }

    void credentialsNeverShown() {
        RawHttpServer failing(
            [](const RawRequest&) { return RawHttpServer::response(500, R"({"detail":"boom"})"); });
        const QString url = QStringLiteral("http://agent:%1@127.0.0.1:%2")
                                .arg(QString::fromLatin1(kSecret))
                                .arg(failing.port());
        NodeResult<BlockHeader> r = NodeError{};
        QString description;
        const QStringList logs = logsDuring([&] {
            auto rpc = nodeFor(url);
            description = rpc->describe();
            r = get(rpc->head());
        });
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message.contains(QLatin1String(kSecret)), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(failing.port())),
                 qPrintable(r.error().message));
        QVERIFY2(!description.contains(QLatin1String(kSecret)), qPrintable(description));
        for (const QString& line : logs)
            QVERIFY2(!line.contains(QLatin1String(kSecret)), qPrintable(line));

        // Unreachable: the message names the host, not the password.
        quint16 closed = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        auto down = nodeFor(
            QStringLiteral("http://agent:%1@127.0.0.1:%2").arg(QString::fromLatin1(kSecret)).arg(closed));
        const auto d = get(down->health());
        QVERIFY(!d.ok());
        QVERIFY2(!d.error().message.contains(QLatin1String(kSecret)), qPrintable(d.error().message));
    }

    void profilesRefuseCredentialsWithoutEchoingThem_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("user and password") << QStringLiteral("http://agent:s3cr3t-pw@127.0.0.1:8006");
        QTest::newRow("https") << QStringLiteral("https://agent:s3cr3t-pw@node.example:443/rpc");
        QTest::newRow("unparsable") << QStringLiteral("http://agent:s3cr3t-pw@[::1:8006");
        QTest::newRow("password only") << QStringLiteral("http://:s3cr3t-pw@127.0.0.1:8006");
    }
    void profilesRefuseCredentialsWithoutEchoingThem() {
        QFETCH(QString, url);
        NodeProfile p;
        p.name = QStringLiteral("n");
        p.rpcUrl = url;
        const QString problem = profileProblem(p);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(!problem.contains(QLatin1String(kSecret)), qPrintable(problem));
        QVERIFY(!createNode(p));
        QVERIFY(hasUserInfo(url));
        QVERIFY2(!urlForDisplay(url).contains(QLatin1String(kSecret)), qPrintable(urlForDisplay(url)));
    }

    void plainUrlsStayAsTheyAre() {
        for (const QString& url :
             {QStringLiteral("http://127.0.0.1:8006"), QStringLiteral("https://node.example/rpc"),
              QStringLiteral("http://[::1]:8006")}) {
            QVERIFY(!hasUserInfo(url));
            QCOMPARE(urlForDisplay(url), url);
            NodeProfile p;
            p.name = QStringLiteral("n");
            p.rpcUrl = url;
            QVERIFY2(profileProblem(p).isEmpty(), qPrintable(profileProblem(p)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRpcOrigin)
#include "tst_rpc_origin.moc"
