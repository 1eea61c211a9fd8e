// The devnet's HTTP server under clients that do not play along: one that pipelines thousands of
// requests and never reads the answers, hundreds of idle connections from one address, a request sent a
// byte at a time. Memory must stay bounded (checked through the server's own counters), the offenders
// must be cut off, and ordinary clients must still be served. Real sockets on 127.0.0.x against a real
// in-process node.
#include "devnet/chain_generator.h"
#include "devnet/devnet_node.h"
#include "devnet_http.h"
#include "devnet_support.h"
#include "test_result.h"

#include <QDir>
#include <QtTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace aitbc;

namespace {

/// A plain client socket. QTcpSocket reads into its own buffer whenever the event loop runs (QTRY_*
/// runs it); a client that "never reads" must leave the answers in the kernel, so these tests use the
/// socket API directly. It can also connect from another loopback address, to be a different peer.
class RawClient {
public:
    RawClient(const char* sourceIp, quint16 port, int receiveBufferBytes = 0) {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        if (receiveBufferBytes > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
        timeval guard{20, 0}; // connect() hang guard
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &guard, sizeof guard);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, sourceIp, &local.sin_addr);
        sockaddr_in remote{};
        remote.sin_family = AF_INET;
        remote.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
            ::connect(m_fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~RawClient() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    bool isConnected() const { return m_fd >= 0; }

    /// Sends what the kernel takes now; returns the bytes sent (0 when it would block), -1 on error.
    qint64 sendSome(const char* data, qint64 size) {
        const ssize_t n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
        return n;
    }

    /// Appends whatever has arrived to `received`; true once the server closed (FIN or reset).
    bool readAvailable() {
        char chunk[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n > 0) {
                received.append(chunk, n);
                continue;
            }
            if (n == 0)
                return true;
            return errno != EAGAIN && errno != EWOULDBLOCK;
        }
    }

    /// True once the server closed the connection, found without reading any of the data.
    bool peerGone() const {
        pollfd p{m_fd, POLLRDHUP, 0};
        return ::poll(&p, 1, 0) == 1 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR));
    }

    QByteArray received;

private:
    int m_fd = -1;
};

const QByteArray kRange = "/rpc/blocks-range?start=1&end=1";

QByteArray getRequest(const QByteArray& path, bool close = false) {
    return "GET " + path + " HTTP/1.1\r\nhost: 127.0.0.1\r\n" + (close ? "connection: close\r\n" : "") +
           "\r\n";
}

} // namespace

class TestDevnetBackpressure : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pipeliningClientThatNeverReadsIsHeldAndCutOff();
    void pipeliningClientThatReadsGetsEveryAnswer();
    void connectionCapsRefuseExtraConnections();
    void idleFloodsDoNotLockClientsOut();
    void slowRequestIsAbortedAtTheTimeout();

private:
    std::unique_ptr<devnet::DevnetNode> startNode(const devnet::HttpLimits& limits);
    QTemporaryDir m_dir;
};

void TestDevnetBackpressure::initTestCase() {
    QVERIFY(m_dir.isValid());
    // A generated chain with transactions in every block: blocks-range answers of several KiB, so a few
    // thousand of them are far more than the kernel's socket buffers hold.
    const QString dbDir = QDir(m_dir.path()).filePath(QStringLiteral("data/ait-mainnet"));
    QVERIFY(QDir().mkpath(dbDir));
    devnet::GenerateOptions o;
    o.outPath = QDir(dbDir).filePath(QStringLiteral("chain.db"));
    o.blocks = 20;
    o.transactions = 400;
    o.addresses = 20;
    QVERIFY(test::succeeded(devnet::generateChain(o)));
}

std::unique_ptr<devnet::DevnetNode> TestDevnetBackpressure::startNode(const devnet::HttpLimits& limits) {
    devnet::NodeConfig cfg;
    cfg.dataDir = m_dir.path();
    cfg.blockTimeSeconds = 3600;
    cfg.idleBlockSeconds = 3600;
    cfg.httpLimits = limits;
    cfg.proposerId = QStringLiteral("devnet-proposer");
    return test::startDevnet(cfg);
}

void TestDevnetBackpressure::pipeliningClientThatNeverReadsIsHeldAndCutOff() {
    devnet::HttpLimits limits;
    limits.maxPendingOutputBytes = 64 * 1024;
    limits.timeoutMs = 10000;
    const auto node = startNode(limits);
    QVERIFY(node->isRunning());

    // One complete answer, headers included (their length does not vary: the date has a fixed width).
    const QByteArray one = test::rawExchange(node->port(), getRequest(kRange, true));
    QVERIFY(one.startsWith("HTTP/1.1 200 OK\r\n"));
    const qint64 answerBytes = one.size();
    QVERIFY2(answerBytes >= 8000, QByteArray::number(answerBytes).constData());
    const quint64 answersBefore = node->httpStats().answers;

    // 3000 pipelined GETs from 127.0.0.2 with a small receive window, and not one byte read.
    QByteArray pipeline;
    for (int i = 0; i < 3000; ++i)
        pipeline += getRequest(kRange);
    RawClient attacker("127.0.0.2", node->port(), 4096);
    QVERIFY(attacker.isConnected());
    qint64 sent = 0;
    QElapsedTimer guard;
    guard.start();
    // Send until all is out or the server holds the connection back and the kernel takes no more.
    while (sent < pipeline.size() && guard.elapsed() < 60000) {
        const qint64 n = attacker.sendSome(pipeline.constData() + sent, pipeline.size() - sent);
        QVERIFY(n >= 0);
        sent += n;
        if (n == 0) {
            if (node->httpStats().pauses > 0)
                break;
            QTest::qWait(20);
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(node->httpStats().pauses > 0, 60000);

    // Held back (and, should the timeout have struck already, freed): its unsent answers stay within
    // the bound plus the one answer that crossed it, its unread requests within the socket read buffer
    // plus one header block.
    const devnet::HttpServerStats held = node->httpStats();
    QVERIFY(held.pausedConnections <= 1);
    QVERIFY2(held.pendingOutputBytes <= limits.maxPendingOutputBytes + answerBytes,
             QByteArray::number(held.pendingOutputBytes).constData());
    QVERIFY2(held.bufferedInputBytes <= 64 * 1024 + 16 * 1024 + 4,
             QByteArray::number(held.bufferedInputBytes).constData());

    // Meanwhile an ordinary client is served as usual.
    const test::HttpResult health = test::httpGet(node->url(), QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    const test::HttpResult range = test::httpGet(node->url(), QString::fromLatin1(kRange));
    QCOMPARE(range.status, 200);
    QVERIFY(one.endsWith(range.body));

    // At the timeout the stalled connection is aborted, not drained, and what it held is freed.
    QTRY_VERIFY_WITH_TIMEOUT(attacker.peerGone(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(node->httpStats().pausedConnections, 0, 10000);
    const devnet::HttpServerStats after = node->httpStats();
    QCOMPARE(after.pendingOutputBytes, 0);
    QVERIFY(after.timedOut >= 1);
    QVERIFY2(after.peakPendingOutputBytes <= limits.maxPendingOutputBytes + answerBytes,
             QByteArray::number(after.peakPendingOutputBytes).constData());
    QVERIFY(after.peakBufferedInputBytes <= 64 * 1024 + 16 * 1024 + 4);
    // It got only a part of its 3000 answers (the two ordinary requests above are the other answers).
    const quint64 attackerAnswers = after.answers - answersBefore - 2;
    QVERIFY2(attackerAnswers < 3000, QByteArray::number(attackerAnswers).constData());
}

void TestDevnetBackpressure::pipeliningClientThatReadsGetsEveryAnswer() {
    // A small bound: the connection is paused and resumed many times; nothing may be lost or stall.
    devnet::HttpLimits limits;
    limits.maxPendingOutputBytes = 16 * 1024;
    const auto node = startNode(limits);
    QVERIFY(node->isRunning());
    const QByteArray one = test::rawExchange(node->port(), getRequest(kRange, true));
    QVERIFY(one.startsWith("HTTP/1.1 200 OK\r\n"));
    const qint64 answerBytes = one.size() - qsizetype(qstrlen("connection: close\r\n"));

    constexpr int kRequests = 3000;
    QByteArray pipeline;
    for (int i = 0; i < kRequests; ++i)
        pipeline += getRequest(kRange);
    RawClient client("127.0.0.2", node->port(), 4096);
    QVERIFY(client.isConnected());
    qint64 sent = 0;
    QElapsedTimer guard;
    guard.start();
    while (client.received.size() < kRequests * answerBytes && guard.elapsed() < 120000) {
        if (sent < pipeline.size()) {
            const qint64 n = client.sendSome(pipeline.constData() + sent, pipeline.size() - sent);
            QVERIFY(n >= 0);
            sent += n;
        }
        QVERIFY(!client.readAvailable());
        QTest::qWait(1);
    }
    QCOMPARE(client.received.size(), kRequests * answerBytes);
    QCOMPARE(client.received.count("HTTP/1.1 200 OK\r\n"), kRequests);
    const devnet::HttpServerStats stats = node->httpStats();
    QVERIFY2(stats.peakPendingOutputBytes <= limits.maxPendingOutputBytes + answerBytes,
             QByteArray::number(stats.peakPendingOutputBytes).constData());
    QVERIFY(stats.pauses > 0);
    QCOMPARE(stats.timedOut, 0u);
}

void TestDevnetBackpressure::connectionCapsRefuseExtraConnections() {
    devnet::HttpLimits limits;
    limits.maxConnectionsPerPeer = 16;
    limits.maxConnections = 40;
    limits.timeoutMs = 120000;           // the accepted idle connections must outlive the test
    limits.evictStalledAfterMs = 600000; // and are not recycled for newcomers (see the next test)
    const auto node = startNode(limits);
    QVERIFY(node->isRunning());

    // 300 idle connections from 127.0.0.2: 16 are kept, the others get a 503 and are closed at once.
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<RawClient>("127.0.0.2", node->port()));
        QVERIFY(idle.back()->isConnected());
    }
    QTRY_VERIFY_WITH_TIMEOUT(node->httpStats().refusedPerPeer == 284, 60000);
    QCOMPARE(node->httpStats().openConnections, 16);
    QCOMPARE(node->httpStats().refusedTotal, 0u);
    auto countClosed = [&] {
        int closed = 0;
        for (const auto& c : idle)
            closed += c->readAvailable() ? 1 : 0;
        return closed;
    };
    QTRY_COMPARE_WITH_TIMEOUT(countClosed(), 284, 30000);
    int refusedWith503 = 0, silent = 0;
    for (const auto& c : idle) {
        if (c->received.startsWith("HTTP/1.1 503 Service Unavailable\r\n") &&
            c->received.endsWith("connection: close\r\n\r\n{\"detail\":\"Too many connections\"}"))
            ++refusedWith503;
        else if (c->received.isEmpty())
            ++silent;
    }
    QCOMPARE(refusedWith503, 284);
    QCOMPARE(silent, 16);

    // Another peer is still served.
    QByteArray answer = test::rawExchange(node->port(), getRequest("/health", true));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(node->httpStats().openConnections, 16, 10000);

    // The total cap: 127.0.0.3 fills its own 16, 127.0.0.4 gets the remaining 8 of 40.
    std::vector<std::unique_ptr<RawClient>> third, fourth;
    for (int i = 0; i < 30; ++i)
        third.push_back(std::make_unique<RawClient>("127.0.0.3", node->port()));
    QTRY_VERIFY_WITH_TIMEOUT(node->httpStats().refusedPerPeer == 284 + 14, 30000);
    QCOMPARE(node->httpStats().openConnections, 32);
    for (int i = 0; i < 10; ++i)
        fourth.push_back(std::make_unique<RawClient>("127.0.0.4", node->port()));
    QTRY_VERIFY_WITH_TIMEOUT(node->httpStats().refusedTotal == 2, 30000);
    QCOMPARE(node->httpStats().openConnections, 40);
    QCOMPARE(node->httpStats().refusedPerPeer, 284u + 14u);

    // Full: a new client is told so at once ...
    answer = test::rawExchange(node->port(), getRequest("/health", true));
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    QCOMPARE(node->httpStats().refusedTotal, 3u);
    // ... and served again once connections go away.
    third.clear();
    QTRY_COMPARE_WITH_TIMEOUT(node->httpStats().openConnections, 24, 30000);
    answer = test::rawExchange(node->port(), getRequest("/health", true));
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QCOMPARE(node->httpStats().timedOut, 0u);
}

void TestDevnetBackpressure::idleFloodsDoNotLockClientsOut() {
    // Local clients all come from 127.0.0.1, as a local attacker does: a flood of idle connections
    // must not keep them out until the timeout, neither from their own address nor from many.
    devnet::HttpLimits limits;
    limits.maxConnectionsPerPeer = 8;
    limits.maxConnections = 12;
    limits.timeoutMs = 120000;
    limits.evictStalledAfterMs = 200;
    const auto node = startNode(limits);
    QVERIFY(node->isRunning());

    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 50; ++i) {
        idle.push_back(std::make_unique<RawClient>("127.0.0.2", node->port()));
        QVERIFY(idle.back()->isConnected());
    }
    // Each newcomer beyond 8 was refused or took the place of a stalled one; never more than 8 open.
    QTRY_VERIFY_WITH_TIMEOUT(node->httpStats().refusedPerPeer + node->httpStats().evicted == 42, 60000);
    QCOMPARE(node->httpStats().openConnections, 8);

    // A well-behaved client from the same address is served: it displaces an idle connection.
    quint64 evictedBefore = node->httpStats().evicted;
    QByteArray answer;
    auto served = [&](const char* sourceIp) {
        RawClient client(sourceIp, node->port());
        const QByteArray request = getRequest("/health", true);
        if (client.sendSome(request.constData(), request.size()) != request.size())
            return false;
        QElapsedTimer guard;
        guard.start();
        while (!client.readAvailable() && guard.elapsed() < 10000)
            QTest::qWait(5);
        answer = client.received;
        return answer.startsWith("HTTP/1.1 200 OK\r\n");
    };
    QTRY_VERIFY_WITH_TIMEOUT(served("127.0.0.2"), 30000);
    QVERIFY(answer.endsWith("\"proposer_id\":\"devnet-proposer\"}"));
    QVERIFY(node->httpStats().evicted > evictedBefore);
    QVERIFY(node->httpStats().openConnections <= 8);
    // The displaced connections were closed without a word (they had asked nothing); the refused got 503.
    int silentlyClosed = 0;
    for (const auto& c : idle)
        if (c->readAvailable() && c->received.isEmpty())
            ++silentlyClosed;
    QCOMPARE(quint64(silentlyClosed), node->httpStats().evicted);

    // A second address fills the total cap; a client from a third one is still served.
    std::vector<std::unique_ptr<RawClient>> second;
    for (int i = 0; i < 20; ++i) {
        second.push_back(std::make_unique<RawClient>("127.0.0.3", node->port()));
        QVERIFY(second.back()->isConnected());
    }
    QTRY_COMPARE_WITH_TIMEOUT(node->httpStats().openConnections, 12, 30000);
    evictedBefore = node->httpStats().evicted;
    QTRY_VERIFY_WITH_TIMEOUT(served("127.0.0.1"), 30000);
    QVERIFY(node->httpStats().evicted > evictedBefore);
    QVERIFY(node->httpStats().openConnections <= 12);
    QCOMPARE(node->httpStats().timedOut, 0u);
}

void TestDevnetBackpressure::slowRequestIsAbortedAtTheTimeout() {
    devnet::HttpLimits limits;
    limits.timeoutMs = 1500;
    const auto node = startNode(limits);
    QVERIFY(node->isRunning());

    RawClient slow("127.0.0.2", node->port());
    QVERIFY(slow.isConnected());
    const QByteArray start = "GET /health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: ";
    QCOMPARE(slow.sendSome(start.constData(), start.size()), start.size());
    // One more header byte every 50 ms: the client is never silent, but its request never completes.
    qint64 trickled = 0;
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&] {
        if (slow.sendSome("a", 1) == 1)
            ++trickled;
    });
    drip.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(slow.readAvailable(), 60000);
    drip.stop();
    QVERIFY2(slow.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"), slow.received.constData());
    QVERIFY(trickled > 0);
    QVERIFY(start.size() + trickled < 16 * 1024); // cut off by the timeout, not by the header cap
    QTRY_COMPARE_WITH_TIMEOUT(node->httpStats().openConnections, 0, 10000);
    QCOMPARE(node->httpStats().timedOut, 1u);
}

QTEST_GUILESS_MAIN(TestDevnetBackpressure)
#include "tst_devnet_backpressure.moc"
