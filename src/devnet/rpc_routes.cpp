// NodeWorker: request dispatch and the read-only REF routes (protocol.md §5.2).
#include "devnet/node_worker.h"

#include "devnet/block_hash.h"
#include "devnet/devnet_log.h"
#include "devnet/rpc_json.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QDateTime>
#include <QFile>
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
        return route(get, "rpc_get_block_total", [&] {
            responder.send(servesRequestedChain(req) || m_config.quirks != Quirks::Ref
                               ? blockAt(m.captured(1))
                               : unservedChain());
        });
    if (const auto m = accountRe.match(p); m.hasMatch())
        return route(get, "rpc_get_account_total",
                     [&] { responder.send(account(m.captured(1), requestedChain(req))); });
    if (handleAdminRoute(req, responder) || handleForumRoute(req, responder))
        return;
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
    // REF's registry prints every value as a Python float (`3.0`, `-1.0`).
    auto value = [](double v) { return json::pythonFloatRepr(v); };
    QByteArray text;
    QStringList names = m_counters.keys();
    names.removeAll(QStringLiteral("blocks_imported"));
    for (const char* always : {"rpc_rate_limited_total", "rpc_get_head_total", "rpc_send_tx_total"})
        names.append(QString::fromLatin1(always));
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString& name : names)
        text += "# TYPE " + name.toLatin1() + " counter\n" + name.toLatin1() + ' ' +
                value(double(m_counters.value(name))) + '\n';
    const auto h = m_store.head(m_config.chainId);
    text += "# TYPE mempool_size gauge\nmempool_size " + value(double(m_mempool.size())) + '\n';
    text += "# TYPE chain_head_height gauge\nchain_head_height " + value(h ? double(h->height) : -1.0) + '\n';
    text += "# TYPE blocks_imported_total counter\nblocks_imported_total " +
            value(double(m_counters.value(QStringLiteral("blocks_imported")))) + '\n';
    HttpResponse r;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text;
    return r;
}

QString NodeWorker::requestedChain(const HttpRequest& req) const {
    const QString chain = req.query.queryItemValue(QStringLiteral("chain_id"), QUrl::FullyDecoded);
    return chain.isEmpty() ? m_config.chainId : chain;
}

bool NodeWorker::servesRequestedChain(const HttpRequest& req) const {
    return requestedChain(req) == m_config.chainId;
}

HttpResponse NodeWorker::unservedChain() const {
    // head and blocks/{h} open the per-chain database (§5.1); REF has none for a chain it does not serve,
    // and the resulting exception becomes the middleware's 503. Fixed quirks answer as for an empty chain.
    if (m_config.quirks == Quirks::Ref)
        return HttpResponse::detail(503, QStringLiteral("Internal server error"));
    return HttpResponse::detail(404, QStringLiteral("no blocks yet"));
}

HttpResponse NodeWorker::head(const HttpRequest& req) {
    if (!servesRequestedChain(req))
        return unservedChain();
    const auto h = m_store.head(m_config.chainId);
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
    // Every entry belongs to this node's chain (§1.2): another chain_id lists nothing.
    QList<MempoolEntry> sorted = requestedChain(req) == m_config.chainId ? m_mempool : QList<MempoolEntry>();
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

HttpResponse NodeWorker::account(const QString& address, const QString& chain) {
    // §5.1: the default chain's database, filtered by chain_id: another chain has no accounts here.
    const auto a = m_store.account(chain, address);
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
        m_store.firstTransactions(requestedChain(req), int(std::clamp<qint64>(limit, 0, 100000)));
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
        // §5.2: broken at REF (a TypeError in the handler), which the request-logging middleware turns into
        // a 503 (observed side by side with the devnet).
        return HttpResponse::detail(503, QStringLiteral("Internal server error"));
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
    // REF's own /openapi.json, byte for byte: data the real node produced (tests/data/spec), embedded as a
    // resource. It describes every route the devnet serves; both quirk modes serve it.
    static const QByteArray document = [] {
        QFile f(QStringLiteral(":/devnet/ref_node_openapi.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    if (document.isEmpty())
        return HttpResponse::detail(500, QStringLiteral("Internal Server Error"));
    HttpResponse r;
    r.body = document;
    return r;
}

} // namespace aitbc::devnet
