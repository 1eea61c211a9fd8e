#pragma once

#include "chain/node.h"

#include <QNetworkProxy>
#include <QString>

#include <memory>
#include <optional>

namespace aitbc::chain {

/// A configured node, as the GUI's nodes pane and the CLI know it. At least one of rpcUrl, chainDbPath
/// and agentAddress is set.
struct NodeProfile {
    enum class Role { Leader, Follower };
    QString name;
    QString rpcUrl;      ///< e.g. http://127.0.0.1:8006; empty: no RPC. Never with user:password@
                         ///< (profileProblem() refuses it: it would be logged and stored).
    QString chainDbPath; ///< the node's chain.db; empty: no direct database access
    QString chainId;     ///< empty: discovered (/health supported_chains[0], or the file's main chain)
    Role role = Role::Leader;
    std::optional<QNetworkProxy> proxy; ///< unset: the system/application default
    qint64 fee = 10;                    ///< fee used when sending from this node's accounts (§6.3)
    /// The wallet address of the agent running next to this node (`aitbc-agent daemon --answer-status`):
    /// the node is also "reached through its agent", whose signed status reports describe it when its RPC
    /// and chain.db cannot be reached from here (docs/status-protocol.md). Empty: not through an agent.
    QString agentAddress;

    // Transport tuning (defaults suit a desktop; tests lower them).
    int timeoutMs = 8000;
    int maxRetries = 2;
    int busyTimeoutMs = 5000;
};

/// Why a profile cannot produce a node (shown to the user as is; never contains a URL's password).
QString profileProblem(const NodeProfile& profile);

/// Creates the node for a profile: RPC only, chain.db only, or both (CombinedNode: messages and blocks
/// from chain.db, head/mempool/accounts/submission over RPC). Returns nullptr when profileProblem()
/// is not empty, and for a profile reached only through its agent (no RPC URL, no chain.db: its node is
/// built from the agent's status reports, sync::ReportedNode). The node starts no work until it is called.
std::unique_ptr<Node> createNode(const NodeProfile& profile, QObject* parent = nullptr);

} // namespace aitbc::chain
