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

bool ResponderState::load(const QString& path, ResponderState& out, QString* error) {
    out = ResponderState{};
    QFile f(path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read responder state %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject() || doc[QStringLiteral("version")].toInt() != 1) {
        if (error)
            *error = QStringLiteral("responder state %1 is corrupt or of an unknown version%2")
                         .arg(path, pe.error ? QStringLiteral(": ") + pe.errorString() : QString());
        return false;
    }
    const QJsonObject o = doc.object();
    out.address = o[QStringLiteral("address")].toString();
    out.chainId = o[QStringLiteral("chain_id")].toString();
    out.startHeight = o[QStringLiteral("start_height")].toInteger(-1);
    const QJsonObject handled = o[QStringLiteral("handled")].toObject();
    for (auto it = handled.begin(); it != handled.end(); ++it)
        out.handled.insert(it.key(), it.value().toString());
    for (const QJsonValue& v : o[QStringLiteral("reply_times")].toArray()) {
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            out.replyTimes.append(t.toUTC());
    }
    return true;
}

bool ResponderState::save(const QString& path, QString* error) const {
    QJsonObject o;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("address")] = address;
    o[QStringLiteral("chain_id")] = chainId;
    o[QStringLiteral("start_height")] = startHeight;
    QJsonObject h;
    for (auto it = handled.begin(); it != handled.end(); ++it)
        h[it.key()] = it.value();
    o[QStringLiteral("handled")] = h;
    QJsonArray times;
    for (const QDateTime& t : replyTimes)
        times.append(t.toUTC().toString(Qt::ISODateWithMs));
    o[QStringLiteral("reply_times")] = times;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write responder state %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write responder state %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

ResponderEngine::ResponderEngine(ResponderConfig config, ResponderState* state)
    : m_config(std::move(config))
    , m_state(state) {}

int ResponderEngine::repliesInWindow(const QDateTime& now) const {
    const QDateTime since = now.addSecs(-m_config.windowSeconds);
    int n = 0;
    for (const QDateTime& t : m_state->replyTimes)
        if (t > since)
            ++n;
    return n;
}

ResponderDecision ResponderEngine::consider(const chain::ChainMessage& m, const QDateTime& now) const {
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
    if (m_config.maxReplies >= 0 && repliesInWindow(now) >= m_config.maxReplies) {
        d.kind = ResponderDecision::Kind::RateLimited;
        d.reason = QStringLiteral("rate limit: %1 replies per %2 s")
                       .arg(m_config.maxReplies)
                       .arg(m_config.windowSeconds);
        return d;
    }
    d.kind = ResponderDecision::Kind::Reply;
    d.reply = rule->reply;
    return d;
}

void ResponderEngine::record(const QString& txHash, ResponderDecision::Kind kind, const QDateTime& now) {
    if (kind == ResponderDecision::Kind::Ignore)
        return;
    m_state->handled.insert(txHash, kind == ResponderDecision::Kind::Reply ? QStringLiteral("replied")
                                                                           : QStringLiteral("rate-limited"));
    if (kind == ResponderDecision::Kind::Reply) {
        m_state->replyTimes.append(now.toUTC());
        // Only the window matters; keep the file small.
        const QDateTime since = now.addSecs(-qMax(m_config.windowSeconds, 1));
        m_state->replyTimes.removeIf([&](const QDateTime& t) { return t <= since; });
    }
}

} // namespace aitbc::messaging
