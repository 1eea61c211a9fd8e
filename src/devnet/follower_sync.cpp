// NodeWorker: a follower's sync from its leader, the way REF's chain_sync service does it (§7.2): poll the
// leader's head, read new blocks through /rpc/blocks-range and import each one through the importBlock
// code path (throttled; headers only under ref quirks, so transactions are lost as on a real follower).
#include "devnet/node_worker.h"

#include "devnet/devnet_log.h"
#include "json/parse.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace aitbc::devnet {

namespace {
constexpr int kRequestTimeoutMs = 10000;
constexpr qint64 kMaxReplyBytes = 256 * 1024 * 1024;
} // namespace

void NodeWorker::pollLeader() {
    if (m_config.role != Role::Follower || !m_network || m_syncInFlight || m_syncPending > 0)
        return;
    m_syncInFlight = true;
    QUrl url = m_config.leaderUrl;
    url.setPath(QStringLiteral("/rpc/head"));
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        json::Value head;
        if (reply->error() != QNetworkReply::NoError || !json::parse(reply->read(kMaxReplyBytes), head)) {
            qCDebug(lcDevnet) << "leader head unavailable:" << reply->errorString();
            m_syncInFlight = false;
            return;
        }
        onLeaderHead(head);
    });
}

void NodeWorker::onLeaderHead(const json::Value& head) {
    const auto leaderHeight = head[QStringLiteral("height")].toInt64();
    const auto ours = m_store.head(m_config.chainId);
    const qint64 ourHeight = ours ? ours->height : -1;
    if (!leaderHeight || *leaderHeight <= ourHeight) {
        m_syncInFlight = false;
        return;
    }
    const qint64 end = std::min(*leaderHeight, ourHeight + qint64(std::max(1, m_config.followerBatchSize)));
    QUrl url = m_config.leaderUrl;
    url.setPath(QStringLiteral("/rpc/blocks-range"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start"), QString::number(ourHeight + 1));
    query.addQueryItem(QStringLiteral("end"), QString::number(end));
    query.addQueryItem(QStringLiteral("chain_id"), m_config.chainId);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        json::Value range;
        if (reply->error() != QNetworkReply::NoError || !json::parse(reply->read(kMaxReplyBytes), range)) {
            qCWarning(lcDevnet) << "blocks-range from leader failed:" << reply->errorString();
            m_syncInFlight = false;
            return;
        }
        onLeaderBlocks(range);
    });
}

void NodeWorker::onLeaderBlocks(const json::Value& range) {
    const json::Value& blocks = range[QStringLiteral("blocks")];
    if (!blocks.isArray() || blocks.asArray().empty()) {
        m_syncInFlight = false;
        return;
    }
    for (const json::Value& b : blocks.asArray()) {
        json::Value block = b;
        block.insert(QStringLiteral("chain_id"), m_config.chainId);
        ++m_syncPending;
        enqueueImport(std::move(block), [this](const HttpResponse& r) {
            --m_syncPending;
            if (r.status != 200)
                qCWarning(lcDevnet) << "follower import failed:" << r.body;
            if (m_syncPending == 0) {
                m_syncInFlight = false;
                if (r.status == 200) // more may be waiting; after a failure wait for the poll timer
                    QTimer::singleShot(0, this, [this] { pollLeader(); });
            }
        });
    }
}

} // namespace aitbc::devnet
