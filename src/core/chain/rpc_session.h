#pragma once

#include "chain/message_set.h"
#include "chain/node.h"
#include "chain/rpc_transport.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <vector>

namespace aitbc::chain {

/// RpcNode's worker-thread side: the transport plus what is learnt about the node (its protocol
/// generation, its chain id, the messages scanned so far). Every method runs on the worker thread and
/// calls its callback exactly once.
class RpcSession : public QObject {
    Q_OBJECT
public:
    template <typename T> using Reply = std::function<void(NodeResult<T>)>;

    explicit RpcSession(RpcOptions options);

    /// Thread-safe: the configured chain id, or the one /health announced.
    QString chainId() const;

    void health(Reply<NodeHealth> done);
    void head(Reply<BlockHeader> done);
    void blocks(qint64 from, qint64 to, bool withTransactions, Reply<QList<Block>> done);
    void mempool(Reply<QList<MempoolEntry>> done);
    void account(const QString& address, Reply<Account> done);
    void submit(const QByteArray& body, Reply<SubmitResult> done);
    void messages(const QString& address, Reply<QList<ChainMessage>> done);

private:
    void detectProtocol(std::function<void(Protocol)> done);
    void blocksPage(qint64 from, qint64 to, bool withTransactions, std::shared_ptr<QList<Block>> acc,
                    Reply<QList<Block>> done);
    void scan(std::function<void(std::optional<NodeError>)> done);
    void scanFrom(qint64 next, qint64 tip, std::function<void(std::optional<NodeError>)> done);
    void finishScan(std::optional<NodeError> error);
    void resetMessages();

    RpcTransport m_transport;
    mutable QMutex m_mutex;
    QString m_chainId;
    Protocol m_protocol = Protocol::Unknown;

    // Message scan state: every message transaction seen so far, indexed by address.
    struct Stored {
        Transaction tx;
        qint64 order = 0;
    };
    std::vector<Stored> m_stored;
    QHash<QString, std::vector<size_t>> m_byAddress;
    qint64 m_scannedHeight = -1;
    QString m_scannedHash;
    qint64 m_order = 0;
    bool m_scanning = false;
    std::vector<std::function<void(std::optional<NodeError>)>> m_scanWaiters;
    struct AddressCache {
        AddressMessages messages;
        size_t upTo = 0; // entries of m_byAddress[address] already turned into messages
    };
    QHash<QString, AddressCache> m_cache;
};

} // namespace aitbc::chain
