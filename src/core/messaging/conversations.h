#pragma once

#include "chain/types.h"
#include "messaging/authorship_ledger.h"
#include "messaging/envelope.h"
#include "messaging/outbox_entry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace aitbc::messaging {

/// One message as a thread shows it: a chain message, an outbox entry not yet on chain, or both merged
/// (matched by node hash).
struct ThreadMessage {
    enum class Status {
        Queued,    ///< in the outbox, not yet accepted by the node (includes signed-and-being-sent)
        Mempool,   ///< accepted by the node, waiting for a block
        Confirmed, ///< in block `blockHeight`
        Failed,    ///< refused; `failReason` is the node's reason
    };
    QString txHash;
    qint64 outboxId = -1;
    bool outgoing = false;
    QString sender;
    QString recipient;
    QString counterpart;
    QString text;     ///< raw text: views must pass it through safeDisplayText()
    QDateTime time;   ///< block time when confirmed, else when it was written (UTC)
    QDateTime sentAt; ///< outbox: when it was written (UTC); invalid for messages of other tools
    qint64 blockHeight = -1;
    Status status = Status::Confirmed;
    QString failReason;
    QString waitingFor; ///< outbox: what the sender waits for (unlock, next block, node)
    Authorship authorship = Authorship::Unsigned;
    std::optional<qint64> signedNonce;
    QString inReplyTo;
    std::optional<qint64> rttMs; ///< pings: time from sending to the block holding the answer
    QString answeredBy;          ///< pings: hash of the answer
    /// Changes whenever the book makes or changes this row; rows with the same (non-zero) revision are
    /// equal, so a view compares a long thread by one number per row instead of every field.
    quint64 revision = 0;

    bool verified() const { return authorship == Authorship::Verified; }
};
/// "queued", "mempool", "confirmed", "failed".
QString threadStatusName(ThreadMessage::Status s);
/// "queued", "in the mempool", "confirmed at height N", "failed: <reason>" (English; GUIs translate).
QString threadStatusText(const ThreadMessage& m);

/// All messages between one wallet and one counterpart, oldest first.
struct Conversation {
    QString counterpart;
    QList<ThreadMessage> messages;
    QDateTime lastActivity;
    int unread = 0;
};

/// The conversations of one wallet (QtCore logic; the models and the CLI use it):
///  - grouping by counterpart, newest activity first;
///  - merging chain messages with the outbox (status queued / in the mempool / confirmed at height N /
///    failed with the node's reason);
///  - authorship of every message (AuthorshipLedger: the signature, and replays, a signed payload
///    reposted as a new transaction, marked as such);
///  - unread counts (incoming messages above the last height marked read);
///  - ping/pong round-trip times: an answer is paired with its ping by `in_reply_to`, or, for answers of
///    other tools, the first "pong" after a "ping" in the same thread.
class ConversationBook {
public:
    void setOwner(const QString& address, const QString& chainId);
    QString owner() const { return m_owner; }
    void setChainMessages(const QList<chain::ChainMessage>& messages);
    /// Messages that follow those given so far (the caller checked that nothing before them changed,
    /// as MessageFeed does): only they are converted, checked and added to their conversations, in
    /// place, without rebuilding the others. What the quick path cannot settle (an answer to pair, an
    /// outbox entry confirmed, a conversation with pending messages after the new ones) rebuilds, so the
    /// result is always the one setChainMessages(all messages) gives. A long history given in parts
    /// this way costs each part only its own messages.
    void appendChainMessages(const QList<chain::ChainMessage>& added);
    void setOutbox(const QList<OutboxEntry>& entries);
    /// Marks everything up to `height` in the thread with `counterpart` as read.
    void markRead(const QString& counterpart, qint64 height);
    /// The last read height per counterpart (to save and restore).
    QHash<QString, qint64> readMarks() const { return m_readMarks; }
    void setReadMarks(const QHash<QString, qint64>& marks);

    /// Conversations, newest activity first.
    const QList<Conversation>& conversations() const { return m_conversations; }
    const Conversation* conversation(const QString& counterpart) const;
    int totalUnread() const;
    /// The chain messages given so far, in chain order.
    const QList<chain::ChainMessage>& chainMessages() const { return m_chain; }
    /// The same as thread messages (authorship included, nothing of the outbox), index for index.
    const QList<ThreadMessage>& chainThread() const { return m_chainThread; }

private:
    void rebuild();
    /// Turns m_chain[from..] into thread messages (authorship included) after those already converted.
    void convertFrom(qsizetype from);
    /// Appends m_chainThread[from..] to their conversations when nothing else can change by it (see
    /// appendChainMessages); false, with nothing changed, when a rebuild is needed.
    bool appendToConversations(qsizetype from);
    /// Moves the conversation at `index` to its place in the newest-first order.
    void placeConversation(qsizetype index);

    QString m_owner;
    QString m_chainId;
    QList<chain::ChainMessage> m_chain;
    /// m_chain as thread messages, without what the outbox adds: a poll that only appended messages
    /// converts and checks only those (a history of 100 000 messages grows a block at a time).
    QList<ThreadMessage> m_chainThread;
    AuthorshipLedger m_ledger;
    QList<OutboxEntry> m_outbox;
    QHash<QString, qint64> m_readMarks;
    QList<Conversation> m_conversations;
    /// Conversations holding outbox entries not (yet) on chain: new chain rows may belong before them.
    QSet<QString> m_withOutboxRows;
};

/// Writes a thread as CSV (RFC 4180, UTF-8, header line): direction, time_utc, block_height, status,
/// verified, rtt_ms, tx_hash, text. Texts are complete; a cell that a spreadsheet would run as a formula
/// (starting with = + - @, tab or CR) is prefixed with an apostrophe.
QByteArray conversationCsv(const Conversation& conversation);

} // namespace aitbc::messaging
