#pragma once

#include "chain/node.h"
#include "chain/rpc_transport.h"

#include <QMutex>
#include <QThread>

namespace aitbc::chain {

class HeadWatcher;
class RpcSession;

/// A node reached over its HTTP RPC (protocol.md §5). Works against REF, the guide's APRIL node and HEAD
/// for reads; `health()` reports which one answers (NodeHealth::protocol).
///
/// Threading: a QNetworkAccessManager and all per-node state (detected protocol, the message scan)
/// live on a worker QThread owned by this object. Calls post work to it and return a QFuture at once,
/// so `cli::await(future)` and `future.then(guiObject, ...)` both work and the caller never blocks.
///
/// Messages: at REF `/rpc/transactions` ignores `address` (§5.2, §10.17), so the node's blocks are
/// scanned with `/rpc/blocks-range?include_tx=true`, 100 blocks per request, from the last scanned
/// height on: a poll costs the blocks made since the previous one. The same scan is used at HEAD (whose
/// `/rpc/transactions?address=` items carry no block height to order them by).
class RpcNode : public Node {
    Q_OBJECT
public:
    explicit RpcNode(RpcOptions options, QObject* parent = nullptr);
    ~RpcNode() override;

    QString describe() const override;
    /// The configured chain id, or `supported_chains[0]` of /health once health() ran (§5.1).
    QString chainId() const override;

    QFuture<NodeResult<NodeHealth>> health() override;
    QFuture<NodeResult<BlockHeader>> head() override;
    QFuture<NodeResult<Block>> block(qint64 height) override;
    QFuture<NodeResult<QList<Block>>> blocks(qint64 from, qint64 to, bool withTransactions) override;
    QFuture<NodeResult<QList<MempoolEntry>>> mempool() override;
    QFuture<NodeResult<Account>> account(const QString& address) override;
    QFuture<NodeResult<SubmitResult>> submit(const json::Value& body) override;
    QFuture<NodeResult<QList<ChainMessage>>> messages(const QString& address) override;
    void watchHead(int intervalMs) override;

    /// Blocks fetched per blocks-range request (default 100).
    static constexpr int kPageBlocks = 100;

private:
    template <typename T, typename Op> QFuture<NodeResult<T>> call(Op op);

    RpcOptions m_options;
    QThread m_thread;
    RpcSession* m_session = nullptr;
    HeadWatcher* m_watcher = nullptr;
};

} // namespace aitbc::chain
