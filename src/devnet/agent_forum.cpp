#include "devnet/agent_forum.h"

#include "protocol/timestamp.h"
#include "json/canonical.h"

#include <QCryptographicHash>

#include <algorithm>

namespace aitbc::devnet {

namespace {

constexpr qsizetype kMaxTitle = 200;
constexpr qsizetype kMaxContent = 10000;
// The forum lives in the node's memory: bounded, so a flood of posts cannot exhaust it.
constexpr qsizetype kMaxTopics = 10000;
constexpr qsizetype kMaxMessages = 100000;
constexpr qsizetype kMaxContracts = 1000;
constexpr qsizetype kMaxTags = 20;

QString text(const json::Value& body, const char* key) {
    const json::Value& v = body[QString::fromLatin1(key)];
    return v.isString() ? v.toString().trimmed() : QString();
}

/// The `limit` items of `all` from `offset` on.
json::Value slice(const json::Value::Array& all, qint64 limit, qint64 offset) {
    json::Value items = json::Value::array();
    const qint64 begin = std::max<qint64>(0, offset);
    for (qint64 i = begin; i < qint64(all.size()) && i - begin < std::max<qint64>(0, limit); ++i)
        items.append(all[size_t(i)]);
    return items;
}

/// `head` plus `<listKey>`: the page, `<totalKey>`: how many there are, and the paging parameters echoed.
json::Value paged(json::Value head, const QString& listKey, const QString& totalKey,
                  const json::Value::Array& all, qint64 limit, qint64 offset) {
    head.insert(listKey, slice(all, limit, offset));
    head.insert(totalKey, qint64(all.size()));
    head.insert(QStringLiteral("limit"), limit);
    head.insert(QStringLiteral("offset"), offset);
    return head;
}

json::Value succeeded() {
    return json::Value(json::Value::Object{{QStringLiteral("success"), true}});
}

} // namespace

AgentForum::AgentForum(QSet<QString> moderators) {
    for (const QString& m : moderators)
        if (!m.isEmpty())
            m_agents[m].moderator = true;
}

json::Value AgentForum::failure(const QString& error) {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), false);
    o.insert(QStringLiteral("error"), error);
    return o;
}

QString AgentForum::newId(const QString& prefix) {
    // Unique within the process and not guessable from the sequence alone, like a uuid4 hex prefix.
    const QByteArray seed = QByteArray::number(++m_sequence) + '|' +
                            QByteArray::number(protocol::MicroTime::now().usecSinceEpoch) + '|' +
                            prefix.toUtf8();
    return prefix + QLatin1Char('_') +
           QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(16));
}

AgentForum::Agent& AgentForum::agent(const QString& id) {
    return m_agents[id];
}

json::Value AgentForum::topicJson(const Topic& t) const {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("topic_id"), t.id);
    o.insert(QStringLiteral("title"), t.title);
    o.insert(QStringLiteral("description"), t.description);
    o.insert(QStringLiteral("creator_agent_id"), t.creatorId);
    o.insert(QStringLiteral("creator_address"), t.creatorAddress);
    o.insert(QStringLiteral("tags"), t.tags);
    o.insert(QStringLiteral("created_at"), t.createdAt);
    o.insert(QStringLiteral("last_activity"), t.lastActivity);
    o.insert(QStringLiteral("message_count"), t.messageCount);
    o.insert(QStringLiteral("is_locked"), t.locked);
    return o;
}

json::Value AgentForum::messageJson(const Message& m) const {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("message_id"), m.id);
    o.insert(QStringLiteral("topic_id"), m.topicId);
    o.insert(QStringLiteral("agent_id"), m.agentId);
    o.insert(QStringLiteral("agent_address"), m.agentAddress);
    o.insert(QStringLiteral("content"), m.content);
    o.insert(QStringLiteral("message_type"), m.messageType);
    o.insert(QStringLiteral("parent_message_id"), m.parentId);
    o.insert(QStringLiteral("timestamp"), m.timestamp);
    o.insert(QStringLiteral("upvotes"), m.upvotes);
    o.insert(QStringLiteral("downvotes"), m.downvotes);
    o.insert(QStringLiteral("status"), m.status);
    o.insert(QStringLiteral("is_pinned"), m.pinned);
    return o;
}

json::Value AgentForum::listTopics(qint64 limit, qint64 offset, const QString& sortBy) const {
    QList<Topic> sorted = m_topics;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Topic& a, const Topic& b) {
        if (sortBy == QLatin1String("created_at"))
            return a.sequence > b.sequence;
        if (sortBy == QLatin1String("message_count"))
            return a.messageCount > b.messageCount;
        if (sortBy == QLatin1String("title"))
            return a.title < b.title;
        return a.lastActivity > b.lastActivity; // "last_activity", the default, and anything unknown
    });
    json::Value::Array all;
    for (const Topic& t : sorted)
        all.push_back(topicJson(t));
    return paged(succeeded(), QStringLiteral("topics"), QStringLiteral("total_topics"), all, limit, offset);
}

json::Value AgentForum::createTopic(const json::Value& body) {
    Topic t;
    t.creatorId = text(body, "agent_id");
    t.creatorAddress = text(body, "agent_address");
    t.title = text(body, "title");
    t.description = text(body, "description").left(kMaxContent);
    if (t.creatorId.isEmpty() || t.title.isEmpty())
        return failure(QStringLiteral("Missing required fields: agent_id and title"));
    if (t.title.size() > kMaxTitle)
        return failure(QStringLiteral("Title too long (max %1 characters)").arg(kMaxTitle));
    if (m_topics.size() >= kMaxTopics)
        return failure(QStringLiteral("Topic limit reached"));
    t.tags = json::Value::array();
    if (body[QStringLiteral("tags")].isArray())
        for (const json::Value& tag : body[QStringLiteral("tags")].asArray())
            if (tag.isString() && t.tags.asArray().size() < size_t(kMaxTags))
                t.tags.append(tag.toString().left(kMaxTitle));
    t.id = newId(QStringLiteral("topic"));
    t.createdAt = t.lastActivity = protocol::MicroTime::now().isoNaive();
    t.sequence = m_sequence;
    m_topics.append(t);
    ++agent(t.creatorId).topics;
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("topic_id"), t.id);
    o.insert(QStringLiteral("topic"), topicJson(t));
    return o;
}

json::Value AgentForum::topicMessages(const QString& topicId, qint64 limit, qint64 offset,
                                      const QString& sortBy) const {
    const auto topic =
        std::find_if(m_topics.begin(), m_topics.end(), [&](const Topic& t) { return t.id == topicId; });
    if (topic == m_topics.end())
        return failure(QStringLiteral("Topic not found"));
    QList<Message> list;
    for (const Message& m : m_messages)
        if (m.topicId == topicId && m.status != QLatin1String("deleted") &&
            m.status != QLatin1String("hidden"))
            list.append(m);
    std::stable_sort(list.begin(), list.end(), [&](const Message& a, const Message& b) {
        if (a.pinned != b.pinned)
            return a.pinned;
        if (sortBy == QLatin1String("upvotes"))
            return a.upvotes - a.downvotes > b.upvotes - b.downvotes;
        if (sortBy == QLatin1String("newest"))
            return a.sequence > b.sequence;
        return a.sequence < b.sequence; // "timestamp", the default: oldest first, as a thread reads
    });
    json::Value::Array all;
    for (const Message& m : list)
        all.push_back(messageJson(m));
    json::Value head = succeeded();
    head.insert(QStringLiteral("topic"), topicJson(*topic));
    return paged(head, QStringLiteral("messages"), QStringLiteral("total_messages"), all, limit, offset);
}

json::Value AgentForum::postMessage(const json::Value& body) {
    Message m;
    m.agentId = text(body, "agent_id");
    m.agentAddress = text(body, "agent_address");
    m.topicId = text(body, "topic_id");
    m.content = body[QStringLiteral("content")].toString();
    if (m.agentId.isEmpty() || m.topicId.isEmpty() || m.content.trimmed().isEmpty())
        return failure(QStringLiteral("Missing required fields: agent_id, topic_id and content"));
    if (m.content.size() > kMaxContent)
        return failure(QStringLiteral("Content too long (max %1 characters)").arg(kMaxContent));
    if (m_messages.size() >= kMaxMessages)
        return failure(QStringLiteral("Message limit reached"));
    const auto topic =
        std::find_if(m_topics.begin(), m_topics.end(), [&](const Topic& t) { return t.id == m.topicId; });
    if (topic == m_topics.end())
        return failure(QStringLiteral("Topic not found"));
    if (topic->locked)
        return failure(QStringLiteral("Topic is locked"));
    const QString parent = text(body, "parent_message_id");
    if (!parent.isEmpty()) {
        const bool known = std::any_of(m_messages.begin(), m_messages.end(), [&](const Message& x) {
            return x.id == parent && x.topicId == m.topicId;
        });
        if (!known)
            return failure(QStringLiteral("Parent message not found"));
        m.parentId = parent;
    }
    const QString type = text(body, "message_type");
    m.messageType = type.isEmpty() ? QStringLiteral("post") : type;
    m.id = newId(QStringLiteral("msg"));
    m.sequence = m_sequence;
    m.timestamp = protocol::MicroTime::now().isoNaive();
    topic->lastActivity = m.timestamp;
    ++topic->messageCount;
    ++agent(m.agentId).messages;
    m_messages.append(m);
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("message_id"), m.id);
    o.insert(QStringLiteral("message"), messageJson(m));
    return o;
}

json::Value AgentForum::vote(const QString& messageId, const json::Value& body) {
    const QString voter = text(body, "agent_id");
    const QString type = text(body, "vote_type");
    if (voter.isEmpty())
        return failure(QStringLiteral("Missing required field: agent_id"));
    if (type != QLatin1String("upvote") && type != QLatin1String("downvote"))
        return failure(QStringLiteral("vote_type must be 'upvote' or 'downvote'"));
    const auto m = std::find_if(m_messages.begin(), m_messages.end(),
                                [&](const Message& x) { return x.id == messageId; });
    if (m == m_messages.end() || m->status == QLatin1String("deleted"))
        return failure(QStringLiteral("Message not found"));
    if (m->agentId == voter)
        return failure(QStringLiteral("Cannot vote on your own message"));
    // One vote per agent and message; voting again replaces the earlier vote.
    Agent& author = agent(m->agentId);
    const QString previous = m->votes.value(voter);
    if (previous == QLatin1String("upvote")) {
        --m->upvotes;
        --author.upvotes;
    } else if (previous == QLatin1String("downvote")) {
        --m->downvotes;
        --author.downvotes;
    }
    m->votes[voter] = type;
    if (type == QLatin1String("upvote")) {
        ++m->upvotes;
        ++author.upvotes;
    } else {
        ++m->downvotes;
        ++author.downvotes;
    }
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("message_id"), m->id);
    o.insert(QStringLiteral("vote_type"), type);
    o.insert(QStringLiteral("upvotes"), m->upvotes);
    o.insert(QStringLiteral("downvotes"), m->downvotes);
    return o;
}

json::Value AgentForum::search(const QString& query, qint64 limit) const {
    json::Value::Array found;
    const QString needle = query.trimmed();
    for (const Message& m : m_messages) {
        if (m.status != QLatin1String("active") || needle.isEmpty())
            continue;
        if (m.content.contains(needle, Qt::CaseInsensitive))
            found.push_back(messageJson(m));
    }
    json::Value o = succeeded();
    o.insert(QStringLiteral("query"), query);
    o.insert(QStringLiteral("messages"), slice(found, limit, 0));
    o.insert(QStringLiteral("total_matches"), qint64(found.size()));
    return o;
}

json::Value AgentForum::reputation(const QString& agentId) const {
    if (!m_agents.contains(agentId))
        return failure(QStringLiteral("Agent not found"));
    const Agent& a = m_agents[agentId];
    const double score = double(a.messages) + 2.0 * double(a.upvotes) - double(a.downvotes);
    json::Value r = json::Value::object();
    r.insert(QStringLiteral("agent_id"), agentId);
    r.insert(QStringLiteral("reputation_score"), score);
    r.insert(QStringLiteral("total_messages"), a.messages);
    r.insert(QStringLiteral("total_topics"), a.topics);
    r.insert(QStringLiteral("total_upvotes"), a.upvotes);
    r.insert(QStringLiteral("total_downvotes"), a.downvotes);
    r.insert(QStringLiteral("trust_level"), qint64(std::clamp(1 + int(score / 10.0), 1, 5)));
    r.insert(QStringLiteral("is_moderator"), a.moderator);
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("agent_id"), agentId);
    o.insert(QStringLiteral("reputation"), r);
    return o;
}

json::Value AgentForum::moderate(const QString& messageId, const json::Value& body) {
    const QString moderator = text(body, "moderator_agent_id");
    const QString action = text(body, "action");
    if (moderator.isEmpty() || action.isEmpty())
        return failure(QStringLiteral("Missing required fields: moderator_agent_id and action"));
    if (!m_agents.value(moderator).moderator)
        return failure(QStringLiteral("Insufficient permissions: not a moderator"));
    const auto m = std::find_if(m_messages.begin(), m_messages.end(),
                                [&](const Message& x) { return x.id == messageId; });
    if (m == m_messages.end())
        return failure(QStringLiteral("Message not found"));
    if (action == QLatin1String("hide"))
        m->status = QStringLiteral("hidden");
    else if (action == QLatin1String("delete"))
        m->status = QStringLiteral("deleted");
    else if (action == QLatin1String("restore"))
        m->status = QStringLiteral("active");
    else if (action == QLatin1String("pin") || action == QLatin1String("unpin"))
        m->pinned = action == QLatin1String("pin");
    else
        return failure(QStringLiteral("Unknown action '%1' (hide, delete, restore, pin, unpin)").arg(action));
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("message_id"), m->id);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("status"), m->status);
    o.insert(QStringLiteral("reason"), text(body, "reason"));
    return o;
}

json::Value AgentForum::listContracts() const {
    json::Value list = json::Value::array();
    for (const Contract& c : m_contracts) {
        json::Value o = json::Value::object();
        o.insert(QStringLiteral("contract_address"), c.address);
        o.insert(QStringLiteral("contract_type"), c.type);
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("deployer"), c.deployer);
        o.insert(QStringLiteral("deployed_at"), c.deployedAt);
        list.append(o);
    }
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("contracts"), list);
    o.insert(QStringLiteral("count"), qint64(m_contracts.size()));
    return o;
}

json::Value AgentForum::deployContract(const json::Value& body) {
    if (m_contracts.size() >= kMaxContracts)
        return failure(QStringLiteral("Contract limit reached"));
    Contract c;
    c.type = text(body, "contract_type");
    if (c.type.isEmpty())
        c.type = QStringLiteral("generic");
    c.name = text(body, "name");
    c.deployer = text(body, "deployer");
    if (c.deployer.isEmpty())
        c.deployer = text(body, "from");
    if (c.name.isEmpty())
        c.name = c.type;
    const QString id = newId(QStringLiteral("contract"));
    c.address =
        QStringLiteral("0x") +
        QString::fromLatin1(QCryptographicHash::hash(QByteArray(id.toUtf8() + json::dumpCompact(body)),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(40));
    c.deployedAt = protocol::MicroTime::now().isoNaive();
    c.state = body[QStringLiteral("initial_state")].isObject() ? body[QStringLiteral("initial_state")]
                                                               : json::Value::object();
    m_contracts.append(c);
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("contract_address"), c.address);
    o.insert(QStringLiteral("contract_type"), c.type);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("deployed_at"), c.deployedAt);
    return o;
}

json::Value AgentForum::deployMessagingContract(const json::Value& body) {
    if (m_messagingContract.isEmpty()) {
        json::Value spec = body;
        spec.insert(QStringLiteral("contract_type"), QStringLiteral("agent_messaging"));
        if (text(body, "name").isEmpty())
            spec.insert(QStringLiteral("name"), QStringLiteral("AgentMessagingContract"));
        m_messagingContract = deployContract(spec)[QStringLiteral("contract_address")].toString();
    }
    const QString deployer = text(body, "deployer").isEmpty() ? text(body, "from") : text(body, "deployer");
    if (!deployer.isEmpty())
        agent(deployer).moderator = true;
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("contract_address"), m_messagingContract);
    o.insert(QStringLiteral("contract_type"), QStringLiteral("agent_messaging"));
    return o;
}

json::Value AgentForum::callContract(const json::Value& body) {
    const QString address = text(body, "contract_address");
    const QString method = text(body, "method");
    if (address.isEmpty() || method.isEmpty())
        return failure(QStringLiteral("Missing required fields: contract_address and method"));
    const auto c = std::find_if(m_contracts.begin(), m_contracts.end(),
                                [&](const Contract& x) { return x.address == address; });
    if (c == m_contracts.end())
        return failure(QStringLiteral("Contract not found"));
    const json::Value& params = body[QStringLiteral("params")];
    json::Value result;
    if (address == m_messagingContract && method == QLatin1String("get_state")) {
        result = messagingState()[QStringLiteral("state")];
    } else if (method == QLatin1String("get_state")) {
        result = c->state;
    } else if (method == QLatin1String("get")) {
        result = c->state[params[QStringLiteral("key")].toString()];
    } else if (method == QLatin1String("set") && params[QStringLiteral("key")].isString()) {
        if (c->state.asObject().size() >= size_t(kMaxContracts) &&
            !c->state.contains(params[QStringLiteral("key")].toString()))
            return failure(QStringLiteral("Contract state limit reached"));
        c->state.insert(params[QStringLiteral("key")].toString(), params[QStringLiteral("value")]);
        result = true;
    } else {
        return failure(QStringLiteral("Unknown method '%1'").arg(method));
    }
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("contract_address"), address);
    o.insert(QStringLiteral("method"), method);
    o.insert(QStringLiteral("result"), result);
    return o;
}

json::Value AgentForum::verifyProof(const json::Value& body) const {
    const json::Value& proof = body[QStringLiteral("proof")];
    if (proof.isNull())
        return failure(QStringLiteral("Missing required field: proof"));
    // No proving system is reachable from here, so nothing is ever reported as verified.
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("verified"), false);
    o.insert(QStringLiteral("reason"), QStringLiteral("no verifier available for this proof"));
    return o;
}

json::Value AgentForum::messagingState() const {
    qint64 active = 0;
    for (const Message& m : m_messages)
        active += m.status == QLatin1String("active") ? 1 : 0;
    json::Value state = json::Value::object();
    state.insert(QStringLiteral("contract_address"),
                 m_messagingContract.isEmpty() ? json::Value() : json::Value(m_messagingContract));
    state.insert(QStringLiteral("deployed"), !m_messagingContract.isEmpty());
    state.insert(QStringLiteral("total_topics"), qint64(m_topics.size()));
    state.insert(QStringLiteral("total_messages"), qint64(m_messages.size()));
    state.insert(QStringLiteral("active_messages"), active);
    state.insert(QStringLiteral("total_agents"), qint64(m_agents.size()));
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("success"), true);
    o.insert(QStringLiteral("state"), state);
    return o;
}

} // namespace aitbc::devnet
