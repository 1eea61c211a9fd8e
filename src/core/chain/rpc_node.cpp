#include "chain/rpc_node.h"

#include "chain/head_watcher.h"
#include "chain/rpc_session.h"
#include "chain/safe_url.h"
#include "json/canonical.h"

#include <QPromise>

namespace aitbc::chain {

RpcNode::RpcNode(RpcOptions options, QObject* parent)
    : Node(parent)
    , m_options(std::move(options)) {
    m_thread.setObjectName(QStringLiteral("aitbc-rpc"));
    m_session = new RpcSession(m_options);
    m_session->moveToThread(&m_thread);
    // The documented QThread worker pattern: the session (and its QNetworkAccessManager) is deleted on
    // its own thread when the thread ends.
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    m_thread.start();
}

RpcNode::~RpcNode() {
    m_thread.quit();
    m_thread.wait();
}

template <typename T, typename Op> QFuture<NodeResult<T>> RpcNode::call(Op op) {
    auto promise = std::make_shared<QPromise<NodeResult<T>>>();
    QFuture<NodeResult<T>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_session,
        [session = m_session, promise, op = std::move(op)]() mutable {
            op(*session, [promise](NodeResult<T> result) {
                promise->addResult(std::move(result));
                promise->finish();
            });
        },
        Qt::QueuedConnection);
    return future;
}

QString RpcNode::describe() const {
    return urlForDisplay(m_options.baseUrl);
}

QString RpcNode::chainId() const {
    return m_session->chainId();
}

QFuture<NodeResult<NodeHealth>> RpcNode::health() {
    return call<NodeHealth>([](RpcSession& s, auto done) { s.health(std::move(done)); });
}

QFuture<NodeResult<BlockHeader>> RpcNode::head() {
    return call<BlockHeader>([](RpcSession& s, auto done) { s.head(std::move(done)); });
}

QFuture<NodeResult<Block>> RpcNode::block(qint64 height) {
    // blocks-range gives full transaction rows (with sender); /rpc/blocks/{h} does not (§10.18).
    return call<Block>([height](RpcSession& s, auto done) {
        s.blocks(height, height, true, [height, done](NodeResult<QList<Block>> r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            if (r->isEmpty()) {
                NodeError e;
                e.kind = NodeError::Kind::NotFound;
                e.message = tr("block %1 not found").arg(height);
                done(e);
                return;
            }
            done(r->first());
        });
    });
}

QFuture<NodeResult<QList<Block>>> RpcNode::blocks(qint64 from, qint64 to, bool withTransactions) {
    return call<QList<Block>>(
        [=](RpcSession& s, auto done) { s.blocks(from, to, withTransactions, std::move(done)); });
}

QFuture<NodeResult<QList<MempoolEntry>>> RpcNode::mempool() {
    return call<QList<MempoolEntry>>([](RpcSession& s, auto done) { s.mempool(std::move(done)); });
}

QFuture<NodeResult<Account>> RpcNode::account(const QString& address) {
    return call<Account>([address](RpcSession& s, auto done) { s.account(address, std::move(done)); });
}

QFuture<NodeResult<SubmitResult>> RpcNode::submit(const json::Value& body) {
    // The body goes out as given (member order kept, UTF-8): the node hashes its own normalization.
    const QByteArray bytes = json::dump(body, {json::Separators::Compact, false, false});
    return call<SubmitResult>([bytes](RpcSession& s, auto done) { s.submit(bytes, std::move(done)); });
}

QFuture<NodeResult<QList<ChainMessage>>> RpcNode::messages(const QString& address) {
    return call<QList<ChainMessage>>(
        [address](RpcSession& s, auto done) { s.messages(address, std::move(done)); });
}

void RpcNode::watchHead(int intervalMs) {
    if (!m_watcher)
        m_watcher = new HeadWatcher(this, [this] { return head(); });
    m_watcher->setInterval(intervalMs);
}

} // namespace aitbc::chain
