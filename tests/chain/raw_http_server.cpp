#include "raw_http_server.h"

#include <QTcpSocket>

namespace aitbc::test {

RawHttpServer::RawHttpServer(Responder responder)
    : m_responder(std::move(responder)) {
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        }
    });
}

QString RawHttpServer::url() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QByteArray RawHttpServer::response(int status, const QByteArray& body, const QByteArray& contentType,
                                   const QByteArray& extraHeaders) {
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "Connection: close\r\n\r\n" + body;
}

void RawHttpServer::onReadyRead(QTcpSocket* socket) {
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    RawRequest r;
    const QByteArray head = buffer.left(end);
    const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
    r.method = first.value(0);
    r.target = first.value(1);
    r.headers = head;
    qsizetype length = 0;
    for (const QByteArray& line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    r.body = buffer.mid(end + 4, length);
    socket->setProperty("buffer", QByteArray());
    m_requests.append(r);
    const QByteArray answer = m_responder(r);
    if (answer.isEmpty())
        return; // never answer
    socket->write(answer);
    socket->disconnectFromHost();
}

} // namespace aitbc::test
