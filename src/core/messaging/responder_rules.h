#pragma once

#include "chain/types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRegularExpression>
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
    int maxReplies = 10;    ///< at most this many replies ...
    int windowSeconds = 60; ///< ... per this many seconds; further triggers are logged and never answered
    /// Only messages in blocks above this height are answered. -1: the chain head when the responder
    /// first starts (stored in the state file), so old history is never answered.
    qint64 startHeight = -1;
};

/// What the responder remembers across restarts (the guide's daemon kept it in memory, §6.1 item 3).
struct ResponderState {
    QString address;
    QString chainId;
    qint64 startHeight = -1;
    /// tx hash -> what was done: "replied", "rate-limited"
    QHash<QString, QString> handled;
    QList<QDateTime> replyTimes; ///< recent replies (UTC), for the rate limit across restarts

    /// Reads `path`; a missing file gives a fresh state (true). False with `error` for unreadable or
    /// corrupt files: the responder refuses to start rather than answer history again.
    static bool load(const QString& path, ResponderState& out, QString* error);
    /// Writes atomically (QSaveFile: the old file stays intact until the new one is complete), mode 0600.
    bool save(const QString& path, QString* error) const;
};

/// The decision for one message.
struct ResponderDecision {
    enum class Kind { Ignore, Reply, RateLimited };
    Kind kind = Kind::Ignore;
    QString reply;  ///< Reply: the text to send
    QString reason; ///< Ignore/RateLimited: why (for the log)
};

/// The pure decision logic of the responder (no I/O): rules, start height, deduplication, rate limit.
class ResponderEngine {
public:
    ResponderEngine(ResponderConfig config, ResponderState* state);

    /// What to do with `message` (a message of the responder's own address) at time `now`.
    ResponderDecision consider(const chain::ChainMessage& message, const QDateTime& now) const;
    /// Records the outcome; the caller saves the state afterwards.
    void record(const QString& txHash, ResponderDecision::Kind kind, const QDateTime& now);

    const ResponderConfig& config() const { return m_config; }

private:
    int repliesInWindow(const QDateTime& now) const;

    ResponderConfig m_config;
    ResponderState* m_state;
};

} // namespace aitbc::messaging
