#pragma once
// Shared by the messaging tests: deterministic keys, a devnet leader (and follower) with funded accounts,
// and chain queries that count what really landed on chain.

#include "chain/node_profile.h"
#include "chain/payload_text.h"
#include "crypto/ed25519.h"
#include "devnet/devnet_node.h"
#include "devnet_support.h"
#include "messaging/future_util.h"
#include "test_keys.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace aitbc::test {

/// A devnet leader with short block times and the given funded addresses, on 127.0.0.1.
inline std::unique_ptr<devnet::DevnetNode> startLeader(const QString& dataDir, const QStringList& funded,
                                                       quint16 port = 0, qint64 balance = 1000) {
    devnet::NodeConfig cfg;
    cfg.dataDir = dataDir;
    cfg.port = port;
    cfg.chainId = QStringLiteral("ait-devnet");
    cfg.blockTimeSeconds = 0.2;
    cfg.idleBlockSeconds = 3600;
    cfg.genesis.chainId = cfg.chainId;
    cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
    for (const QString& a : funded)
        cfg.genesis.allocations.append({a, balance, 0});
    auto node = startDevnet(cfg);
    if (!node->isRunning())
        qFatal("devnet leader did not start");
    return node;
}

/// A devnet follower of `leaderUrl` (Fixed quirks: it stores transaction rows, which a REF follower loses,
/// protocol.md §10.22).
inline std::unique_ptr<devnet::DevnetNode> startFollower(const QString& dataDir, const QUrl& leaderUrl,
                                                         const QStringList& funded, qint64 balance = 1000) {
    devnet::NodeConfig cfg;
    cfg.dataDir = dataDir;
    cfg.chainId = QStringLiteral("ait-devnet");
    cfg.role = devnet::Role::Follower;
    cfg.leaderUrl = leaderUrl;
    cfg.quirks = devnet::Quirks::Fixed;
    cfg.followerPollSeconds = 0.1;
    cfg.importIntervalSeconds = 0.0;
    cfg.genesis.chainId = cfg.chainId;
    cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
    for (const QString& a : funded)
        cfg.genesis.allocations.append({a, balance, 0});
    auto node = startDevnet(cfg);
    if (!node->isRunning())
        qFatal("devnet follower did not start");
    return node;
}

/// An RPC client for a devnet node. Patient: a sanitizer build on a loaded machine can take seconds to
/// answer, and a read that times out would read as "no height" or "not on chain" to a waiting test.
inline std::unique_ptr<chain::Node> rpcClient(const QUrl& url) {
    chain::NodeProfile p;
    p.name = QStringLiteral("test");
    p.rpcUrl = url.toString();
    p.chainId = QStringLiteral("ait-devnet");
    p.timeoutMs = 30000;
    p.maxRetries = 0;
    return chain::createNode(p);
}

/// Every transaction on the chain of `node` whose message text is `text`.
inline QList<chain::Transaction> transactionsWithText(chain::Node* node, const QString& text) {
    QList<chain::Transaction> out;
    const auto head = waitFor(node->head());
    if (!head.ok())
        return out;
    const auto blocks = waitFor(node->blocks(0, head->height, true));
    if (!blocks.ok())
        return out;
    for (const chain::Block& b : blocks.value())
        for (const chain::Transaction& t : b.transactions) {
            const auto pt = chain::extractPayloadText(t.payload, t.txMetadata);
            if (pt && pt->text == text)
                out.append(t);
        }
    return out;
}

} // namespace aitbc::test
