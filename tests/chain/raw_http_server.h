#pragma once

// A tiny HTTP/1.1 responder on 127.0.0.1 for fault tests: it answers with raw bytes chosen by the test,
// so it can produce what no well-behaved node would (HTML pages, broken JSON, 50 MB bodies, silence).
// Healthy-node behaviour is tested against the real devnet instead (tst_rpc_devnet).

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace aitbc::test {

struct RawRequest {
    QByteArray method;
    QByteArray target; ///< path and query
    QByteArray headers;
    QByteArray body;
    QByteArray path() const {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

class RawHttpServer : public QObject {
    Q_OBJECT
public:
    /// Returns the raw response to write, or an empty array to never answer (the socket stays open).
    using Responder = std::function<QByteArray(const RawRequest&)>;
    explicit RawHttpServer(Responder responder);
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;
    const QList<RawRequest>& requests() const { return m_requests; }

    /// A complete response with Content-Length.
    static QByteArray response(int status, const QByteArray& body,
                               const QByteArray& contentType = QByteArrayLiteral("application/json"),
                               const QByteArray& extraHeaders = {});

private:
    void onReadyRead(QTcpSocket* socket);
    QTcpServer m_server;
    Responder m_responder;
    QList<RawRequest> m_requests;
};

} // namespace aitbc::test
