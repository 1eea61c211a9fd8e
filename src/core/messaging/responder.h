#pragma once

#include "chain/node.h"
#include "messaging/authorship_ledger.h"
#include "messaging/outbox_entry.h"
#include "messaging/responder_rules.h"
#include "messaging/status_report.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace aitbc::messaging {

class MessageSender;

/// The autonomous agent (the guide's agent daemon, protocol.md §6.1, done right): watches the messages
/// of one wallet and answers triggers through the durable outbox. The chain is hostile input (a REF node
/// checks no signature), so it answers only what it must, once:
///  - rules: exact / prefix / regular expression, case sensitivity (ResponderRule);
///  - never a reply (`in_reply_to`: no loop between two responders), never its own messages, never a
///    message whose signature fails (AuthorshipLedger: forged, replayed); optionally only verified
///    messages and only senders of an allow-list;
///  - "never twice": before answering it looks for a reply naming the message (`in_reply_to`) on chain
///    (signed by this wallet) and in the outbox, so a lost or new state file answers nothing again; each
///    decision is in the state file before the next message is looked at, and a reply is in the outbox
///    before that;
///  - a message counts as answered only when its reply is on chain; a reply the node refused (e.g. no
///    funds) is sent again with exponential backoff;
///  - a start height (default: the head at the first start, stored) so old history is never answered;
///  - total and per-sender rate limits and a daily fee budget that survive restarts;
///  - every log line about a message says whether it was verified, unsigned or forged;
///  - replies are REF-format, signed, with a real nonce (the guide's used the legacy format, which REF
///    refuses, and a millisecond nonce).
///  - an encrypted message (encrypted_envelope.h) is opened with the wallet's encryption key (derived
///    from the signing key the sender holds), matched on its plaintext and answered encrypted; one it
///    cannot open is never answered; its plaintext never reaches the log.
/// Runs in the dashboard (one per unlocked wallet) and headless in `aitbc-agent daemon`.
class Responder : public QObject {
    Q_OBJECT
public:
    /// `reader` is where messages are read (the proposer's RPC or a chain.db: §10.22 warns that a REF
    /// follower's chain.db loses transactions); `sender` sends the replies (it must be started).
    Responder(QString address, chain::Node* reader, MessageSender* sender, ResponderConfig config,
              QString statePath, QObject* parent = nullptr);
    ~Responder() override;

    /// Loads the state file and starts watching. An error when a rule is invalid or the state file is
    /// unreadable or belongs to another address.
    Result<void> start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    QString address() const { return m_address; }
    const ResponderState& state() const { return m_state; }
    const ResponderConfig& config() const { return m_config; }
    void setPollInterval(int ms) { m_timer.setInterval(qMax(10, ms)); }
    /// Sends acknowledgments (acknowledgments.h): one message per sender listing the verified messages
    /// it sent that were looked at and not answered (a reply is their acknowledgment); replies and
    /// acknowledgments are never acknowledged. Never twice: what
    /// was acknowledged on chain or is in the outbox is skipped, so a restart sends nothing again.
    void setAcknowledge(bool on) { m_acknowledge = on; }
    /// Test seam: the clock of the rate limit.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Looks at the messages now.
    void poll();

    /// Answers status requests (status_report.h) with what `source` gathers, as a signed reply; without a
    /// source they are ordinary messages. Only verified requests are answered, and only from the
    /// allow-list when one is set; they count towards the rate limits and the fee budget like any reply.
    void setStatusSource(StatusSource source) { m_statusSource = std::move(source); }
    bool answersStatus() const { return bool(m_statusSource); }

signals:
    /// A line for the responder's log (also logged to aitbc.responder).
    void log(const QString& line);
    /// A reply to `txHash` was written to the outbox (outbox id `outboxId`).
    void replied(const QString& txHash, qint64 outboxId);
    /// The reply `replyHash` to `txHash` is on chain: `txHash` is answered.
    void answered(const QString& txHash, const QString& replyHash);
    /// The node refused the reply to `txHash`; it is sent again after `retryInSeconds`.
    void replyRefused(const QString& txHash, const QString& reason, int retryInSeconds);
    /// The start height was decided (first start) or loaded.
    void startHeightKnown(qint64 height);

private:
    struct Candidate {
        chain::ChainMessage message; ///< `text` decrypted when it came encrypted
        MessageFacts facts;
        bool encrypted = false; ///< answered encrypted, and its text never written to the log
        /// What the log shows of the text: the marker for an encrypted message.
        QString shownText(int maxChars) const;
    };
    void process(const QList<chain::ChainMessage>& messages);
    /// Settles the replies waiting to be on chain; true when the state changed.
    bool settlePending(const QHash<QString, QString>& repliesOnChain,
                       const QHash<QString, OutboxEntry>& repliesInOutbox,
                       const QHash<QString, QString>& authorshipOf, const QDateTime& now);
    void handleNext(QList<Candidate> queue, QHash<QString, QString> repliesOnChain);
    /// handleNext for a status request (responder_status.cpp).
    void answerStatusRequest(const Candidate& c, QList<Candidate> queue,
                             QHash<QString, QString> repliesOnChain);
    bool saveState();
    void say(const QString& line);
    /// The outbox's replies of this wallet by the hash they answer (the newest per hash).
    QHash<QString, OutboxEntry> outboxReplies() const;
    void sendAcknowledgments(const QList<chain::ChainMessage>& messages, const QList<AuthorshipCheck>& checks,
                             const QHash<QString, QString>& repliesOnChain);

    QString m_address;
    QPointer<chain::Node> m_reader;
    QPointer<MessageSender> m_sender;
    ResponderConfig m_config;
    QString m_statePath;
    ResponderState m_state;
    ResponderEngine m_engine;
    AuthorshipLedger m_ledger;
    /// Messages no rule matches: looked at once per run, not on every poll (a flood of them would cost a
    /// rule match each per poll otherwise). In memory only: their texts never change.
    QSet<QString> m_ignored;
    /// Encrypted messages this wallet cannot open: not read, so never acknowledged either.
    QSet<QString> m_unreadable;
    QTimer m_timer;
    bool m_polling = false;
    bool m_acknowledge = false;
    /// Hashes whose acknowledgment was queued by this run (the outbox write is asynchronous).
    QSet<QString> m_ackQueued;
    std::function<QDateTime()> m_clock;
    StatusSource m_statusSource;
};

} // namespace aitbc::messaging
