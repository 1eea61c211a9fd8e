#pragma once

#include "json/value.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QTcpServer;

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

/// A small HTTP/1.1 server on QTcpServer with the limits a public-facing node needs: request line and
/// header size caps (400/431), a body cap (413), Content-Length required for bodies (411), keep-alive,
/// and a timeout for clients that send too slowly or idle too long. Malformed input gets an error
/// response and a closed connection, never a crash.
class HttpServer : public QObject {
    Q_OBJECT
public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    void close();

    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    /// Milliseconds a connection may stay silent (or take to send one request) before it is closed.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    const HttpHandler& handler() const { return m_handler; }

private:
    QTcpServer* m_server = nullptr;
    HttpHandler m_handler;
    qint64 m_maxBodyBytes = 1024 * 1024;
    int m_timeoutMs = 30000;
};

} // namespace aitbc::devnet
