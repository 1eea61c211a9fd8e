// NodeWorker: request dispatch and the read-only REF routes (protocol.md §5.2).
#include "devnet/node_worker.h"

#include "devnet/devnet_log.h"
#include "devnet/rpc_json.h"
#include "protocol/block_hash.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace aitbc::devnet {

using rpcjson::validationFailed;

namespace {

const QString kQuery = QStringLiteral("query");

/// The optional `limit` query parameter of the listing routes (mempool, transactions): 100 when absent,
/// as on the REF node; std::nullopt with a 422 detail in `errors` when it is not an integer.
std::optional<qint64> limitParam(const HttpRequest& req, json::Value& errors) {
    const QString key = QStringLiteral("limit");
    if (!req.query.hasQueryItem(key))
        return 100;
    return rpcjson::intParam(kQuery, key, req.query.queryItemValue(key, QUrl::FullyDecoded), errors);
}

/// §5.1: 5000 requests per 60 s per client IP; loopback is exempt (AITBC_TRUSTED_IPS default).
constexpr int kRateLimit = 5000;
constexpr qint64 kRateWindowMs = 60000;

} // namespace

void NodeWorker::handle(const HttpRequest& req, const HttpResponder& responder) {
    if (!req.peer.isLoopback()) {
        QList<qint64>& window = m_rateWindow[req.peer.toString()];
        const qint64 now = m_clock.elapsed();
        while (!window.isEmpty() && window.first() < now - kRateWindowMs)
            window.removeFirst();
        if (window.size() >= kRateLimit) {
            ++m_counters[QStringLiteral("rpc_rate_limited_total")];
            HttpResponse r = HttpResponse::detail(429, QStringLiteral("Rate limit exceeded"));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("60")));
            return responder.send(r);
        }
        window.append(now);
    }

    const QString& p = req.path;
    const bool get = req.method == "GET";
    const bool post = req.method == "POST";
    auto route = [&](bool methodOk, const char* counter, auto&& fn) {
        if (!methodOk)
            return responder.send(HttpResponse::detail(405, QStringLiteral("Method Not Allowed")));
        ++m_counters[QString::fromLatin1(counter)];
        fn();
    };
    static const QRegularExpression blockRe(QStringLiteral("^/rpc/blocks/([^/]+)$"));
    static const QRegularExpression accountRe(QStringLiteral("^/rpc/accounts?/([^/]+)$"));

    if (p == QLatin1String("/health"))
        return route(get, "rpc_health_total", [&] { responder.send(health()); });
    if (p == QLatin1String("/metrics"))
        return route(get, "rpc_metrics_total", [&] { responder.send(metrics()); });
    if (p == QLatin1String("/openapi.json"))
        return route(get, "rpc_openapi_total", [&] { responder.send(openApi()); });
    if (p == QLatin1String("/rpc/head"))
        return route(get, "rpc_get_head_total", [&] { responder.send(head(req)); });
    if (p == QLatin1String("/rpc/blocks-range"))
        return route(get, "rpc_get_blocks_range_total", [&] { responder.send(blocksRange(req)); });
    if (p == QLatin1String("/rpc/mempool"))
        return route(get, "rpc_get_mempool_total", [&] { responder.send(mempool(req)); });
    if (p == QLatin1String("/rpc/transactions"))
        return route(get, "rpc_list_transactions_total", [&] { responder.send(transactions(req)); });
    if (p == QLatin1String("/rpc/genesis_allocations"))
        return route(get, "rpc_genesis_allocations_total", [&] { responder.send(genesisAllocations()); });
    if (p == QLatin1String("/rpc/transaction"))
        return route(post, "rpc_send_tx_total", [&] { responder.send(submitTransaction(req)); });
    if (p == QLatin1String("/rpc/importBlock"))
        return route(post, "rpc_import_block_total", [&] { importBlockRoute(req, responder); });
    if (const auto m = blockRe.match(p); m.hasMatch())
        return route(get, "rpc_get_block_total", [&] { responder.send(blockAt(m.captured(1))); });
    if (const auto m = accountRe.match(p); m.hasMatch())
        return route(get, "rpc_get_account_total", [&] { responder.send(account(m.captured(1))); });
    responder.send(HttpResponse::detail(404, QStringLiteral("Not Found")));
}

HttpResponse NodeWorker::health() const {
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("status"), QStringLiteral("ok"));
    o.insert(QStringLiteral("supported_chains"), json::Value(json::Value::Array{m_config.chainId}));
    o.insert(QStringLiteral("proposer_id"), m_proposer);
    return HttpResponse::json(200, o);
}

HttpResponse NodeWorker::metrics() {
    QByteArray text;
    QStringList names = m_counters.keys();
    names.append(QStringLiteral("rpc_rate_limited_total"));
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString& name : names)
        text += "# TYPE " + name.toLatin1() + " counter\n" + name.toLatin1() + ' ' +
                QByteArray::number(m_counters.value(name)) + '\n';
    const auto h = m_store.head(m_config.chainId);
    text += "# TYPE mempool_size gauge\nmempool_size " + QByteArray::number(m_mempool.size()) + '\n';
    text +=
        "# TYPE chain_head_height gauge\nchain_head_height " + QByteArray::number(h ? h->height : -1) + '\n';
    text += "# TYPE blocks_imported_total counter\nblocks_imported_total " +
            QByteArray::number(m_counters.value(QStringLiteral("blocks_imported"))) + '\n';
    HttpResponse r;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text;
    return r;
}

HttpResponse NodeWorker::head(const HttpRequest& req) {
    const QString chain = req.query.queryItemValue(QStringLiteral("chain_id"), QUrl::FullyDecoded);
    // head opens the per-chain database (§5.1): another chain id has no blocks here.
    const auto h =
        (chain.isEmpty() || chain == m_config.chainId) ? m_store.head(m_config.chainId) : std::nullopt;
    if (!h)
        return HttpResponse::detail(404, QStringLiteral("no blocks yet"));
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("height"), h->height);
    o.insert(QStringLiteral("hash"), h->hash);
    o.insert(QStringLiteral("timestamp"), rpcjson::isoFromDb(h->timestamp));
    o.insert(QStringLiteral("tx_count"), h->txCount);
    return HttpResponse::json(200, o);
}

HttpResponse NodeWorker::blockAt(const QString& heightText) {
    json::Value errors = json::Value::array();
    const auto height =
        rpcjson::intParam(QStringLiteral("path"), QStringLiteral("height"), heightText, errors);
    if (!height)
        return validationFailed(errors);
    const auto b = m_store.block(m_config.chainId, *height);
    if (!b)
        return HttpResponse::detail(404, QStringLiteral("block not found"));
    json::Value o = rpcjson::blockHeader(*b, true);
    json::Value items = json::Value::array();
    for (const TxRow& t : m_store.transactionsInBlocks(m_config.chainId, *height, *height))
        items.append(rpcjson::blockItem(t));
    o.insert(QStringLiteral("transactions"), items);
    return HttpResponse::json(200, o);
}

HttpResponse NodeWorker::blocksRange(const HttpRequest& req) {
    json::Value errors = json::Value::array();
    std::optional<qint64> start, end;
    bool includeTx = true;
    for (const char* name : {"start", "end"}) {
        const QString key = QString::fromLatin1(name);
        if (!req.query.hasQueryItem(key)) {
            errors.append(rpcjson::missingParam(kQuery, key));
            continue;
        }
        (name[0] == 's' ? start : end) =
            rpcjson::intParam(kQuery, key, req.query.queryItemValue(key, QUrl::FullyDecoded), errors);
    }
    if (req.query.hasQueryItem(QStringLiteral("include_tx"))) {
        const auto b = rpcjson::boolParam(
            kQuery, QStringLiteral("include_tx"),
            req.query.queryItemValue(QStringLiteral("include_tx"), QUrl::FullyDecoded), errors);
        includeTx = b.value_or(true);
    }
    if (!errors.asArray().empty())
        return validationFailed(errors);
    const QString chain = req.query.queryItemValue(QStringLiteral("chain_id"), QUrl::FullyDecoded);
    const QString chainId = chain.isEmpty() ? m_config.chainId : chain;
    const QList<BlockRow> rows = m_store.blocks(chainId, *start, *end);
    QHash<qint64, json::Value> txsByHeight;
    if (includeTx && !rows.isEmpty())
        for (const TxRow& t : m_store.transactionsInBlocks(chainId, *start, *end)) {
            json::Value& list = txsByHeight[t.blockHeight.toLongLong()];
            if (!list.isArray())
                list = json::Value::array();
            list.append(rpcjson::rangeTransaction(t));
        }
    json::Value blocks = json::Value::array();
    for (const BlockRow& b : rows) {
        json::Value o = rpcjson::blockHeader(b, false);
        if (includeTx)
            o.insert(QStringLiteral("transactions"), txsByHeight.value(b.height, json::Value::array()));
        blocks.append(o);
    }
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("blocks"), blocks);
    out.insert(QStringLiteral("count"), qint64(rows.size()));
    return HttpResponse::json(200, out);
}

HttpResponse NodeWorker::mempool(const HttpRequest& req) {
    json::Value errors = json::Value::array();
    const std::optional<qint64> limitArg = limitParam(req, errors);
    if (!limitArg)
        return validationFailed(errors);
    const qint64 limit = *limitArg;
    QList<MempoolEntry> sorted = m_mempool;
    std::stable_sort(sorted.begin(), sorted.end(), [](const MempoolEntry& a, const MempoolEntry& b) {
        return a.fee != b.fee ? a.fee > b.fee : a.sequence < b.sequence;
    });
    json::Value list = json::Value::array();
    for (const MempoolEntry& e : sorted) {
        if (qint64(list.asArray().size()) >= limit)
            break;
        // The database mempool backend stores compact sorted JSON and returns it parsed: sorted keys.
        json::Value item;
        json::parse(json::dumpCompact(e.normalized), item);
        list.append(item);
    }
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("transactions"), list);
    out.insert(QStringLiteral("count"), qint64(list.asArray().size()));
    return HttpResponse::json(200, out);
}

HttpResponse NodeWorker::account(const QString& address) {
    const auto a = m_store.account(m_config.chainId, address);
    if (!a)
        return HttpResponse::detail(404, QStringLiteral("Account not found"));
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("address"), a->address);
    o.insert(QStringLiteral("balance"), a->balance);
    o.insert(QStringLiteral("nonce"), a->nonce);
    o.insert(QStringLiteral("chain_id"), m_config.chainId);
    return HttpResponse::json(200, o);
}

HttpResponse NodeWorker::transactions(const HttpRequest& req) {
    json::Value errors = json::Value::array();
    const std::optional<qint64> limitArg = limitParam(req, errors);
    if (!limitArg)
        return validationFailed(errors);
    const qint64 limit = *limitArg;
    // §5.2: `address` is ignored at REF; the other filters compare keys inside payload.
    const QList<QPair<QString, QString>> filters{{QStringLiteral("transaction_type"), QStringLiteral("type")},
                                                 {QStringLiteral("island_id"), QStringLiteral("island_id")},
                                                 {QStringLiteral("pair"), QStringLiteral("pair")},
                                                 {QStringLiteral("status"), QStringLiteral("status")},
                                                 {QStringLiteral("order_id"), QStringLiteral("order_id")}};
    json::Value list = json::Value::array();
    const QList<TxRow> rows =
        m_store.firstTransactions(m_config.chainId, int(std::clamp<qint64>(limit, 0, 100000)));
    for (const TxRow& t : rows) {
        const json::Value payload = rpcjson::parsedPayload(t.payload);
        bool keep = true;
        for (const auto& [param, key] : filters) {
            const QString want = req.query.queryItemValue(param, QUrl::FullyDecoded);
            if (!want.isEmpty() && payload[key].toString() != want)
                keep = false;
        }
        if (keep)
            list.append(rpcjson::listedTransaction(t));
    }
    return HttpResponse::json(200, list);
}

HttpResponse NodeWorker::genesisAllocations() {
    if (m_config.quirks == Quirks::Ref) {
        // §5.2: broken at REF (TypeError in the handler); the observed node answered 500.
        return HttpResponse::detail(500, QStringLiteral("Internal server error"));
    }
    const auto g = m_store.block(m_config.chainId, 0);
    if (!g || g->blockMetadata.isNull())
        return HttpResponse::detail(404, QStringLiteral("Genesis allocations not found"));
    json::Value meta = rpcjson::parsedPayload(g->blockMetadata.toString());
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("chain_id"), m_config.chainId);
    o.insert(QStringLiteral("allocations"), meta[QStringLiteral("allocations")]);
    o.insert(QStringLiteral("genesis_hash"), g->hash);
    o.insert(QStringLiteral("genesis_height"), 0);
    return HttpResponse::json(200, o);
}

HttpResponse NodeWorker::openApi() const {
    auto op = [](const char* method, const char* summary) {
        json::Value desc = json::Value::object();
        desc.insert(QStringLiteral("description"), QStringLiteral("Successful Response"));
        json::Value responses = json::Value::object();
        responses.insert(QStringLiteral("200"), desc);
        json::Value o = json::Value::object();
        o.insert(QStringLiteral("summary"), QString::fromLatin1(summary));
        o.insert(QStringLiteral("responses"), responses);
        return json::Value(json::Value::Object{{QString::fromLatin1(method), o}});
    };
    json::Value paths = json::Value::object();
    paths.insert(QStringLiteral("/health"), op("get", "Health"));
    paths.insert(QStringLiteral("/metrics"), op("get", "Metrics"));
    paths.insert(QStringLiteral("/rpc/head"), op("get", "Get Head"));
    paths.insert(QStringLiteral("/rpc/blocks/{height}"), op("get", "Get Block"));
    paths.insert(QStringLiteral("/rpc/blocks-range"), op("get", "Get Blocks Range"));
    paths.insert(QStringLiteral("/rpc/transaction"), op("post", "Submit Transaction"));
    paths.insert(QStringLiteral("/rpc/mempool"), op("get", "Get Mempool"));
    paths.insert(QStringLiteral("/rpc/account/{address}"), op("get", "Get Account"));
    paths.insert(QStringLiteral("/rpc/accounts/{address}"), op("get", "Get Account Alias"));
    paths.insert(QStringLiteral("/rpc/transactions"), op("get", "Get Transactions"));
    paths.insert(QStringLiteral("/rpc/genesis_allocations"), op("get", "Get Genesis Allocations"));
    paths.insert(QStringLiteral("/rpc/importBlock"), op("post", "Import Block"));
    json::Value info = json::Value::object();
    info.insert(QStringLiteral("title"), QStringLiteral("AITBC Blockchain Node"));
    info.insert(QStringLiteral("version"), QStringLiteral("0.2.2"));
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("openapi"), QStringLiteral("3.1.0"));
    o.insert(QStringLiteral("info"), info);
    o.insert(QStringLiteral("paths"), paths);
    return HttpResponse::json(200, o);
}

} // namespace aitbc::devnet
