#include "chain/node_profile.h"

#include "address/address_check.h"
#include "chain/combined_node.h"
#include "chain/safe_url.h"

#include <QUrl>

namespace aitbc::chain {

QString profileProblem(const NodeProfile& profile) {
    if (profile.rpcUrl.isEmpty() && profile.chainDbPath.isEmpty() && profile.agentAddress.isEmpty())
        return QObject::tr("the node needs an RPC URL, a chain.db path or an agent address");
    if (!profile.rpcUrl.isEmpty()) {
        // Credentials in a URL end up in logs, error messages and settings files, so none are taken.
        if (hasUserInfo(profile.rpcUrl))
            return QObject::tr("the RPC URL '%1' contains a user name or password; AITBC nodes take no "
                               "credentials, and a URL with them would be logged and stored: remove "
                               "'user:password@'")
                .arg(urlForDisplay(profile.rpcUrl));
        const QUrl url(profile.rpcUrl);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return QObject::tr("invalid RPC URL '%1' (expected e.g. http://127.0.0.1:8006)")
                .arg(urlForDisplay(profile.rpcUrl));
    }
    if (!profile.agentAddress.isEmpty() && !address::isAitbcAddress(profile.agentAddress))
        return QObject::tr(
                   "the agent address '%1' is not an AITBC address (expected ait1 and 40 hex digits, or "
                   "a 62-character ait1... bech32 address)")
            .arg(profile.agentAddress.left(80));
    return {};
}

std::unique_ptr<Node> createNode(const NodeProfile& profile, QObject* parent) {
    if (!profileProblem(profile).isEmpty())
        return nullptr;
    std::unique_ptr<RpcNode> rpc;
    std::unique_ptr<DbNode> db;
    if (!profile.rpcUrl.isEmpty()) {
        RpcOptions o;
        o.baseUrl = QUrl(profile.rpcUrl);
        o.chainId = profile.chainId;
        o.timeoutMs = profile.timeoutMs;
        o.maxRetries = profile.maxRetries;
        o.proxy = profile.proxy;
        rpc = std::make_unique<RpcNode>(o);
    }
    if (!profile.chainDbPath.isEmpty()) {
        DbOptions o;
        o.path = profile.chainDbPath;
        o.chainId = profile.chainId;
        o.busyTimeoutMs = profile.busyTimeoutMs;
        db = std::make_unique<DbNode>(o);
    }
    if (!rpc && !db)
        return nullptr; // reached only through its agent: the GUI's ReportedNode, fed by status reports
    std::unique_ptr<Node> node;
    if (rpc && db)
        node = std::make_unique<CombinedNode>(std::move(rpc), std::move(db));
    else if (rpc)
        node = std::move(rpc);
    else
        node = std::move(db);
    node->setParent(parent);
    return node;
}

} // namespace aitbc::chain
