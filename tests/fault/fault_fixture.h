#pragma once

// Shared pieces of the fault-injection tests: real in-process devnet nodes on 127.0.0.1 with the real
// chain's genesis and keys, RPC clients with short timeouts, and helpers that wait on QFutures.

#include "devnet_support.h"
#include "test_future.h"
#include "testdata.h"

#include "chain/rpc_node.h"
#include "crypto/ed25519.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "json/parse.h"

#include <QFuture>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace aitbc::test {

/// One devnet leader that can be stopped and started again on the same data folder and port (a node
/// process killed and restarted: the chain.db survives, the in-memory mempool does not, as at REF).
class TestDevnet {
public:
    TestDevnet(const QString& dataDir, const QString& chainId)
        : m_dataDir(dataDir)
        , m_chainId(chainId) {}

    bool start(double blockTimeSeconds = 0.2, double idleSeconds = 60) {
        devnet::NodeConfig config;
        config.dataDir = m_dataDir;
        config.chainId = m_chainId;
        config.port = m_port; // 0 the first time; the same port after a restart
        config.blockTimeSeconds = blockTimeSeconds;
        config.idleBlockSeconds = idleSeconds;
        config.genesis = realGenesis();
        m_node = startDevnet(config);
        if (!m_node->isRunning()) {
            m_node.reset();
            return false;
        }
        m_port = m_node->port();
        return true;
    }
    /// Stops serving and closes the database, as a killed node process would (the mempool is lost).
    void kill() { m_node.reset(); }
    bool isRunning() const { return m_node != nullptr; }
    quint16 port() const { return m_port; }
    qint64 height() const { return m_node ? m_node->height() : -1; }
    QString chainId() const { return m_chainId; }

private:
    QString m_dataDir;
    QString m_chainId;
    quint16 m_port = 0;
    std::unique_ptr<devnet::DevnetNode> m_node;
};

/// An RPC client for 127.0.0.1:<port>; no retries so that faults show at once; no chain id configured
/// (it is learnt from /health, as for a node profile that does not pin one).
inline std::unique_ptr<chain::RpcNode> rpcNode(quint16 port, int timeoutMs = 3000) {
    chain::RpcOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.timeoutMs = timeoutMs;
    options.maxRetries = 0;
    options.backoffMs = 50;
    return std::make_unique<chain::RpcNode>(options);
}

/// A real-chain account: address as its keystore writes it, and its signing key.
struct Account {
    QString address;
    std::unique_ptr<crypto::Ed25519Key> key;
};

inline Account realChainAccount(const QString& name) {
    const auto keys = json::parse(readTestData(QStringLiteral("real-chain/keys.json")));
    const json::Value& entry = (*keys)[name];
    Account a;
    a.address = entry[QStringLiteral("address")].toString();
    auto key = crypto::Ed25519Key::fromSeed(
        QByteArray::fromHex(entry[QStringLiteral("private_key_hex")].toString().toLatin1()));
    if (!key)
        qFatal("bad key in keys.json");
    a.key = std::make_unique<crypto::Ed25519Key>(std::move(key).value());
    return a;
}

/// How many messages with exactly `text` the node at `port` holds in its blocks, for `address`.
inline int countOnChain(quint16 port, const QString& address, const QString& text) {
    auto node = rpcNode(port);
    const auto messages = node->messages(address);
    const auto result = waitFor(messages);
    if (!result.ok())
        qFatal("messages(): %s", qPrintable(result.error().message));
    int n = 0;
    for (const chain::ChainMessage& m : result.value())
        n += m.text == text ? 1 : 0;
    return n;
}

} // namespace aitbc::test
