#include "devnet/http_server.h"

#include "devnet/devnet_log.h"
#include "json/canonical.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDevnetHttp, "aitbc.devnet.http", QtWarningMsg)

namespace aitbc::devnet {

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

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
/// handler and writes the answer when the handler's responder fires.
class HttpConnection : public QObject {
public:
    HttpConnection(QTcpSocket* socket, HttpServer* server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server) {
        socket->setParent(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
        m_timer.start(m_server->timeoutMs());
    }

    void deliver(quint64 serial, const HttpResponse& response) {
        if (serial != m_serial || !m_busy)
            return;
        m_busy = false;
        write(response, m_closeAfter);
        if (!m_closing)
            QTimer::singleShot(0, this, [this] { onReadyRead(); });
    }

private:
    enum class State { Headers, Body };

    void onTimeout() {
        if (m_busy)
            return; // the handler is still working (e.g. throttled import); wait for it
        if (!m_buffer.isEmpty() || m_state == State::Body)
            write(HttpResponse::detail(408, QStringLiteral("Request Timeout")), true);
        else
            closeNow();
    }

    void closeNow() {
        m_closing = true;
        m_socket->disconnectFromHost();
    }

    void fail(int status, const QString& text) { write(HttpResponse::detail(status, text), true); }

    void write(const HttpResponse& response, bool close) {
        if (m_closing)
            return;
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
            "\r\ndate: " + httpDate() +
            "\r\nserver: uvicorn\r\ncontent-length: " + QByteArray::number(response.body.size()) +
            "\r\ncontent-type: " + response.contentType + "\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (close)
            out += "connection: close\r\n";
        out += "\r\n";
        out += response.body;
        m_socket->write(out);
        if (close) {
            m_closing = true;
            m_socket->disconnectFromHost();
        } else {
            m_timer.start(m_server->timeoutMs());
        }
    }

    void onReadyRead() {
        if (m_closing)
            return;
        m_buffer += m_socket->readAll();
        if (m_busy)
            return;
        if (m_state == State::Headers) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(431, QStringLiteral("Request Header Fields Too Large"));
                return;
            }
            if (end > kMaxHeaderBytes)
                return fail(431, QStringLiteral("Request Header Fields Too Large"));
            if (!parseHeaders(m_buffer.left(end)))
                return;
            m_buffer.remove(0, end + 4);
            m_state = State::Body;
        }
        if (m_buffer.size() < m_contentLength)
            return;
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        m_state = State::Headers;
        dispatch();
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
    QTimer m_timer;
    QByteArray m_buffer;
    State m_state = State::Headers;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    quint64 m_serial = 0;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_closing = false;
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

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error) {
    close();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            new HttpConnection(socket, this);
    });
    if (!m_server->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString(), QString::number(port), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
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
