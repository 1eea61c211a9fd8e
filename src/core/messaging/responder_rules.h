#pragma once

#include "chain/types.h"
#include "messaging/envelope.h"
#include "util/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace aitbc::messaging {

/// One trigger -> reply rule of the responder. The guide's daemon matched a case-sensitive *substring*
/// of `str(payload)`, so "ping" fired on "shipping" and on any dict field (protocol.md §6.1, §10.23);
/// here the match is on the extracted text and its kind is explicit.
struct ResponderRule {
    enum class Match {
        Exact,  ///< the whole text (surrounding whitespace ignored) equals the trigger
        Prefix, ///< the text (leading whitespace ignored) starts with the trigger
        Regex,  ///< QRegularExpression search anywhere in the text (anchor it with ^...$ if needed)
    };
    Match match = Match::Exact;
    QString trigger = QStringLiteral("ping");
    QString reply = QStringLiteral("pong");
    bool caseSensitive = true;

    /// Empty when the rule is usable, else why not (empty trigger, invalid regular expression).
    QString problem() const;
    bool matches(const QString& text) const;
};
/// "exact", "prefix", "regex".
QString matchName(ResponderRule::Match m);
std::optional<ResponderRule::Match> matchFromName(const QString& name);

struct ResponderConfig {
    QList<ResponderRule> rules{
        ResponderRule{}};   ///< first matching rule wins; default: exact "ping" -> "pong"
    int maxReplies = 10;    ///< at most this many replies in total ...
    int windowSeconds = 60; ///< ... per this many seconds; further triggers are logged and never answered
    int maxRepliesPerSender = 3; ///< at most this many replies to one sender per window (-1: no limit)
    /// Fees the replies may spend in any 24 hours (-1: no budget). A trigger that would exceed it is
    /// logged and never answered.
    qint64 maxFeePerDay = -1;
    /// Answer only messages whose authorship is verified (AuthorshipLedger); otherwise unsigned messages
    /// (other tools) are answered too. Messages whose signature fails are never answered.
    bool verifiedOnly = false;
    /// When not empty, only messages from these senders are answered.
    QSet<QString> allow;
    /// A reply the node refused (e.g. no funds) is sent again after retryBaseSeconds, doubling up to
    /// retryMaxSeconds.
    int retryBaseSeconds = 30;
    int retryMaxSeconds = 3600;
    /// Only messages in blocks above this height are answered. -1: the chain head when the responder
    /// first starts (stored in the state file), so old history is never answered.
    qint64 startHeight = -1;
};

/// One reply the responder sent (for the rate limits and the fee budget).
struct ReplyRecord {
    QDateTime time; ///< UTC
    QString sender; ///< whom it answered
    qint64 fee = 0;
};

/// A reply waiting to be on chain.
struct PendingReply {
    int retries = 0;   ///< times the refused reply was sent again
    QDateTime retryAt; ///< when a refused reply may be sent again (UTC); invalid: not refused
};

/// What the responder remembers across restarts (the guide's daemon kept it in memory, §6.1 item 3).
struct ResponderState {
    QString address;
    QString chainId;
    qint64 startHeight = -1;
    /// tx hash -> what was done: "answered" (the reply is on chain), "replying" (the reply is in the
    /// outbox, not yet on chain: see `pending`), "rate-limited", "over-budget", "refused" (not allowed,
    /// unverified or forged). "replied" (older files: the reply was written to the outbox) counts as
    /// answered.
    QHash<QString, QString> handled;
    QHash<QString, PendingReply> pending; ///< tx hash -> its reply, while "replying"
    QList<ReplyRecord> replies;           ///< recent replies, for the limits and the budget across restarts
    /// Messages whose acknowledgment was written to the outbox: never acknowledged again, even when the
    /// acknowledgment is not on chain yet and the outbox was another process's or is gone.
    QSet<QString> acknowledged;

    /// Whether `txHash` was answered: its reply is on chain.
    bool isAnswered(const QString& txHash) const;

    /// Reads `path`; a missing file gives a fresh state. An error for unreadable or corrupt files: the
    /// responder refuses to start rather than answer history again.
    static Result<ResponderState> load(const QString& path);
    /// Writes atomically (QSaveFile: the old file stays intact until the new one is complete), mode 0600.
    Result<void> save(const QString& path) const;
};

/// What the responder knows about a message besides its fields.
struct MessageFacts {
    Authorship authorship = Authorship::Unsigned; ///< AuthorshipLedger's verdict
    bool isReply = false;                         ///< the payload carries `in_reply_to`
    qint64 fee = 0;                               ///< the fee a reply would cost
};

/// The decision for one message.
struct ResponderDecision {
    enum class Kind { Ignore, Reply, RateLimited, OverBudget, Refused };
    Kind kind = Kind::Ignore;
    QString reply;  ///< Reply: the text to send
    QString reason; ///< otherwise: why (for the log)
};

/// The pure decision logic of the responder (no I/O): rules, start height, deduplication, who may be
/// answered, rate limits and the fee budget.
class ResponderEngine {
public:
    ResponderEngine(ResponderConfig config, ResponderState* state);

    /// What to do with `message` (a message of the responder's own address) at time `now`.
    ResponderDecision consider(const chain::ChainMessage& message, const MessageFacts& facts,
                               const QDateTime& now) const;
    /// An unsigned message that is no reply, at no fee.
    ResponderDecision consider(const chain::ChainMessage& message, const QDateTime& now) const {
        return consider(message, MessageFacts{}, now);
    }
    /// Records the outcome; the caller saves the state afterwards. A Reply is "replying" until
    /// markAnswered(); `sender` and `fee` count towards the limits and the budget.
    void record(const QString& txHash, ResponderDecision::Kind kind, const QDateTime& now,
                const QString& sender = {}, qint64 fee = 0);
    /// The reply to `txHash` is on chain.
    void markAnswered(const QString& txHash);
    /// Fees of the replies in the 24 hours before `now`.
    qint64 feesInDay(const QDateTime& now) const;
    /// The delay before the n-th (1-based) resend of a refused reply.
    int retryDelaySeconds(int retry) const;

    const ResponderConfig& config() const { return m_config; }

private:
    int repliesInWindow(const QDateTime& now, const QString& sender = {}) const;

    ResponderConfig m_config;
    ResponderState* m_state;
};

} // namespace aitbc::messaging
