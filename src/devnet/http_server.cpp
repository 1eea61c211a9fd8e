#include "devnet/http_server.h"

#include "devnet/devnet_log.h"
#include "json/canonical.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDevnetHttp, "aitbc.devnet.http", QtWarningMsg)

namespace aitbc::devnet {

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
/// Qt reads a socket into its own buffer whether or not we take the bytes; capped, the requests of a
/// client we are not reading stay in the kernel and its TCP window closes.
constexpr qint64 kSocketReadBufferBytes = 64 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray httpDate() {
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray render(const HttpResponse& response, bool close) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
                     "\r\ndate: " + httpDate() +
                     "\r\nserver: uvicorn\r\ncontent-length: " + QByteArray::number(response.body.size()) +
                     "\r\ncontent-type: " + response.contentType + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "connection: close\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

/// Whom the per-peer cap counts together: one IPv4 address (IPv4-mapped IPv6 included), or one IPv6
/// /64, the block a single host usually gets.
QByteArray peerKey(const QHostAddress& address) {
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    if (v4)
        return QByteArray::number(ip4);
    const Q_IPV6ADDR ip6 = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char*>(ip6.c), 8).toHex();
}

} // namespace

HttpResponse HttpResponse::json(int status, const json::Value& value) {
    HttpResponse r;
    r.status = status;
    r.body = json::dump(value, {json::Separators::Compact, false, false});
    return r;
}

HttpResponse HttpResponse::detail(int status, const QString& text) {
    return json(status, json::Value(json::Value::Object{{QStringLiteral("detail"), text}}));
}

/// One client connection: parses requests one at a time (no pipelining overlap), hands them to the
/// handler and writes the answer when the handler's responder fires. It takes from the socket only the
/// bytes the current request needs, and none while the handler works or while its unsent answers exceed
/// the bound, so a client that does not read is held back by TCP flow control instead of our memory.
class HttpConnection : public QObject {
public:
    HttpConnection(QTcpSocket* socket, HttpServer* server, QByteArray peerKey)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
        , m_peerKey(std::move(peerKey)) {
        socket->setParent(this);
        socket->setReadBufferSize(kSocketReadBufferBytes);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        connect(socket, &QTcpSocket::readyRead, this, [this] { pump(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { onBytesWritten(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
        m_timer.start(m_server->timeoutMs());
        m_lastProgressMs = m_server->m_clock.elapsed();
    }

    ~HttpConnection() override { release(); }

    const QByteArray& peerKey() const { return m_peerKey; }
    /// Waiting for its client: neither in the handler nor already closing.
    bool isEvictable() const { return !m_busy && !m_closing; }
    /// Since when nothing moved: no answer written and no answer bytes taken by the peer. Request bytes
    /// arriving do not count, as for the timeout.
    qint64 lastProgressMs() const { return m_lastProgressMs; }
    /// Makes room for a new connection.
    void evict() {
        ++m_server->m_counters.evicted;
        abortNow();
    }

    void deliver(quint64 serial, const HttpResponse& response) {
        if (serial != m_serial || !m_busy)
            return;
        m_busy = false;
        write(response, m_closeAfter);
        if (!m_closing)
            continueReading();
    }

    qint64 pendingOutput() const { return m_socket->bytesToWrite(); }
    qint64 bufferedInput() const { return m_buffer.size() + m_socket->bytesAvailable(); }
    bool isPaused() const { return m_paused; }

private:
    enum class State { Headers, Body };
    enum class Parse { NeedMore, Stop };

    qint64 maxPendingOutput() const { return m_server->limits().maxPendingOutputBytes; }

    /// The next pipelined request is read only once the client has taken most of the answers so far.
    void continueReading() {
        if (m_socket->bytesToWrite() > maxPendingOutput()) {
            m_paused = true;
            ++m_server->m_counters.pauses;
            return;
        }
        QTimer::singleShot(0, this, [this] { pump(); });
    }

    void onBytesWritten() {
        // The peer is taking data: that is activity, not a stall.
        m_timer.start(m_server->timeoutMs());
        m_lastProgressMs = m_server->m_clock.elapsed();
        if (m_paused && !m_closing && m_socket->bytesToWrite() <= maxPendingOutput() / 2) {
            m_paused = false;
            pump();
        }
    }

    void onTimeout() {
        if (m_busy && !m_closing)
            return; // the handler is still working (e.g. throttled import); wait for it
        ++m_server->m_counters.timedOut;
        // A request that arrives too slowly is told why, unless answers the peer does not read are
        // still queued in front of that one.
        const bool partialRequest =
            !m_closing && m_socket->bytesToWrite() == 0 &&
            (!m_buffer.isEmpty() || m_state == State::Body || m_socket->bytesAvailable() > 0);
        if (partialRequest) {
            m_socket->write(render(HttpResponse::detail(408, QStringLiteral("Request Timeout")), true));
            ++m_server->m_counters.answers;
            m_socket->flush();
        }
        abortNow();
    }

    /// Drops the connection and everything queued on it; disconnectFromHost() would wait for a peer
    /// that may never read.
    void abortNow() {
        m_closing = true;
        m_paused = false;
        m_timer.stop();
        m_socket->abort();
        release(); // the slot is free now, not only once the event loop has deleted this
        deleteLater();
    }

    void release() {
        if (m_released)
            return;
        m_released = true;
        m_server->connectionClosed(this, m_peerKey);
    }

    void fail(int status, const QString& text) { write(HttpResponse::detail(status, text), true); }

    void write(const HttpResponse& response, bool close) {
        if (m_closing)
            return;
        m_socket->write(render(response, close));
        ++m_server->m_counters.answers;
        m_server->notePeaks(m_socket->bytesToWrite(), 0);
        if (close) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
        // For a closing connection this bounds the drain: a peer that stops reading is aborted.
        m_timer.start(m_server->timeoutMs());
        m_lastProgressMs = m_server->m_clock.elapsed();
    }

    /// Bytes the parser may still take from the socket for the current request: enough to see the end
    /// of a header block one byte past its cap, or the rest of the announced body.
    qint64 bytesWanted() const {
        return m_state == State::Headers ? kMaxHeaderBytes + 4 - m_buffer.size()
                                         : m_contentLength - m_buffer.size();
    }

    void pump() {
        for (;;) {
            if (m_closing || m_busy || m_paused)
                return;
            const qint64 want = bytesWanted();
            const qint64 available = m_socket->bytesAvailable();
            const bool took = want > 0 && available > 0;
            if (took) {
                // readAll() when it fits: it also re-arms the socket's read notifier once its capped
                // read buffer is empty.
                m_buffer += want >= available ? m_socket->readAll() : m_socket->read(want);
                m_server->notePeaks(0, bufferedInput());
            }
            if (parse() == Parse::Stop || !took)
                return;
        }
    }

    Parse parse() {
        if (m_state == State::Headers) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_headerScanFrom);
            if (end < 0) {
                // A header block trickled in byte by byte is scanned once, not once per byte.
                m_headerScanFrom = std::max<qsizetype>(0, m_buffer.size() - 3);
                if (m_buffer.size() > kMaxHeaderBytes) {
                    fail(431, QStringLiteral("Request Header Fields Too Large"));
                    return Parse::Stop;
                }
                return Parse::NeedMore;
            }
            m_headerScanFrom = 0;
            if (end > kMaxHeaderBytes) {
                fail(431, QStringLiteral("Request Header Fields Too Large"));
                return Parse::Stop;
            }
            if (!parseHeaders(m_buffer.left(end)))
                return Parse::Stop;
            m_buffer.remove(0, end + 4);
            m_state = State::Body;
        }
        if (m_buffer.size() < m_contentLength)
            return Parse::NeedMore;
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        m_state = State::Headers;
        dispatch();
        return Parse::Stop;
    }

    bool parseHeaders(const QByteArray& head) {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.") || requestLine[0].isEmpty()) {
            fail(400, QStringLiteral("Invalid HTTP request received."));
            return false;
        }
        m_request = HttpRequest{};
        m_request.peer = m_socket->peerAddress();
        m_request.method = requestLine[0];
        const QByteArray target = requestLine[1];
        if (!target.startsWith('/')) {
            fail(400, QStringLiteral("Invalid HTTP request received."));
            return false;
        }
        const qsizetype q = target.indexOf('?');
        m_request.path = QUrl::fromPercentEncoding(target.left(q < 0 ? target.size() : q));
        if (q >= 0)
            m_request.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(400, QStringLiteral("Invalid HTTP request received."));
                return false;
            }
            m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const bool http10 = requestLine[2] == "HTTP/1.0";
        const QByteArray connection = m_request.headers.value("connection").toLower();
        m_closeAfter = http10 ? connection != "keep-alive" : connection == "close";
        if (m_request.headers.contains("transfer-encoding")) {
            fail(411, QStringLiteral("Length Required"));
            return false;
        }
        m_contentLength = 0;
        if (m_request.headers.contains("content-length")) {
            bool ok = false;
            m_contentLength = m_request.headers.value("content-length").toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(400, QStringLiteral("Invalid HTTP request received."));
                return false;
            }
            if (m_contentLength > m_server->maxBodyBytes()) {
                fail(413, QStringLiteral("Request body too large"));
                return false;
            }
        }
        if (m_contentLength > 0 && m_request.headers.value("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    }

    void dispatch() {
        m_busy = true;
        ++m_serial;
        m_timer.start(m_server->timeoutMs());
        const HttpResponder responder(this, m_serial);
        if (m_server->handler())
            m_server->handler()(m_request, responder);
        else
            responder.send(HttpResponse::detail(503, QStringLiteral("Internal server error")));
    }

    QTcpSocket* m_socket;
    HttpServer* m_server;
    const QByteArray m_peerKey;
    QTimer m_timer;
    qint64 m_lastProgressMs = 0;
    QByteArray m_buffer;
    qsizetype m_headerScanFrom = 0;
    State m_state = State::Headers;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    quint64 m_serial = 0;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_closing = false;
    bool m_paused = false;
    bool m_released = false;
};

HttpResponder::HttpResponder(HttpConnection* connection, quint64 serial)
    : m_connection(connection)
    , m_serial(serial) {}

void HttpResponder::send(const HttpResponse& response) const {
    if (m_connection)
        m_connection->deliver(m_serial, response);
}

HttpServer::HttpServer(QObject* parent)
    : QObject(parent) {}

HttpServer::~HttpServer() {
    close();
}

Result<void> HttpServer::listen(const QHostAddress& address, quint16 port) {
    close();
    m_server = new QTcpServer(this);
    m_counters = HttpServerStats{};
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, [this] { acceptPending(); });
    if (!m_server->listen(address, port)) {
        Error error{QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(address.toString(), QString::number(port), m_server->errorString())};
        delete m_server;
        m_server = nullptr;
        return error;
    }
    return {};
}

void HttpServer::acceptPending() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        const QByteArray key = peerKey(socket->peerAddress());
        if (m_perPeer.value(key) >= m_limits.maxConnectionsPerPeer && !evictStalled(&key)) {
            refuse(socket, true);
            continue;
        }
        if (m_connections.size() >= m_limits.maxConnections && !evictStalled(nullptr)) {
            refuse(socket, false);
            continue;
        }
        ++m_perPeer[key];
        m_connections.insert(new HttpConnection(socket, this, key));
    }
}

/// Aborts the longest-stalled connection (of `peerKey`, or of anyone when null) if it has been stalled
/// long enough; false when there is none.
bool HttpServer::evictStalled(const QByteArray* peerKey) {
    HttpConnection* oldest = nullptr;
    for (HttpConnection* c : std::as_const(m_connections))
        if ((!peerKey || c->peerKey() == *peerKey) && c->isEvictable() &&
            (!oldest || c->lastProgressMs() < oldest->lastProgressMs()))
            oldest = c;
    if (!oldest || m_clock.elapsed() - oldest->lastProgressMs() < m_limits.evictStalledAfterMs)
        return false;
    oldest->evict();
    return true;
}

void HttpServer::refuse(QTcpSocket* socket, bool perPeer) {
    ++(perPeer ? m_counters.refusedPerPeer : m_counters.refusedTotal);
    qCInfo(lcDevnetHttp).noquote() << "refused a connection from" << socket->peerAddress().toString()
                                   << (perPeer ? "(per-peer cap)" : "(connection cap)");
    // Said at once and closed at once: the answer fits an empty send buffer, and nothing of this
    // connection is kept.
    socket->write(render(HttpResponse::detail(503, QStringLiteral("Too many connections")), true));
    socket->flush();
    socket->abort();
    socket->deleteLater();
}

void HttpServer::connectionClosed(HttpConnection* connection, const QByteArray& peerKey) {
    m_connections.remove(connection);
    const auto it = m_perPeer.find(peerKey);
    if (it != m_perPeer.end() && --it.value() <= 0)
        m_perPeer.erase(it);
}

void HttpServer::notePeaks(qint64 pendingOutput, qint64 bufferedInput) {
    m_counters.peakPendingOutputBytes = std::max(m_counters.peakPendingOutputBytes, pendingOutput);
    m_counters.peakBufferedInputBytes = std::max(m_counters.peakBufferedInputBytes, bufferedInput);
}

HttpServerStats HttpServer::stats() const {
    HttpServerStats s = m_counters;
    s.openConnections = int(m_connections.size());
    for (const HttpConnection* c : m_connections) {
        s.pendingOutputBytes += c->pendingOutput();
        s.bufferedInputBytes += c->bufferedInput();
        s.pausedConnections += c->isPaused() ? 1 : 0;
    }
    return s;
}

quint16 HttpServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close() {
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
    // Connections are children of this server object; drop them so no handler runs after close.
    const QObjectList connections = children();
    qDeleteAll(connections);
}

} // namespace aitbc::devnet
