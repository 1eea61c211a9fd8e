#include "chain/db_node.h"

#include "chain/head_watcher.h"

#include <QPromise>

namespace aitbc::chain {

DbNode::DbNode(DbOptions options, QObject* parent)
    : Node(parent)
    , m_options(std::move(options))
    , m_reader(std::make_shared<DbReader>(m_options)) {
    // One thread that lives as long as the node: the connection belongs to it (one QSqlDatabase
    // connection per thread), and a single thread also serialises access to the message index.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_resolvedChainId = m_options.chainId;
}

DbNode::~DbNode() {
    m_pool.clear(); // queued calls are dropped: their futures end cancelled
    // Close the connection on the thread that opened it, then let the reader go.
    m_pool.start([reader = m_reader] { reader->close(); });
    m_pool.waitForDone();
}

// Futures come from a QPromise, not from QtConcurrent::run: waitForFinished() on a QtConcurrent future
// may run a task that has not started yet on the *waiting* thread, and the reader's connection must
// only ever be used on the pool's one thread.
template <typename F> auto DbNode::run(F&& f) {
    using R = std::invoke_result_t<F&, DbReader&>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    m_pool.start([this, promise, reader = m_reader, fn = std::forward<F>(f)]() mutable {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        promise->addResult(fn(*reader));
        const QString id = reader->chainId();
        {
            QMutexLocker lock(&m_chainIdMutex);
            if (!id.isEmpty())
                m_resolvedChainId = id;
        }
        promise->finish();
    });
    return future;
}

QString DbNode::describe() const {
    return m_options.path;
}

QString DbNode::chainId() const {
    QMutexLocker lock(&m_chainIdMutex);
    return m_resolvedChainId;
}

QFuture<NodeResult<NodeHealth>> DbNode::health() {
    return run([](DbReader& r) { return r.health(); });
}

QFuture<NodeResult<BlockHeader>> DbNode::head() {
    return run([](DbReader& r) { return r.head(); });
}

QFuture<NodeResult<Block>> DbNode::block(qint64 height) {
    return run([height](DbReader& r) { return r.block(height); });
}

QFuture<NodeResult<QList<Block>>> DbNode::blocks(qint64 from, qint64 to, bool withTransactions) {
    return run([=](DbReader& r) { return r.blocks(from, to, withTransactions); });
}

QFuture<NodeResult<QList<MempoolEntry>>> DbNode::mempool() {
    return run([](DbReader& r) { return r.mempool(); });
}

QFuture<NodeResult<Account>> DbNode::account(const QString& address) {
    return run([address](DbReader& r) { return r.account(address); });
}

QFuture<NodeResult<SubmitResult>> DbNode::submit(const json::Value&) {
    NodeError e;
    e.kind = NodeError::Kind::Unsupported;
    e.message = tr("a chain.db source is read-only: configure the node's RPC URL to send transactions");
    return QtFuture::makeReadyFuture(NodeResult<SubmitResult>(e));
}

QFuture<NodeResult<QList<ChainMessage>>> DbNode::messages(const QString& address) {
    auto future = run([address](DbReader& r) { return r.messages(address); });
    // After the answer is delivered: a first load without an index answered from a targeted query, and
    // the index is built now, before the next call in the queue.
    m_pool.start([reader = m_reader] { reader->finishIndex(); });
    return future;
}

QFuture<DbReader::IndexStats> DbNode::indexStats() {
    return run([](DbReader& r) { return r.indexStats(); });
}

void DbNode::watchHead(int intervalMs) {
    if (!m_watcher)
        m_watcher = new HeadWatcher(this, [this] { return head(); });
    m_watcher->setInterval(intervalMs);
}

} // namespace aitbc::chain
