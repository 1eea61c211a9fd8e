#pragma once

#include "util/error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace aitbc::chain {
class Node;
}
namespace aitbc::crypto {
class Ed25519Key;
}
namespace aitbc::messaging {
class MessageSender;
class Responder;
} // namespace aitbc::messaging

namespace aitbc::demo {

/// One agent of the demo traffic: its keystore and the file holding its (public, demo-only) password.
struct TrafficAgent {
    QString keystorePath;
    QString passwordFile;
};

struct DemoTrafficOptions {
    QUrl leaderUrl;         ///< where messages are read and submitted (the proposer, §1.5)
    QString chainId;        ///< the demo chain's id
    QString stateDir;       ///< outbox and responder state of the agents (created when missing)
    TrafficAgent pinger;    ///< sends "ping" to the responder and chat lines to `chatPartner`
    TrafficAgent replier;   ///< runs the ping -> pong responder
    QString chatPartner;    ///< address the pinger chats with between pings (may be empty)
    int intervalMs = 10000; ///< one new message from the pinger per interval, while none is in flight
    int pollMs = 1000;      ///< how often the responder and the outbox look at the chain
};

/// The life of the demo network: two agents talking over the chain with the same messaging core the
/// dashboard and `aitbc-agent` use, so `aitbc-dashboard --demo` shows messages flowing (and, with a REF
/// follower, blocks whose transactions the follower never received) without the user doing anything.
///
///  - the replier runs a Responder (exact "ping" -> "pong"), so a ping from any wallet, including the
///    user's own from the compose box, gets its pong;
///  - the pinger alternates "ping" to the replier with a short chat line to `chatPartner`, one message at
///    a time: nothing new is queued while its previous message is still unconfirmed, so a stalled chain
///    never builds up a backlog.
///
/// Everything goes through a durable outbox in `stateDir`, so restarting the demo in the same folder
/// neither loses nor repeats a message, and the responder never answers the same ping twice.
/// Lives on the thread it is started on (the demo's thread); that thread needs an event loop.
class DemoTraffic : public QObject {
    Q_OBJECT
public:
    explicit DemoTraffic(QObject* parent = nullptr);
    ~DemoTraffic() override;

    /// Unlocks both agents, opens the outbox and starts the responder and the timer. Fails when a keystore
    /// cannot be unlocked or the state folder cannot be written.
    Result<void> start(const DemoTrafficOptions& options);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    QString pingerAddress() const { return m_pingerAddress; }
    QString replierAddress() const { return m_replierAddress; }
    /// Messages the pinger has put in its outbox since start().
    int queued() const { return m_queued; }
    /// Replies of the responder that reached a block.
    int repliesConfirmed() const { return m_repliesConfirmed; }

signals:
    /// A line for the demo's log ("bob: ping to ait1…", "carol: replied pong …").
    void log(const QString& line);
    /// A reply of the responder is in a block (the round trip is complete once the pinger's node sees it).
    void replyConfirmed(const QString& txHash, qint64 height);

private:
    void next();
    bool pingerBusy() const;

    DemoTrafficOptions m_options;
    std::unique_ptr<crypto::Ed25519Key> m_pingerKey;
    std::unique_ptr<crypto::Ed25519Key> m_replierKey;
    QString m_pingerAddress;
    QString m_replierAddress;
    std::unique_ptr<chain::Node> m_node;
    std::unique_ptr<messaging::MessageSender> m_sender;
    std::unique_ptr<messaging::Responder> m_responder;
    QTimer m_timer;
    int m_step = 0;
    int m_queued = 0;
    int m_repliesConfirmed = 0;
};

} // namespace aitbc::demo
