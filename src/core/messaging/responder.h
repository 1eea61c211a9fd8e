#pragma once

#include "chain/node.h"
#include "messaging/responder_rules.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace aitbc::messaging {

class MessageSender;

/// The autonomous agent (the guide's agent daemon, protocol.md §6.1, done right): watches the messages
/// of one wallet and answers triggers through the durable outbox.
///  - rules: exact / prefix / regular expression, case sensitivity (ResponderRule);
///  - each answered (or rate-limited) transaction hash is written to the state file before the next
///    message is looked at, and a reply is in the outbox (with `in_reply_to`) before that: a restart
///    never answers twice, even if it happens between the two writes;
///  - a start height (default: the head at the first start, stored) so old history is never answered;
///  - a rate limit that survives restarts;
///  - replies are REF-format, signed, with a real nonce (the guide's used the legacy format, which REF
///    refuses, and a millisecond nonce).
/// Runs in the dashboard (one per unlocked wallet) and headless in `aitbc-agent daemon`.
class Responder : public QObject {
    Q_OBJECT
public:
    /// `reader` is where messages are read (the proposer's RPC or a chain.db: §10.22 warns that a REF
    /// follower's chain.db loses transactions); `sender` sends the replies (it must be started).
    Responder(QString address, chain::Node* reader, MessageSender* sender, ResponderConfig config,
              QString statePath, QObject* parent = nullptr);
    ~Responder() override;

    /// Loads the state file and starts watching. False with `error` when a rule is invalid or the state
    /// file is unreadable or belongs to another address.
    bool start(QString* error);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    QString address() const { return m_address; }
    const ResponderState& state() const { return m_state; }
    void setPollInterval(int ms) { m_timer.setInterval(qMax(10, ms)); }
    /// Test seam: the clock of the rate limit.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Looks at the messages now.
    void poll();

signals:
    /// A line for the responder's log (also logged to aitbc.responder).
    void log(const QString& line);
    /// A reply to `txHash` was written to the outbox (outbox id `outboxId`).
    void replied(const QString& txHash, qint64 outboxId);
    /// The start height was decided (first start) or loaded.
    void startHeightKnown(qint64 height);

private:
    void process(const QList<chain::ChainMessage>& messages);
    void handleNext(QList<chain::ChainMessage> queue);
    bool saveState();
    void say(const QString& line);

    QString m_address;
    QPointer<chain::Node> m_reader;
    QPointer<MessageSender> m_sender;
    ResponderConfig m_config;
    QString m_statePath;
    ResponderState m_state;
    ResponderEngine m_engine;
    QTimer m_timer;
    bool m_polling = false;
    std::function<QDateTime()> m_clock;
};

} // namespace aitbc::messaging
