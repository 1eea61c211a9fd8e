#include "chain/combined_node.h"

namespace aitbc::chain {

CombinedNode::CombinedNode(std::unique_ptr<RpcNode> rpc, std::unique_ptr<DbNode> db, QObject* parent)
    : Node(parent)
    , m_rpc(std::move(rpc))
    , m_db(std::move(db)) {
    connect(m_rpc.get(), &Node::headChanged, this, &Node::headChanged);
    connect(m_rpc.get(), &Node::unreachable, this, &Node::unreachable);
}

CombinedNode::~CombinedNode() = default;

QString CombinedNode::describe() const {
    return m_rpc->describe() + QStringLiteral(" + ") + m_db->describe();
}

QString CombinedNode::chainId() const {
    const QString id = m_rpc->chainId();
    return id.isEmpty() ? m_db->chainId() : id;
}

QFuture<NodeResult<NodeHealth>> CombinedNode::health() {
    return m_rpc->health();
}
QFuture<NodeResult<BlockHeader>> CombinedNode::head() {
    return m_rpc->head();
}
QFuture<NodeResult<Block>> CombinedNode::block(qint64 height) {
    return m_db->block(height);
}

QFuture<NodeResult<QList<Block>>> CombinedNode::blocks(qint64 from, qint64 to, bool withTransactions) {
    return m_db->blocks(from, to, withTransactions);
}

QFuture<NodeResult<QList<MempoolEntry>>> CombinedNode::mempool() {
    return m_rpc->mempool();
}
QFuture<NodeResult<Account>> CombinedNode::account(const QString& address) {
    return m_rpc->account(address);
}
QFuture<NodeResult<SubmitResult>> CombinedNode::submit(const json::Value& body) {
    return m_rpc->submit(body);
}

QFuture<NodeResult<QList<ChainMessage>>> CombinedNode::messages(const QString& address) {
    return m_db->messages(address);
}

void CombinedNode::watchHead(int intervalMs) {
    m_rpc->watchHead(intervalMs);
}

} // namespace aitbc::chain
