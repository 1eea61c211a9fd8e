#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace aitbc::test {

/// A TCP proxy on 127.0.0.1 in front of a real (devnet) node that breaks exchanges on purpose. Used
/// instead of killing the node when the fault must hit one precise moment: after the node has admitted a
/// transaction but before its answer reaches the client.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        None,              ///< relay everything
        DropPostAnswer,    ///< forward POST /rpc/transaction, then cut both connections when the answer comes
        DelayPostAnswer,   ///< forward it, never relay the answer (the client's timeout fires)
        GarbagePostAnswer, ///< forward it, answer the client "200" with bytes that are not JSON
        GarbageEverything, ///< answer every request "200" with garbage; nothing reaches the node
        SilentEverything,  ///< accept connections, read requests, never answer
    };

    explicit FaultProxy(quint16 upstreamPort, QObject* parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /// The Post* faults apply to the next `times` POSTs of a transaction; the *Everything faults until
    /// changed.
    void setFault(Fault fault, int times = 1);
    int postsSeen() const { return m_posts; }
    /// Requests (any method) that reached the proxy: a negative check waits for some of them, not a time.
    int requestsSeen() const { return m_requests; }
    int faultsApplied() const { return m_applied; }

    static QByteArray garbageAnswer();

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    Fault m_fault = Fault::None;
    int m_remaining = 0;
    int m_posts = 0;
    int m_requests = 0;
    int m_applied = 0;
};

} // namespace aitbc::test
