#include "messaging/responder_rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace aitbc::messaging {

QString matchName(ResponderRule::Match m) {
    switch (m) {
    case ResponderRule::Match::Exact:
        return QStringLiteral("exact");
    case ResponderRule::Match::Prefix:
        return QStringLiteral("prefix");
    case ResponderRule::Match::Regex:
        return QStringLiteral("regex");
    }
    return QStringLiteral("exact");
}

std::optional<ResponderRule::Match> matchFromName(const QString& name) {
    for (auto m : {ResponderRule::Match::Exact, ResponderRule::Match::Prefix, ResponderRule::Match::Regex})
        if (matchName(m) == name)
            return m;
    return std::nullopt;
}

QString ResponderRule::problem() const {
    if (trigger.isEmpty())
        return QStringLiteral("the trigger is empty");
    if (match == Match::Regex) {
        const QRegularExpression re(trigger);
        if (!re.isValid())
            return QStringLiteral("invalid regular expression: %1").arg(re.errorString());
    }
    return {};
}

bool ResponderRule::matches(const QString& text) const {
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    switch (match) {
    case Match::Exact:
        return text.trimmed().compare(trigger, cs) == 0;
    case Match::Prefix: {
        const QString t = text.trimmed();
        return t.startsWith(trigger, cs);
    }
    case Match::Regex: {
        QRegularExpression re(trigger, caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
        return re.isValid() && re.match(text).hasMatch();
    }
    }
    return false;
}

namespace {
const QString kAnswered = QStringLiteral("answered");
const QString kReplying = QStringLiteral("replying");
const QString kLegacyReplied = QStringLiteral("replied");
constexpr qint64 kDaySeconds = 24 * 3600;

QString isoUtc(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue& v) {
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

bool ResponderState::isAnswered(const QString& txHash) const {
    const QString v = handled.value(txHash);
    return v == kAnswered || v == kLegacyReplied;
}

Result<ResponderState> ResponderState::load(const QString& path) {
    ResponderState out;
    QFile f(path);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read responder state %1: %2").arg(path, f.errorString())};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject() || doc[QStringLiteral("version")].toInt() != 1)
        return Error{QStringLiteral("responder state %1 is corrupt or of an unknown version%2")
                         .arg(path, pe.error ? QStringLiteral(": ") + pe.errorString() : QString())};
    const QJsonObject o = doc.object();
    out.address = o[QStringLiteral("address")].toString();
    out.chainId = o[QStringLiteral("chain_id")].toString();
    out.startHeight = o[QStringLiteral("start_height")].toInteger(-1);
    const QJsonObject handled = o[QStringLiteral("handled")].toObject();
    for (auto it = handled.begin(); it != handled.end(); ++it)
        out.handled.insert(it.key(), it.value().toString());
    const QJsonObject pending = o[QStringLiteral("pending")].toObject();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (out.handled.value(it.key()) != kReplying)
            continue;
        const QJsonObject p = it.value().toObject();
        out.pending.insert(it.key(), PendingReply{p[QStringLiteral("retries")].toInt(),
                                                  fromIso(p[QStringLiteral("retry_at")])});
    }
    for (auto it = out.handled.cbegin(); it != out.handled.cend(); ++it)
        if (it.value() == kReplying && !out.pending.contains(it.key()))
            out.pending.insert(it.key(), PendingReply{});
    for (const QJsonValue& v : o[QStringLiteral("replies")].toArray()) {
        const QJsonObject r = v.toObject();
        const QDateTime t = fromIso(r[QStringLiteral("time")]);
        if (t.isValid())
            out.replies.append(
                ReplyRecord{t, r[QStringLiteral("sender")].toString(), r[QStringLiteral("fee")].toInteger()});
    }
    for (const QJsonValue& v : o[QStringLiteral("acknowledged")].toArray())
        if (v.isString())
            out.acknowledged.insert(v.toString());
    // Files written before per-sender limits and budgets: times only.
    for (const QJsonValue& v : o[QStringLiteral("reply_times")].toArray())
        if (const QDateTime t = fromIso(v); t.isValid())
            out.replies.append(ReplyRecord{t, QString(), 0});
    return out;
}

Result<void> ResponderState::save(const QString& path) const {
    QJsonObject o;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("address")] = address;
    o[QStringLiteral("chain_id")] = chainId;
    o[QStringLiteral("start_height")] = startHeight;
    QStringList acked(acknowledged.cbegin(), acknowledged.cend());
    acked.sort(); // a stable file: the same state writes the same bytes
    o[QStringLiteral("acknowledged")] = QJsonArray::fromStringList(acked);
    QJsonObject h;
    for (auto it = handled.begin(); it != handled.end(); ++it)
        h[it.key()] = it.value();
    o[QStringLiteral("handled")] = h;
    QJsonObject p;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        QJsonObject r;
        r[QStringLiteral("retries")] = it->retries;
        r[QStringLiteral("retry_at")] = isoUtc(it->retryAt);
        p[it.key()] = r;
    }
    o[QStringLiteral("pending")] = p;
    QJsonArray list;
    for (const ReplyRecord& r : replies) {
        QJsonObject j;
        j[QStringLiteral("time")] = isoUtc(r.time);
        j[QStringLiteral("sender")] = r.sender;
        j[QStringLiteral("fee")] = r.fee;
        list.append(j);
    }
    o[QStringLiteral("replies")] = list;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write responder state %1: %2").arg(path, f.errorString())};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error{QStringLiteral("cannot write responder state %1: %2").arg(path, f.errorString())};
    return {};
}

ResponderEngine::ResponderEngine(ResponderConfig config, ResponderState* state)
    : m_config(std::move(config))
    , m_state(state) {}

int ResponderEngine::repliesInWindow(const QDateTime& now, const QString& sender) const {
    const QDateTime since = now.addSecs(-m_config.windowSeconds);
    int n = 0;
    for (const ReplyRecord& r : m_state->replies)
        if (r.time > since && (sender.isEmpty() || r.sender == sender))
            ++n;
    return n;
}

qint64 ResponderEngine::feesInDay(const QDateTime& now) const {
    const QDateTime since = now.addSecs(-kDaySeconds);
    qint64 sum = 0;
    for (const ReplyRecord& r : m_state->replies)
        if (r.time > since)
            sum += r.fee;
    return sum;
}

int ResponderEngine::retryDelaySeconds(int retry) const {
    qint64 delay = qMax(1, m_config.retryBaseSeconds);
    for (int i = 1; i < retry && delay < m_config.retryMaxSeconds; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, qMax(1, m_config.retryMaxSeconds)));
}

ResponderDecision ResponderEngine::consider(const chain::ChainMessage& m, const MessageFacts& facts,
                                            const QDateTime& now) const {
    ResponderDecision d;
    if (m.direction != chain::ChainMessage::Direction::Incoming || m.sender == m_state->address) {
        d.reason = QStringLiteral("own message");
        return d;
    }
    if (m.recipient != m_state->address) {
        d.reason = QStringLiteral("not addressed to this wallet");
        return d;
    }
    if (m.blockHeight < 0 || m.blockHeight <= m_state->startHeight) {
        d.reason = QStringLiteral("before the start height %1").arg(m_state->startHeight);
        return d;
    }
    if (m_state->handled.contains(m.txHash)) {
        d.reason = QStringLiteral("already handled (%1)").arg(m_state->handled.value(m.txHash));
        return d;
    }
    const ResponderRule* rule = nullptr;
    for (const ResponderRule& r : m_config.rules) {
        if (r.problem().isEmpty() && r.matches(m.text)) {
            rule = &r;
            break;
        }
    }
    if (!rule) {
        d.reason = QStringLiteral("no rule matches");
        return d;
    }
    // A reply is never answered: two responders whose triggers are each other's replies would otherwise
    // pay each other until their limits cut in. Recorded (and logged once) like every refusal.
    if (facts.isReply) {
        d.kind = ResponderDecision::Kind::Refused;
        d.reason = QStringLiteral("it is a reply (in_reply_to)");
        return d;
    }
    if (!m_config.allow.isEmpty() && !m_config.allow.contains(m.sender)) {
        d.kind = ResponderDecision::Kind::Refused;
        d.reason = QStringLiteral("the sender is not on the allow-list");
        return d;
    }
    // A failing signature is a forgery (or a replay): answering it would let anybody make this wallet pay
    // replies to whom they like.
    if (facts.authorship != Authorship::Verified && facts.authorship != Authorship::Unsigned) {
        d.kind = ResponderDecision::Kind::Refused;
        d.reason = QStringLiteral("its signature fails (%1)").arg(authorshipName(facts.authorship));
        return d;
    }
    if (m_config.verifiedOnly && facts.authorship != Authorship::Verified) {
        d.kind = ResponderDecision::Kind::Refused;
        d.reason = QStringLiteral("only verified messages are answered");
        return d;
    }
    if (m_config.maxReplies >= 0 && repliesInWindow(now) >= m_config.maxReplies) {
        d.kind = ResponderDecision::Kind::RateLimited;
        d.reason = QStringLiteral("rate limit: %1 replies per %2 s")
                       .arg(m_config.maxReplies)
                       .arg(m_config.windowSeconds);
        return d;
    }
    if (m_config.maxRepliesPerSender >= 0 && repliesInWindow(now, m.sender) >= m_config.maxRepliesPerSender) {
        d.kind = ResponderDecision::Kind::RateLimited;
        d.reason = QStringLiteral("rate limit: %1 replies per sender per %2 s")
                       .arg(m_config.maxRepliesPerSender)
                       .arg(m_config.windowSeconds);
        return d;
    }
    if (m_config.maxFeePerDay >= 0) {
        const qint64 spent = feesInDay(now);
        if (spent + facts.fee > m_config.maxFeePerDay) {
            d.kind = ResponderDecision::Kind::OverBudget;
            d.reason =
                QStringLiteral("fee budget exhausted: %1 of %2 spent in the last 24 h, a reply costs %3")
                    .arg(spent)
                    .arg(m_config.maxFeePerDay)
                    .arg(facts.fee);
            return d;
        }
    }
    d.kind = ResponderDecision::Kind::Reply;
    d.reply = rule->reply;
    return d;
}

void ResponderEngine::record(const QString& txHash, ResponderDecision::Kind kind, const QDateTime& now,
                             const QString& sender, qint64 fee) {
    switch (kind) {
    case ResponderDecision::Kind::Ignore:
        return;
    case ResponderDecision::Kind::RateLimited:
        m_state->handled.insert(txHash, QStringLiteral("rate-limited"));
        return;
    case ResponderDecision::Kind::OverBudget:
        m_state->handled.insert(txHash, QStringLiteral("over-budget"));
        return;
    case ResponderDecision::Kind::Refused:
        m_state->handled.insert(txHash, QStringLiteral("refused"));
        return;
    case ResponderDecision::Kind::Reply:
        break;
    }
    m_state->handled.insert(txHash, kReplying);
    m_state->pending.insert(txHash, PendingReply{});
    m_state->replies.append(ReplyRecord{now.toUTC(), sender, fee});
    // Only the window and the day matter; keep the file small.
    const QDateTime since = now.addSecs(-qMax<qint64>(m_config.windowSeconds, kDaySeconds));
    m_state->replies.removeIf([&](const ReplyRecord& r) { return r.time <= since; });
}

void ResponderEngine::markAnswered(const QString& txHash) {
    m_state->handled.insert(txHash, kAnswered);
    m_state->pending.remove(txHash);
}

} // namespace aitbc::messaging
