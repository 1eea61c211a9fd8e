#pragma once

#include "util/error.h"
#include "json/value.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace aitbc::devnet {

class HttpConnection;

/// One parsed HTTP/1.1 request.
struct HttpRequest {
    QByteArray method;                     ///< "GET", "POST", ...
    QString path;                          ///< percent-decoded path, e.g. "/rpc/blocks/3"
    QUrlQuery query;                       ///< the query string
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QHostAddress peer;
};

/// A response; `json()` and `detail()` render FastAPI's compact UTF-8 JSON.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. Retry-After

    /// `json.dumps(v, ensure_ascii=False, separators=(",", ":"))` with key order kept, as FastAPI does.
    static HttpResponse json(int status, const json::Value& value);
    /// `{"detail": "<text>"}`.
    static HttpResponse detail(int status, const QString& text);
};

/// Lets a handler answer later (the importBlock throttle answers after a delay instead of sleeping).
/// Copyable; sending twice or after the client went away does nothing.
class HttpResponder {
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection* connection, quint64 serial);
    void send(const HttpResponse& response) const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
};

using HttpHandler = std::function<void(const HttpRequest&, const HttpResponder&)>;

/// What keeps the server's memory bounded whatever its clients do. At most
/// maxConnections x (maxPendingOutputBytes + one answer + max(16 KiB header cap, body cap) + 64 KiB socket
/// read buffer) is held for clients; with the defaults and the 1 MiB body cap about 540 MiB in the worst
/// case, a few KiB per connection for ordinary clients.
struct HttpLimits {
    /// A connection that is silent this long (idle keep-alive, or a request arriving too slowly) or whose
    /// unsent answers make no progress this long (the peer does not read) is aborted. A slow request gets
    /// a 408 first.
    int timeoutMs = 30000;
    /// While a connection's unsent answer bytes exceed this, its further (pipelined) requests are left
    /// unread, so TCP flow control pushes back on the client; reading resumes below half of it.
    qint64 maxPendingOutputBytes = 1024 * 1024;
    /// Open connections in total, and from one peer (an IPv4 address or an IPv6 /64). Connections beyond
    /// either cap get a 503 and are closed at once, except as below.
    int maxConnections = 256;
    int maxConnectionsPerPeer = 64;
    /// At a cap, the connection that has made no progress the longest (idle, a request still arriving,
    /// or answers not being read), if for at least this long, is aborted to make room: the peer's own
    /// at the per-peer cap, anyone's at the total cap. Local clients share 127.0.0.1 with any local
    /// attacker: this keeps a flood of idle connections from locking them out until the timeout.
    int evictStalledAfterMs = 1000;
};

/// The server's load as seen at one moment (HttpServer::stats()); for tests and diagnostics.
struct HttpServerStats {
    int openConnections = 0;
    int pausedConnections = 0;         ///< not read because their unsent answers exceed the bound
    qint64 pendingOutputBytes = 0;     ///< answer bytes not yet taken by the kernel, all connections
    qint64 bufferedInputBytes = 0;     ///< request bytes held in the server, all connections
    qint64 peakPendingOutputBytes = 0; ///< the most one connection held unsent, since listen()
    qint64 peakBufferedInputBytes = 0; ///< the most request bytes one connection held, since listen()
    quint64 pauses = 0;                ///< times a connection stopped being read for unsent answers
    quint64 refusedPerPeer = 0;        ///< connections refused by maxConnectionsPerPeer
    quint64 refusedTotal = 0;          ///< connections refused by maxConnections
    quint64 timedOut = 0;              ///< connections aborted by the timeout
    quint64 evicted = 0;               ///< stalled connections aborted to admit a new one
    quint64 answers = 0;               ///< responses written (not counting 100 Continue and refusals)
};

/// A small HTTP/1.1 server on QTcpServer with the limits a public-facing node needs: request line and
/// header size caps (400/431), a body cap (413), Content-Length required for bodies (411), keep-alive,
/// and a timeout for clients that send too slowly or idle too long. Malformed input gets an error
/// response and a closed connection, never a crash. Backpressure and connection caps (HttpLimits) keep
/// its memory bounded: a client that pipelines requests and never reads the answers, holds connections
/// open, or trickles a request byte by byte costs a bounded amount and is cut off at the timeout.
class HttpServer : public QObject {
    Q_OBJECT
public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    Result<void> listen(const QHostAddress& address, quint16 port);
    quint16 port() const;
    void close();

    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    /// Milliseconds a connection may stay silent (or take to send one request) before it is closed.
    void setTimeoutMs(int ms) { m_limits.timeoutMs = ms; }
    int timeoutMs() const { return m_limits.timeoutMs; }
    /// Applies to connections accepted from now on (the timeout and output bound to open ones too).
    void setLimits(const HttpLimits& limits) { m_limits = limits; }
    const HttpLimits& limits() const { return m_limits; }
    const HttpHandler& handler() const { return m_handler; }

    /// Computed now, in the server's thread.
    HttpServerStats stats() const;

private:
    friend class HttpConnection;
    void acceptPending();
    bool evictStalled(const QByteArray* peerKey);
    void refuse(QTcpSocket* socket, bool perPeer);
    void connectionClosed(HttpConnection* connection, const QByteArray& peerKey);
    void notePeaks(qint64 pendingOutput, qint64 bufferedInput);

    QTcpServer* m_server = nullptr;
    HttpHandler m_handler;
    qint64 m_maxBodyBytes = 1024 * 1024;
    HttpLimits m_limits;
    QSet<HttpConnection*> m_connections;
    QHash<QByteArray, int> m_perPeer; ///< open connections by peer key (IPv4 address or IPv6 /64)
    HttpServerStats m_counters;       ///< the cumulative fields of stats()
    QElapsedTimer m_clock;            ///< since listen(); connections' progress times
};

} // namespace aitbc::devnet
