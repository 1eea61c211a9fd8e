#pragma once

#include "devnet/genesis.h"
#include "devnet/http_server.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace aitbc::devnet {

/// Leader = the PoA proposer (produces blocks); follower = syncs from a leader and never proposes.
enum class Role { Leader, Follower };

/// Which node behaviour to reproduce.
/// Ref (default): exactly what the REF node does: signatures and the body's chain_id ignored, follower
/// sync through blocks-range + importBlock stores headers only (transactions lost), importBlock throttled,
/// `transaction.nonce` stored minus one, /rpc/genesis_allocations broken (503), blocks sealed on the
/// proposer's check grid (the first one block time after start).
/// Fixed: what a corrected node would do: signatures verified where a public_key is sent, chain_id
/// checked, followers import transaction rows and balances, genesis_allocations answers.
enum class Quirks { Ref, Fixed };

QString roleName(Role role);       ///< "leader" / "follower"
QString quirksName(Quirks quirks); ///< "ref" / "fixed"

/// Everything a devnet node needs; defaults are the real node's.
struct NodeConfig {
    QString dataDir;  ///< the database is <dataDir>/data/<chainId>/chain.db, as on a real node
    quint16 port = 0; ///< 0: a free port (see DevnetNode::url())
    QHostAddress bindAddress = QHostAddress::LocalHost;
    QString chainId = QStringLiteral("ait-mainnet");
    Role role = Role::Leader;
    QUrl leaderUrl;                 ///< followers only
    double blockTimeSeconds = 10.0; ///< at most one block per block time while the mempool is non-empty
    double idleBlockSeconds = 60.0; ///< empty heartbeat block after this much idle time
    /// Ref quirks: an idle proposer re-checks its mempool this often (REF: every 2.5 s at a 10 s block
    /// time, §1.5). 0: a quarter of the block time.
    double idleCheckSeconds = 0.0;
    Quirks quirks = Quirks::Ref;
    /// Genesis allocations and authorities. Empty allocations: the chain starts with no accounts.
    protocol::GenesisFile genesis;
    QString proposerId; ///< empty: the genesis file's first authority (else "devnet-proposer")
    double importIntervalSeconds = 1.0; ///< /rpc/importBlock throttle (REF: one import per second)
    double followerPollSeconds = 1.0;   ///< how often a follower polls the leader's head
    int followerBatchSize = 100;        ///< blocks per blocks-range request
    qint64 maxBodyBytes = 1024 * 1024;  ///< larger request bodies get 413
    HttpLimits httpLimits;              ///< timeout, output bound, connection caps of the RPC server
    int maxTxPerBlock = 500;            ///< REF proposer limit
};

} // namespace aitbc::devnet
