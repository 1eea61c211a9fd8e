// The devnet's request handling: HTTP/1.1 parsing (request line, headers, Content-Length, limits) and
// every route behind it (reads, POST /rpc/transaction admission, POST /rpc/importBlock).
//
// The devnet has no socket-free entry point (HttpConnection and NodeWorker::handle are private), so the
// target runs two real in-process nodes on 127.0.0.1 (REF quirks and fixed quirks, genesis of the real
// chain) and sends every input over a real connection. Node runs its server in its own thread, so the
// blocking client here does not starve it; a crash or sanitizer report in that thread stops the run.
//
// Input format: byte 0 selects node and mode. Structured mode (3 of 4): a method, then the rest up to the
// first '\n' is the request target (CR/LF removed so it cannot add headers), the remainder is the body; a
// well-formed request with Content-Length and "Connection: close" is built around them, so the node must
// answer: no answer within 10 s is a finding (a hang). Raw mode: the bytes go to the socket as they are
// (any header block, any Content-Length); the answer is awaited briefly and the connection dropped.

#include "fuzz_support.h"

#include "devnet/devnet_node.h"
#include "devnet/genesis.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

using namespace aitbc;

namespace {

const char kGenesis[] = R"({"allocations": [
 {"address": "ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9", "balance": 1000000000, "nonce": 0},
 {"address": "ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay", "balance": 1000000, "nonce": 0},
 {"address": "ait1396732xy36yr8x62k50fa9lx96g0vhu5hahxqvdwclemt4kqpn8s4q5zjm", "balance": 0, "nonce": 0}],
 "authorities": [{"address": "ait1q326uw8nnturuegdr0pxzdrx4xvvkusuc5c53e8whfr7rh5442fq4x87q9", "weight": 1}],
 "chain_id": "ait-mainnet", "params": {"base_fee": 10}, "timestamp": 1795653675})";

struct Devnet {
    QTemporaryDir dir;
    std::unique_ptr<devnet::DevnetNode> nodes[2];
};

Devnet* g_devnet = nullptr;

std::unique_ptr<devnet::DevnetNode> startNode(const QString& dataDir, devnet::Quirks quirks) {
    devnet::NodeConfig config;
    config.dataDir = dataDir;
    config.quirks = quirks;
    config.blockTimeSeconds = 0.5;
    config.importIntervalSeconds = 0; // the REF throttle would make imports wait in line
    config.genesis = protocol::parseGenesis(QByteArray(kGenesis)).value();
    auto node = std::make_unique<devnet::DevnetNode>(config);
    if (const auto started = node->start(); !started) {
        std::fprintf(stderr, "devnet node did not start: %s\n", qPrintable(started.error().message));
        std::abort();
    }
    return node;
}

const char* const kMethods[] = {"GET", "POST", "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"};

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    if (!QCoreApplication::instance()) // the regression test brings its own
        static QCoreApplication app(*argc, *argv);
    g_devnet = new Devnet;
    if (!g_devnet->dir.isValid())
        std::abort();
    g_devnet->nodes[0] = startNode(g_devnet->dir.filePath(QStringLiteral("ref")), devnet::Quirks::Ref);
    g_devnet->nodes[1] = startNode(g_devnet->dir.filePath(QStringLiteral("fixed")), devnet::Quirks::Fixed);
    return 0;
}

/// Stops both nodes and removes their folder (the regression test calls it; a fuzzing process just exits).
extern "C" void aitbcFuzzDevnetShutdown() {
    delete g_devnet;
    g_devnet = nullptr;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const devnet::DevnetNode& node = *g_devnet->nodes[selector & 1];
    const bool raw = ((selector >> 1) & 3) == 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);

    QByteArray request;
    if (raw) {
        request = rest;
    } else {
        const qsizetype nl = rest.indexOf('\n');
        QByteArray target = nl < 0 ? rest : rest.left(nl);
        target.replace('\r', "").replace('\n', "");
        if (!target.startsWith('/'))
            target.prepend('/');
        const QByteArray body = nl < 0 ? QByteArray() : rest.mid(nl + 1);
        request = QByteArray(kMethods[(selector >> 3) & 7]) + ' ' + target +
                  " HTTP/1.1\r\nhost: 127.0.0.1\r\n"
                  "content-type: application/json\r\nconnection: close\r\ncontent-length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, node.port());
    if (!socket.waitForConnected(5000))
        fuzz::violated("devnet stopped accepting connections", request);
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    if (raw) {
        if (socket.waitForReadyRead(30))
            answer = socket.readAll();
        socket.abort();
        return 0;
    }
    // Structured: a complete request with "connection: close": read until the node closes.
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    answer += socket.readAll();
    if (socket.state() == QAbstractSocket::ConnectedState)
        fuzz::violated("devnet did not answer a complete request within 10 s", request);
    AITBC_FUZZ_CHECK(answer.startsWith("HTTP/1.1 "), request + "\n---\n" + answer);
    return 0;
}
