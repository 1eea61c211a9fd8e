#include "fault_proxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace aitbc::test {

FaultProxy::FaultProxy(quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

bool FaultProxy::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::setFault(Fault fault, int times) {
    m_fault = fault;
    m_remaining = times;
}

QByteArray FaultProxy::garbageAnswer() {
    const QByteArray body("\x00\xff<html>not json {\"height\": [", 29);
    return "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

namespace {
bool isRequestStart(const QByteArray& data) {
    return data.startsWith("GET ") || data.startsWith("POST ");
}
} // namespace

void FaultProxy::onNewConnection() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        if (m_fault == Fault::GarbageEverything || m_fault == Fault::SilentEverything) {
            const bool garbage = m_fault == Fault::GarbageEverything;
            connect(client, &QTcpSocket::readyRead, client, [this, client, garbage] {
                if (isRequestStart(client->readAll()))
                    ++m_requests;
                if (garbage) {
                    client->write(garbageAnswer());
                    client->disconnectFromHost();
                }
            });
            continue;
        }
        struct Link {
            QByteArray pending; // client bytes that arrived before the upstream connection
            bool faultThis = false;
            Fault fault = Fault::None;
        };
        auto link = std::make_shared<Link>();
        QPointer<QTcpSocket> up = new QTcpSocket(client);
        connect(up, &QTcpSocket::connected, client, [up, link] {
            up->write(link->pending);
            link->pending.clear();
        });
        connect(client, &QTcpSocket::readyRead, client, [this, client, up, link] {
            const QByteArray data = client->readAll();
            if (isRequestStart(data))
                ++m_requests;
            if (data.contains("POST /rpc/transaction")) {
                ++m_posts;
                const bool postFault = m_fault == Fault::DropPostAnswer ||
                                       m_fault == Fault::DelayPostAnswer ||
                                       m_fault == Fault::GarbagePostAnswer;
                if (postFault && m_remaining > 0) {
                    --m_remaining;
                    ++m_applied;
                    link->faultThis = true;
                    link->fault = m_fault;
                }
            }
            if (up && up->state() == QAbstractSocket::ConnectedState)
                up->write(data);
            else
                link->pending += data;
        });
        connect(up, &QTcpSocket::readyRead, client, [client, up, link] {
            const QByteArray data = up->readAll();
            if (!link->faultThis) {
                client->write(data);
                return;
            }
            switch (link->fault) {
            case Fault::DropPostAnswer:
                up->abort();
                client->abort();
                break;
            case Fault::GarbagePostAnswer:
                up->abort();
                client->write(garbageAnswer());
                client->disconnectFromHost();
                break;
            default: // DelayPostAnswer: swallow it; the client gives up on its own
                break;
            }
        });
        connect(up, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, up, [up] {
            if (up)
                up->abort();
        });
        up->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

} // namespace aitbc::test
