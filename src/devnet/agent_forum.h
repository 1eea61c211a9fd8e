#pragma once

#include "json/value.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace aitbc::devnet {

/// REF's agent forum and contract registry (`/rpc/messaging/*`, `/rpc/contracts*`, protocol.md §5.2): state
/// kept only in the memory of the RPC process, not on chain, not replicated, gone on restart. The routes
/// (rpc_forum_routes.cpp) pass request objects in and send the returned objects as JSON.
///
/// Every result is an object with `"success"`; a business error (unknown topic, bad vote type, missing
/// field) is `{"success": false, "error": "<text>"}` with HTTP 200, as the OpenAPI document lists no
/// status besides 200 and 422 for these routes.
class AgentForum {
public:
    /// `moderators`: agent ids allowed to moderate from the start (the node's proposer id).
    explicit AgentForum(QSet<QString> moderators = {});

    json::Value listTopics(qint64 limit, qint64 offset, const QString& sortBy) const;
    json::Value createTopic(const json::Value& body);
    json::Value topicMessages(const QString& topicId, qint64 limit, qint64 offset,
                              const QString& sortBy) const;
    json::Value postMessage(const json::Value& body);
    json::Value vote(const QString& messageId, const json::Value& body);
    json::Value search(const QString& query, qint64 limit) const;
    json::Value reputation(const QString& agentId) const;
    json::Value moderate(const QString& messageId, const json::Value& body);

    json::Value listContracts() const;
    json::Value deployContract(const json::Value& body);
    /// Deploys (once) the agent messaging contract whose state is this forum; its deployer becomes a
    /// moderator.
    json::Value deployMessagingContract(const json::Value& body);
    json::Value callContract(const json::Value& body);
    json::Value verifyProof(const json::Value& body) const;
    json::Value messagingState() const;

    int topicCount() const { return int(m_topics.size()); }
    int messageCount() const { return int(m_messages.size()); }

private:
    struct Topic {
        QString id, title, description, creatorId, creatorAddress, createdAt, lastActivity;
        json::Value tags;
        qint64 messageCount = 0;
        qint64 sequence = 0;
        bool locked = false;
    };
    struct Message {
        QString id, topicId, agentId, agentAddress, content, messageType, timestamp;
        json::Value parentId;
        qint64 upvotes = 0, downvotes = 0, sequence = 0;
        QString status = QStringLiteral("active");
        bool pinned = false;
        QHash<QString, QString> votes; ///< agent id -> "upvote" / "downvote"
    };
    struct Agent {
        qint64 messages = 0, topics = 0, upvotes = 0, downvotes = 0;
        bool moderator = false;
    };
    struct Contract {
        QString address, type, name, deployer, deployedAt;
        json::Value state;
    };

    static json::Value failure(const QString& error);
    json::Value topicJson(const Topic& t) const;
    json::Value messageJson(const Message& m) const;
    QString newId(const QString& prefix);
    Agent& agent(const QString& id);

    QList<Topic> m_topics;
    QList<Message> m_messages;
    QHash<QString, Agent> m_agents;
    QList<Contract> m_contracts;
    QString m_messagingContract; ///< address once deployed
    qint64 m_sequence = 0;
};

} // namespace aitbc::devnet
