#pragma once

#include "chain/db_node.h"
#include "chain/rpc_node.h"

#include <memory>

namespace aitbc::chain {

/// A node known by both its RPC URL and its chain.db: blocks and messages are read from chain.db (full
/// rows, an incremental local index, no HTTP paging), while head, health, mempool, accounts and
/// submission go through the RPC (the live mempool is not in chain.db, §4.2, and the RPC's head is
/// what peers see).
class CombinedNode : public Node {
    Q_OBJECT
public:
    CombinedNode(std::unique_ptr<RpcNode> rpc, std::unique_ptr<DbNode> db, QObject* parent = nullptr);
    ~CombinedNode() override;

    QString describe() const override;
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

    RpcNode* rpc() const { return m_rpc.get(); }
    DbNode* db() const { return m_db.get(); }

private:
    std::unique_ptr<RpcNode> m_rpc;
    std::unique_ptr<DbNode> m_db;
};

} // namespace aitbc::chain
