// NodeWorker: REF's contract and agent-forum routes (`/rpc/contracts*`, `/rpc/messaging/*`, protocol.md
// §5.2), parameters as REF's OpenAPI document declares them (defaults, required `query`, 422 on a bad
// integer or a non-object body). The state lives in AgentForum, in memory only, as at REF.
#include "devnet/node_worker.h"

#include "devnet/rpc_json.h"

#include <QRegularExpression>

namespace aitbc::devnet {

namespace {

const QString kQuery = QStringLiteral("query");

/// An optional integer query parameter with its OpenAPI default.
std::optional<qint64> intQuery(const HttpRequest& req, const QString& key, qint64 fallback,
                               json::Value& errors) {
    if (!req.query.hasQueryItem(key))
        return fallback;
    return rpcjson::intParam(kQuery, key, req.query.queryItemValue(key, QUrl::FullyDecoded), errors);
}

QString textQuery(const HttpRequest& req, const QString& key, const QString& fallback) {
    return req.query.hasQueryItem(key) ? req.query.queryItemValue(key, QUrl::FullyDecoded) : fallback;
}

} // namespace

bool NodeWorker::handleForumRoute(const HttpRequest& req, const HttpResponder& responder) {
    const QString& p = req.path;
    if (!p.startsWith(QLatin1String("/rpc/messaging/")) && !p.startsWith(QLatin1String("/rpc/contracts")))
        return false;
    const bool get = req.method == "GET";
    const bool post = req.method == "POST";
    // Runs `answer` for a matching route: 405 for another method, the counter, and for POST routes the
    // Dict[str, Any] body (422 when it is missing, not JSON or not an object).
    auto route = [&](bool isPost, const char* counter, auto&& answer) {
        if (isPost ? !post : !get) {
            responder.send(HttpResponse::detail(405, QStringLiteral("Method Not Allowed")));
            return true;
        }
        ++m_counters[QString::fromLatin1(counter)];
        if (!isPost) {
            responder.send(answer(json::Value()));
            return true;
        }
        auto read = rpcjson::readDictBody(req);
        if (auto* r = std::get_if<HttpResponse>(&read))
            responder.send(*r);
        else
            responder.send(answer(std::get<json::Value>(read)));
        return true;
    };
    auto ok = [](const json::Value& v) { return HttpResponse::json(200, v); };
    // limit/offset with the OpenAPI defaults; a non-integer is REF's 422.
    auto paged = [&](qint64 defaultLimit, auto&& fn) {
        json::Value errors = json::Value::array();
        const auto limit = intQuery(req, QStringLiteral("limit"), defaultLimit, errors);
        const auto offset = intQuery(req, QStringLiteral("offset"), 0, errors);
        if (!errors.asArray().empty())
            return rpcjson::validationFailed(errors);
        return HttpResponse::json(200, fn(*limit, *offset));
    };

    if (p == QLatin1String("/rpc/contracts"))
        return route(false, "rpc_list_contracts_total",
                     [&](const json::Value&) { return ok(m_forum.listContracts()); });
    if (p == QLatin1String("/rpc/contracts/deploy"))
        return route(true, "rpc_deploy_contract_total",
                     [&](const json::Value& b) { return ok(m_forum.deployContract(b)); });
    if (p == QLatin1String("/rpc/contracts/deploy/messaging"))
        return route(true, "rpc_deploy_messaging_contract_total",
                     [&](const json::Value& b) { return ok(m_forum.deployMessagingContract(b)); });
    if (p == QLatin1String("/rpc/contracts/call"))
        return route(true, "rpc_call_contract_total",
                     [&](const json::Value& b) { return ok(m_forum.callContract(b)); });
    if (p == QLatin1String("/rpc/contracts/verify"))
        return route(true, "rpc_verify_contract_total",
                     [&](const json::Value& b) { return ok(m_forum.verifyProof(b)); });
    if (p == QLatin1String("/rpc/contracts/messaging/state"))
        return route(false, "rpc_messaging_contract_state_total",
                     [&](const json::Value&) { return ok(m_forum.messagingState()); });

    if (p == QLatin1String("/rpc/messaging/topics"))
        return route(false, "rpc_forum_topics_total", [&](const json::Value&) {
            return paged(50, [&](qint64 limit, qint64 offset) {
                return m_forum.listTopics(
                    limit, offset,
                    textQuery(req, QStringLiteral("sort_by"), QStringLiteral("last_activity")));
            });
        });
    if (p == QLatin1String("/rpc/messaging/topics/create"))
        return route(true, "rpc_forum_create_topic_total",
                     [&](const json::Value& b) { return ok(m_forum.createTopic(b)); });
    if (p == QLatin1String("/rpc/messaging/messages/post"))
        return route(true, "rpc_forum_post_message_total",
                     [&](const json::Value& b) { return ok(m_forum.postMessage(b)); });
    if (p == QLatin1String("/rpc/messaging/messages/search"))
        return route(false, "rpc_forum_search_total", [&](const json::Value&) {
            json::Value errors = json::Value::array();
            if (!req.query.hasQueryItem(kQuery))
                errors.append(rpcjson::missingParam(kQuery, kQuery));
            const auto limit = intQuery(req, QStringLiteral("limit"), 50, errors);
            if (!errors.asArray().empty())
                return rpcjson::validationFailed(errors);
            return ok(m_forum.search(req.query.queryItemValue(kQuery, QUrl::FullyDecoded), *limit));
        });

    static const QRegularExpression topicMessages(QStringLiteral("^/rpc/messaging/topics/([^/]+)/messages$"));
    static const QRegularExpression messageAction(
        QStringLiteral("^/rpc/messaging/messages/([^/]+)/(vote|moderate)$"));
    static const QRegularExpression reputation(QStringLiteral("^/rpc/messaging/agents/([^/]+)/reputation$"));
    if (const auto m = topicMessages.match(p); m.hasMatch())
        return route(false, "rpc_forum_topic_messages_total", [&](const json::Value&) {
            return paged(50, [&](qint64 limit, qint64 offset) {
                return m_forum.topicMessages(
                    m.captured(1), limit, offset,
                    textQuery(req, QStringLiteral("sort_by"), QStringLiteral("timestamp")));
            });
        });
    if (const auto m = messageAction.match(p); m.hasMatch()) {
        const bool vote = m.captured(2) == QLatin1String("vote");
        return route(
            true, vote ? "rpc_forum_vote_total" : "rpc_forum_moderate_total", [&](const json::Value& b) {
                return ok(vote ? m_forum.vote(m.captured(1), b) : m_forum.moderate(m.captured(1), b));
            });
    }
    if (const auto m = reputation.match(p); m.hasMatch())
        return route(false, "rpc_forum_reputation_total",
                     [&](const json::Value&) { return ok(m_forum.reputation(m.captured(1))); });
    return false;
}

} // namespace aitbc::devnet
