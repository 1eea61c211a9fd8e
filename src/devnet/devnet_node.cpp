#include "devnet/devnet_node.h"

#include "devnet/node_worker.h"

#include <QDir>
#include <QThread>

namespace aitbc::devnet {

DevnetNode::DevnetNode(NodeConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config)) {}

DevnetNode::~DevnetNode() {
    stop();
}

Result<void> DevnetNode::start() {
    if (m_thread)
        return {};
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("devnet-%1").arg(roleName(m_config.role)));
    m_worker = new NodeWorker(m_config);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &NodeWorker::blockCommitted, this, &DevnetNode::blockCommitted);
    m_thread->start();
    Result<quint16> port = Error{};
    QMetaObject::invokeMethod(
        m_worker, [&] { port = m_worker->startNode(); }, Qt::BlockingQueuedConnection);
    if (!port) {
        stop();
        return port.error();
    }
    m_port = *port;
    return {};
}

void DevnetNode::stop() {
    if (!m_thread)
        return;
    NodeWorker* worker = m_worker;
    // Stop and destroy the worker in its own thread: its sockets, timers and database connection are
    // bound to it. The current SQL transaction finishes first (commits are synchronous in that thread).
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

bool DevnetNode::isRunning() const {
    return m_thread != nullptr;
}

QUrl DevnetNode::url() const {
    if (!m_port)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_config.bindAddress.isLoopback() || m_config.bindAddress == QHostAddress::Any
                  ? QStringLiteral("127.0.0.1")
                  : m_config.bindAddress.toString());
    u.setPort(m_port);
    return u;
}

quint16 DevnetNode::port() const {
    return m_port;
}

QString DevnetNode::databasePath() const {
    return QDir(m_config.dataDir).filePath(QStringLiteral("data/%1/chain.db").arg(m_config.chainId));
}

QString DevnetNode::proposerId() const {
    if (!m_config.proposerId.isEmpty())
        return m_config.proposerId;
    return m_config.genesis.authorities.value(0);
}

HttpServerStats DevnetNode::httpStats() const {
    HttpServerStats stats;
    if (!m_worker)
        return stats;
    NodeWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, &stats] {
            if (const HttpServer* server = worker->httpServer())
                stats = server->stats();
        },
        Qt::BlockingQueuedConnection);
    return stats;
}

qint64 DevnetNode::height() const {
    return m_worker ? m_worker->committedHeight.loadAcquire() : -1;
}

} // namespace aitbc::devnet
