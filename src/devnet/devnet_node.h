#pragma once

#include "devnet/node_config.h"
#include "util/error.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace aitbc::devnet {

class NodeWorker;

/// One in-process AITBC devnet node (leader or follower) that a client cannot tell from a real REF node:
/// the REF RPC on 127.0.0.1, a chain.db in the real schema, hybrid block production, follower sync.
///
/// The server, the block producer and the follower run in the node's own QThread, so the thread that owns
/// the node (a GUI thread or a test using blocking HTTP clients) is never blocked by it.
///
///     devnet::NodeConfig cfg; cfg.dataDir = tmp.path(); cfg.blockTimeSeconds = 0.2;
///     devnet::DevnetNode leader(cfg);
///     if (const auto started = leader.start(); !started) ...;  // port 0 -> a free port
///     QUrl url = leader.url();                 // http://127.0.0.1:<port>
///     ...
///     leader.stop();                           // also done by the destructor; nothing is lost
class DevnetNode : public QObject {
    Q_OBJECT
public:
    explicit DevnetNode(NodeConfig config, QObject* parent = nullptr);
    ~DevnetNode() override;

    /// Opens (or creates) the database, writes the genesis block if missing, binds the server and starts
    /// production or sync. Blocks until the node is serving or has failed.
    Result<void> start();
    /// Stops serving and producing, finishes the current write and closes the database. Idempotent.
    void stop();
    bool isRunning() const;

    QUrl url() const; ///< http://127.0.0.1:<port>; empty before start()
    quint16 port() const;
    QString dataDir() const { return m_config.dataDir; }
    QString chainId() const { return m_config.chainId; }
    QString databasePath() const; ///< <dataDir>/data/<chainId>/chain.db
    QString proposerId() const;
    const NodeConfig& config() const { return m_config; }

    /// The chain height as last committed (thread-safe snapshot); -1 before start.
    qint64 height() const;
    /// The RPC server's connections and buffers now, computed in the node's thread (so call it from the
    /// DevnetNode's own thread, like every other member); zeros when stopped.
    HttpServerStats httpStats() const;

signals:
    /// A block was committed to this node's database (produced or imported). Emitted in the DevnetNode's
    /// thread.
    void blockCommitted(qint64 height, const QString& hash);

private:
    NodeConfig m_config;
    QThread* m_thread = nullptr;
    NodeWorker* m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace aitbc::devnet
