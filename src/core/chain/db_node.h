#pragma once

#include "chain/db_reader.h"
#include "chain/node.h"

#include <QMutex>
#include <QThreadPool>

#include <memory>

namespace aitbc::chain {

class HeadWatcher;

/// A node read directly from its chain.db (protocol.md §4), read-only, while the node keeps writing.
///
/// Threading: every call runs on one dedicated worker thread (a QThreadPool of exactly one thread that
/// never expires), which owns the only QSqlDatabase connection of this node and the message index; the
/// caller gets a QFuture at once. Calls are executed in the order they were made.
class DbNode : public Node {
    Q_OBJECT
public:
    explicit DbNode(DbOptions options, QObject* parent = nullptr);
    ~DbNode() override;

    QString describe() const override;
    /// The configured chain id, or the one found in the file once a call has opened it.
    QString chainId() const override;

    QFuture<NodeResult<NodeHealth>> health() override;
    QFuture<NodeResult<BlockHeader>> head() override;
    QFuture<NodeResult<Block>> block(qint64 height) override;
    QFuture<NodeResult<QList<Block>>> blocks(qint64 from, qint64 to, bool withTransactions) override;
    QFuture<NodeResult<QList<MempoolEntry>>> mempool() override;
    QFuture<NodeResult<Account>> account(const QString& address) override;
    /// Always fails with NodeError::Kind::Unsupported: a chain.db is never written.
    QFuture<NodeResult<SubmitResult>> submit(const json::Value& body) override;
    QFuture<NodeResult<QList<ChainMessage>>> messages(const QString& address) override;
    void watchHead(int intervalMs) override;

    /// Index figures (runs on the worker, like every other call).
    QFuture<DbReader::IndexStats> indexStats();

private:
    template <typename F> auto run(F&& f);

    DbOptions m_options;
    std::shared_ptr<DbReader> m_reader;
    QThreadPool m_pool;
    HeadWatcher* m_watcher = nullptr;
    mutable QMutex m_chainIdMutex;
    QString m_resolvedChainId;
};

} // namespace aitbc::chain
