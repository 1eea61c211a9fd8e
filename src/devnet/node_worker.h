#pragma once

#include "devnet/agent_forum.h"
#include "devnet/chain_store.h"
#include "devnet/http_server.h"
#include "devnet/node_config.h"
#include "protocol/ref_request.h"
#include "json/value.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace aitbc::devnet {

/// A transaction waiting for a block: the node's normalised dict (§1.2) and its hash (§1.6).
struct MempoolEntry {
    QString hash;
    json::Value normalized;
    qint64 fee = 0;
    double receivedAt = 0; ///< unix seconds
    quint64 sequence = 0;  ///< arrival order, for "oldest first" among equal fees
};

/// Everything a devnet node does, living in the node's own thread: the HTTP routes, admission and the
/// mempool, hybrid block production (leader), the throttled import queue and follower sync.
/// Created by DevnetNode; all members run in the worker's thread.
class NodeWorker : public QObject {
    Q_OBJECT
public:
    explicit NodeWorker(NodeConfig config);
    ~NodeWorker() override;

    /// Opens the db, writes genesis, binds the server, starts producer or follower; the port it serves
    /// on. Thread of the worker.
    Result<quint16> startNode();
    /// Stops timers and server, closes the database. Thread of the worker.
    Q_INVOKABLE void stopNode();

    QString proposerId() const { return m_proposer; }
    const HttpServer* httpServer() const { return m_server; } ///< null when not serving
    QAtomicInteger<qint64> committedHeight{-1};

signals:
    void blockCommitted(qint64 height, const QString& hash);

private:
    // rpc_routes.cpp: dispatch and read-only routes
    void handle(const HttpRequest& request, const HttpResponder& responder);
    HttpResponse health() const;
    HttpResponse metrics();
    HttpResponse head(const HttpRequest& request);
    bool servesRequestedChain(const HttpRequest& request) const; ///< chain_id absent or ours
    HttpResponse unservedChain() const;
    HttpResponse blockAt(const QString& heightText);
    HttpResponse blocksRange(const HttpRequest& request);
    HttpResponse mempool(const HttpRequest& request);
    HttpResponse account(const QString& address, const QString& chain);
    QString requestedChain(const HttpRequest& request) const; ///< chain_id, or the node's chain when absent
    HttpResponse transactions(const HttpRequest& request);
    HttpResponse genesisAllocations();
    HttpResponse openApi() const;

    // rpc_forum_routes.cpp: REF's in-memory agent forum and contract registry; false: not such a route
    bool handleForumRoute(const HttpRequest& request, const HttpResponder& responder);
    // rpc_admin_routes.cpp: export-chain, import-chain, force-sync, marketplace, eth_getLogs; /docs
    bool handleAdminRoute(const HttpRequest& request, const HttpResponder& responder);
    HttpResponse exportChain(const HttpRequest& request);
    json::Value exportData(const QString& chainId);
    HttpResponse importChain(const HttpRequest& request);
    /// Replaces the chain with `data` (export_data shape); blocks above `upTo` and their rows are skipped.
    HttpResponse replaceChainFrom(const json::Value& data, std::optional<qint64> upTo, const QString& what,
                                  qint64* importedBlocks);
    void forceSync(const HttpRequest& request, const HttpResponder& responder);
    HttpResponse marketplaceTransaction(const HttpRequest& request);
    HttpResponse getLogs(const HttpRequest& request);

    // rpc_submit.cpp: POST /rpc/transaction and POST /rpc/importBlock
    HttpResponse submitTransaction(const HttpRequest& request);
    std::optional<QString> admit(const protocol::RefRequest& request, const json::Value& body,
                                 const json::Value& normalized, const QString& hash);
    void importBlockRoute(const HttpRequest& request, const HttpResponder& responder);
    /// Imports one block as /rpc/importBlock does; ref quirks: header only. Returns the HTTP answer.
    HttpResponse importBlockNow(const json::Value& block);
    using ImportDone = std::function<void(const HttpResponse&)>;
    /// Serialises imports and applies the one-per-interval throttle without blocking the thread.
    void enqueueImport(json::Value block, ImportDone done);
    void processImports();

    // block_producer.cpp: leader only
    void startProducer();
    void scheduleProduction();
    double idleCheckSeconds() const;
    void produceBlock();

    // follower_sync.cpp: follower only
    void pollLeader();
    void onLeaderHead(const json::Value& head);
    void onLeaderBlocks(const json::Value& range);

    void noteCommitted(qint64 height, const QString& hash);
    double importIntervalMs() const;

    NodeConfig m_config;
    QString m_proposer;
    ChainStore m_store;
    HttpServer* m_server = nullptr;
    QList<MempoolEntry> m_mempool;
    quint64 m_sequence = 0;
    QTimer* m_produceTimer = nullptr;
    qint64 m_nextCheckUs = 0; ///< ref quirks: wall-clock time (µs) of the proposer's next mempool check
    QTimer* m_importTimer = nullptr;
    QTimer* m_pollTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_nextImportAtMs = 0;
    struct ImportJob {
        json::Value block;
        ImportDone done;
    };
    QList<ImportJob> m_imports;
    QNetworkAccessManager* m_network = nullptr;
    bool m_syncInFlight = false;
    qint64 m_syncPending = 0;                   ///< follower: imports queued and not yet done
    QHash<QString, quint64> m_counters;         ///< /metrics counters
    AgentForum m_forum;                         ///< REF keeps it in the RPC process's memory only
    QHash<QString, QList<qint64>> m_rateWindow; ///< per non-loopback client: request times (ms)
};

} // namespace aitbc::devnet
