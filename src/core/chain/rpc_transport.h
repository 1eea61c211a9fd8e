#pragma once

#include "chain/types.h"
#include "json/value.h"

#include <QNetworkProxy>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace aitbc::chain {

/// How to talk to a node over HTTP.
struct RpcOptions {
    QUrl baseUrl;                  ///< e.g. http://127.0.0.1:8006 (routes are appended: /rpc/head)
    QString chainId;               ///< sent as `chain_id` on every call (§5.1); empty: node default
    int timeoutMs = 8000;          ///< per attempt, whole answer included
    int maxRetries = 2;            ///< extra attempts for idempotent reads (GET) only
    int backoffMs = 250;           ///< first retry delay; doubles each time
    int maxRetryAfterSeconds = 30; ///< a 429 asking to wait longer than this is reported, not waited for
    qint64 maxResponseBytes = 16 * 1024 * 1024; ///< larger answers are aborted (BadResponse)
    std::optional<QNetworkProxy> proxy;         ///< unset: the application default (system settings)
};

/// One finished HTTP exchange: either `error` is set, or `body` holds the parsed JSON of a 2xx answer.
struct RpcReply {
    NodeError error;
    int status = 0;
    json::Value body;
    bool ok() const { return error.kind == NodeError::Kind::None; }
};

/// HTTP for one node, living on RpcNode's worker thread (its QNetworkAccessManager is created there on
/// first use). Timeouts, retries with exponential backoff for GETs only (a POST of a transaction is
/// never repeated: a retry after a lost answer would submit twice), 429 with Retry-After, a response
/// size cap, gzip (QNAM asks for and inflates it: HEAD compresses answers over 1000 bytes, §5.3) and
/// errors mapped to messages a user can act on. 400/422 details are kept as the node wrote them.
class RpcTransport : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(RpcReply)>;
    explicit RpcTransport(RpcOptions options, QObject* parent = nullptr);

    const RpcOptions& options() const { return m_options; }
    /// GET `path` (with `chain_id` added when set). `done` is called exactly once, on this thread.
    void get(const QString& path, QUrlQuery query, Done done);
    /// POST a JSON body. Not retried.
    void post(const QString& path, const QByteArray& jsonBody, Done done);

private:
    struct Request {
        QUrl url;
        bool isPost = false;
        QByteArray body;
    };
    void send(const Request& request, int attempt, Done done);
    void finished(QNetworkReply* reply, const Request& request, int attempt, bool timedOut, bool tooLarge,
                  Done done);
    bool retry(const Request& request, int attempt, int delayMs, const Done& done);
    QNetworkAccessManager* nam();

    RpcOptions m_options;
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace aitbc::chain
