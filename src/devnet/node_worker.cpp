#include "devnet/node_worker.h"

#include "devnet/devnet_log.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

namespace aitbc::devnet {

QString roleName(Role role) {
    return role == Role::Leader ? QStringLiteral("leader") : QStringLiteral("follower");
}

QString quirksName(Quirks quirks) {
    return quirks == Quirks::Ref ? QStringLiteral("ref") : QStringLiteral("fixed");
}

NodeWorker::NodeWorker(NodeConfig config)
    : m_config(std::move(config)) {
    m_proposer = m_config.proposerId;
    if (m_proposer.isEmpty() && !m_config.genesis.authorities.isEmpty())
        m_proposer = m_config.genesis.authorities.first();
    m_forum = AgentForum({m_proposer});
}

NodeWorker::~NodeWorker() {
    stopNode();
}

Result<quint16> NodeWorker::startNode() {
    m_clock.start();
    const QString dbPath =
        QDir(m_config.dataDir).filePath(QStringLiteral("data/%1/chain.db").arg(m_config.chainId));
    if (const auto opened = m_store.open(dbPath); !opened)
        return opened.error();
    if (const auto genesis = m_store.ensureGenesis(m_config.chainId, m_config.genesis.allocations); !genesis)
        return genesis.error();
    if (const auto h = m_store.head(m_config.chainId))
        committedHeight.storeRelease(h->height);

    m_server = new HttpServer(this);
    m_server->setMaxBodyBytes(m_config.maxBodyBytes);
    m_server->setLimits(m_config.httpLimits);
    m_server->setHandler([this](const HttpRequest& r, const HttpResponder& s) { handle(r, s); });
    if (const auto listening = m_server->listen(m_config.bindAddress, m_config.port); !listening) {
        m_store.close();
        return listening.error();
    }
    const quint16 port = m_server->port();

    m_importTimer = new QTimer(this);
    m_importTimer->setSingleShot(true);
    connect(m_importTimer, &QTimer::timeout, this, [this] { processImports(); });

    if (m_config.role == Role::Leader) {
        m_produceTimer = new QTimer(this);
        m_produceTimer->setSingleShot(true);
        m_produceTimer->setTimerType(Qt::PreciseTimer);
        connect(m_produceTimer, &QTimer::timeout, this, [this] { produceBlock(); });
        startProducer();
    } else {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, [this] { pollLeader(); });
        m_pollTimer->start(std::max(10, int(m_config.followerPollSeconds * 1000)));
        QTimer::singleShot(0, this, [this] { pollLeader(); });
    }
    qCInfo(lcDevnet).noquote() << roleName(m_config.role) << "serving" << m_config.chainId << "on port"
                               << port << "db" << dbPath;
    return port;
}

void NodeWorker::stopNode() {
    for (QTimer* t : {m_produceTimer, m_importTimer, m_pollTimer})
        if (t)
            t->stop();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    if (m_network) {
        delete m_network;
        m_network = nullptr;
    }
    // Imports still waiting for the throttle are answered by nobody now; drop them.
    m_imports.clear();
    m_store.close();
}

void NodeWorker::noteCommitted(qint64 height, const QString& hash) {
    committedHeight.storeRelease(std::max(committedHeight.loadAcquire(), height));
    emit blockCommitted(height, hash);
}

} // namespace aitbc::devnet
