#pragma once

#include "chain/types.h"
#include "util/result.h"
#include "json/value.h"

#include <QFuture>
#include <QObject>

namespace aitbc::chain {

template <typename T> using NodeResult = Result<T, NodeError>;

/// One AITBC node, whatever it is reached through (RPC, chain.db, or both). Models, the CLI, the
/// responder and the sync comparator use only this interface (Bitcoin Core's interfaces::Node is the
/// model). Every call is asynchronous: the work runs on a worker thread (database) or in the network
/// stack, never blocking the caller; results are plain values delivered through QFuture. Continue on
/// the GUI thread with `future.then(contextObject, ...)`.
class Node : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Node() override = default;

    /// Short description for the UI and logs ("http://127.0.0.1:8006", "/var/lib/.../chain.db").
    virtual QString describe() const = 0;
    /// Chain id used on every call (`chain_id` query parameter / `chain_id` column).
    virtual QString chainId() const = 0;

    virtual QFuture<NodeResult<NodeHealth>> health() = 0;
    virtual QFuture<NodeResult<BlockHeader>> head() = 0;
    virtual QFuture<NodeResult<Block>> block(qint64 height) = 0;
    /// Inclusive range [from, to]; implementations page internally and may be cancelled via the future.
    virtual QFuture<NodeResult<QList<Block>>> blocks(qint64 from, qint64 to, bool withTransactions) = 0;
    virtual QFuture<NodeResult<QList<MempoolEntry>>> mempool() = 0;
    virtual QFuture<NodeResult<Account>> account(const QString& address) = 0;
    /// POSTs a REF body (protocol.md §1.2) as given. Unsupported on a chain.db-only node.
    virtual QFuture<NodeResult<SubmitResult>> submit(const json::Value& body) = 0;
    /// Messages sent to or from `address`, in chain order (height, then row order). Repeated calls are
    /// incremental: the cost of a poll is proportional to what is new since the previous call.
    virtual QFuture<NodeResult<QList<ChainMessage>>> messages(const QString& address) = 0;

    /// Starts polling the head every `intervalMs`; `headChanged` fires when height or hash changes and
    /// `unreachable` when a poll fails. Stops when intervalMs <= 0.
    virtual void watchHead(int intervalMs) = 0;

signals:
    void headChanged(const aitbc::chain::BlockHeader& head);
    void unreachable(const aitbc::chain::NodeError& error);
};

} // namespace aitbc::chain
