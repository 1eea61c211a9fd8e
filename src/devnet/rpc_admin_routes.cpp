// NodeWorker: REF's whole-chain administration routes (protocol.md §5.2): export-chain, import-chain,
// force-sync (destructive: they delete and replace the chain, as at REF), the dispatch of the side routes
// (rpc_market_routes.cpp) and the FastAPI documentation pages.
#include "devnet/node_worker.h"

#include "devnet/devnet_log.h"
#include "devnet/rpc_json.h"
#include "protocol/timestamp.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace aitbc::devnet {

namespace {

constexpr int kPeerTimeoutMs = 30000;
constexpr qint64 kMaxPeerExportBytes = 128LL * 1024 * 1024; // a hostile peer cannot make us hold more

QString keyError(const QString& key) {
    return QStringLiteral("'%1'").arg(key); // Python's KeyError text, as REF's 500 details show it
}

/// A db datetime text from an ISO or db text; empty when it does not parse.
QString dbTime(const json::Value& v) {
    const auto t = protocol::MicroTime::parse(v.toString());
    return t ? t->dbText() : QString();
}

QVariant nullableString(const json::Value& v) {
    if (v.isNull())
        return {};
    return v.isString() ? QVariant(v.toString()) : QVariant(QString::fromUtf8(json::dumpCompact(v)));
}

/// FastAPI's HTML page for Swagger UI (fastapi.openapi.docs.get_swagger_ui_html with its defaults).
QByteArray swaggerHtml(const QString& title) {
    return QStringLiteral(R"(
    <!DOCTYPE html>
    <html>
    <head>
    <link type="text/css" rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css">
    <link rel="shortcut icon" href="https://fastapi.tiangolo.com/img/favicon.png">
    <title>%1 - Swagger UI</title>
    </head>
    <body>
    <div id="swagger-ui">
    </div>
    <script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
    <!-- `SwaggerUIBundle` is now available on the page -->
    <script>
    const ui = SwaggerUIBundle({
        url: '/openapi.json',
    "dom_id": "#swagger-ui",
"layout": "BaseLayout",
"deepLinking": true,
"showExtensions": true,
"showCommonExtensions": true,
oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect',
    presets: [
        SwaggerUIBundle.presets.apis,
        SwaggerUIBundle.SwaggerUIStandalonePreset
        ],
    })
    </script>
    </body>
    </html>
    )")
        .arg(title)
        .toUtf8();
}

/// FastAPI's HTML page for ReDoc (fastapi.openapi.docs.get_redoc_html with its defaults).
QByteArray redocHtml(const QString& title) {
    return QStringLiteral(R"(
    <!DOCTYPE html>
    <html>
    <head>
    <title>%1 - ReDoc</title>
    <!-- needed for adaptive design -->
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    
    <link href="https://fonts.googleapis.com/css?family=Montserrat:300,400,700|Roboto:300,400,700" rel="stylesheet">
    
    <link rel="shortcut icon" href="https://fastapi.tiangolo.com/img/favicon.png">
    <!--
    ReDoc doesn't change outer page styles
    -->
    <style>
      body {
        margin: 0;
        padding: 0;
      }
    </style>
    </head>
    <body>
    <noscript>
        ReDoc requires Javascript to function. Please enable it to browse the documentation.
    </noscript>
    <redoc spec-url="/openapi.json"></redoc>
    <script src="https://cdn.jsdelivr.net/npm/redoc@2/bundles/redoc.standalone.js"> </script>
    </body>
    </html>
    )")
        .arg(title)
        .toUtf8();
}

} // namespace

bool NodeWorker::handleAdminRoute(const HttpRequest& req, const HttpResponder& responder) {
    const QString& p = req.path;
    const bool get = req.method == "GET";
    const bool post = req.method == "POST";
    auto route = [&](bool methodOk, const char* counter, auto&& fn) {
        if (!methodOk)
            responder.send(HttpResponse::detail(405, QStringLiteral("Method Not Allowed")));
        else {
            ++m_counters[QString::fromLatin1(counter)];
            fn();
        }
        return true;
    };
    if (p == QLatin1String("/rpc/export-chain"))
        return route(get, "rpc_export_chain_total", [&] { responder.send(exportChain(req)); });
    if (p == QLatin1String("/rpc/import-chain"))
        return route(post, "rpc_import_chain_total", [&] { responder.send(importChain(req)); });
    if (p == QLatin1String("/rpc/force-sync"))
        return route(post, "rpc_force_sync_total", [&] { forceSync(req, responder); });
    if (p == QLatin1String("/rpc/transactions/marketplace"))
        return route(post, "rpc_marketplace_tx_total", [&] { responder.send(marketplaceTransaction(req)); });
    if (p == QLatin1String("/rpc/eth_getLogs"))
        return route(post, "rpc_eth_get_logs_total", [&] { responder.send(getLogs(req)); });
    // FastAPI serves its documentation pages by default; REF does not turn them off.
    if (p == QLatin1String("/docs") || p == QLatin1String("/redoc"))
        return route(get, "rpc_docs_total", [&] {
            HttpResponse r;
            r.contentType = "text/html; charset=utf-8";
            const QString title = QStringLiteral("AITBC Blockchain Node");
            r.body = p == QLatin1String("/docs") ? swaggerHtml(title) : redocHtml(title);
            responder.send(r);
        });
    return false;
}

json::Value NodeWorker::exportData(const QString& chainId) {
    // §5.1: export-chain opens the default chain's database and filters by chain_id.
    json::Value blocks = json::Value::array();
    for (const BlockRow& b : m_store.blocks(chainId, 0, std::numeric_limits<qint64>::max())) {
        json::Value o = rpcjson::blockHeader(b, false);
        o.insert(QStringLiteral("block_metadata"),
                 b.blockMetadata.isNull() ? json::Value() : json::Value(b.blockMetadata.toString()));
        blocks.append(o);
    }
    json::Value accounts = json::Value::array();
    for (const auto& [address, a] : m_store.accounts(chainId)) {
        json::Value o = json::Value::object();
        o.insert(QStringLiteral("chain_id"), chainId);
        o.insert(QStringLiteral("address"), address);
        o.insert(QStringLiteral("balance"), a.balance);
        o.insert(QStringLiteral("nonce"), a.nonce);
        accounts.append(o);
    }
    json::Value txs = json::Value::array();
    for (const TxRow& t : m_store.firstTransactions(chainId, -1))
        txs.append(rpcjson::rangeTransaction(t));
    json::Value data = json::Value::object();
    data.insert(QStringLiteral("chain_id"), chainId);
    data.insert(QStringLiteral("export_timestamp"), protocol::MicroTime::now().isoNaive());
    data.insert(QStringLiteral("block_count"), qint64(blocks.asArray().size()));
    data.insert(QStringLiteral("account_count"), qint64(accounts.asArray().size()));
    data.insert(QStringLiteral("transaction_count"), qint64(txs.asArray().size()));
    data.insert(QStringLiteral("blocks"), blocks);
    data.insert(QStringLiteral("accounts"), accounts);
    data.insert(QStringLiteral("transactions"), txs);
    return data;
}

HttpResponse NodeWorker::exportChain(const HttpRequest& req) {
    const QString chain = req.query.queryItemValue(QStringLiteral("chain_id"), QUrl::FullyDecoded);
    const json::Value data = exportData(chain.isEmpty() ? m_config.chainId : chain);
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("export_data"), data);
    // The size of json.dumps(export_data) with Python's defaults.
    out.insert(QStringLiteral("export_size_bytes"),
               qint64(json::dump(data, {json::Separators::Spaced, false, true}).size()));
    return HttpResponse::json(200, out);
}

HttpResponse NodeWorker::replaceChainFrom(const json::Value& data, std::optional<qint64> upTo,
                                          const QString& what, qint64* importedBlocks) {
    auto failed = [&](const QString& text) {
        return HttpResponse::detail(500, QStringLiteral("Failed to %1: %2").arg(what, text));
    };
    for (const char* key : {"blocks", "accounts", "transactions"})
        if (!data[QString::fromLatin1(key)].isArray())
            return failed(keyError(QString::fromLatin1(key)));
    const QString chain = data[QStringLiteral("chain_id")].isString()
                              ? data[QStringLiteral("chain_id")].toString()
                              : m_config.chainId;
    QList<BlockRow> blocks;
    for (const json::Value& b : data[QStringLiteral("blocks")].asArray()) {
        for (const char* key : {"height", "hash", "parent_hash", "proposer", "timestamp"})
            if (!b.contains(QString::fromLatin1(key)))
                return failed(keyError(QString::fromLatin1(key)));
        BlockRow row;
        row.chainId = chain;
        const auto height = b[QStringLiteral("height")].toInt64();
        row.timestamp = dbTime(b[QStringLiteral("timestamp")]);
        if (!b[QStringLiteral("height")].isInteger() || !height || row.timestamp.isEmpty())
            return failed(QStringLiteral("invalid block at index %1").arg(blocks.size()));
        if (upTo && *height > *upTo)
            continue;
        row.height = *height;
        row.hash = b[QStringLiteral("hash")].toString();
        row.parentHash = b[QStringLiteral("parent_hash")].toString();
        row.proposer = b[QStringLiteral("proposer")].toString();
        row.txCount = b[QStringLiteral("tx_count")].toInt64().value_or(0);
        row.stateRoot = nullableString(b[QStringLiteral("state_root")]);
        row.blockMetadata = nullableString(b[QStringLiteral("block_metadata")]);
        blocks.append(row);
    }
    QList<TxRow> txs;
    for (const json::Value& t : data[QStringLiteral("transactions")].asArray()) {
        if (!t.contains(QStringLiteral("tx_hash")))
            return failed(keyError(QStringLiteral("tx_hash")));
        TxRow row;
        row.chainId = chain;
        row.txHash = t[QStringLiteral("tx_hash")].toString();
        const auto height = t[QStringLiteral("block_height")].toInt64();
        if (height && upTo && *height > *upTo)
            continue;
        row.blockHeight = height ? QVariant(*height) : QVariant();
        row.sender = t[QStringLiteral("sender")].toString();
        row.recipient = t[QStringLiteral("recipient")].toString();
        row.payload = storedPayloadText(t[QStringLiteral("payload")]);
        const QString created = dbTime(t[QStringLiteral("created_at")]);
        row.createdAt = created.isEmpty() ? protocol::MicroTime::now().dbText() : created;
        row.nonce = t[QStringLiteral("nonce")].toInt64().value_or(0);
        row.value = t[QStringLiteral("value")].toInt64().value_or(0);
        row.fee = t[QStringLiteral("fee")].toInt64().value_or(0);
        row.type = t[QStringLiteral("type")].isString() ? t[QStringLiteral("type")].toString()
                                                        : QStringLiteral("TRANSFER");
        row.status = t[QStringLiteral("status")].isString() ? t[QStringLiteral("status")].toString()
                                                            : QStringLiteral("confirmed");
        row.timestamp = nullableString(t[QStringLiteral("timestamp")]);
        row.txMetadata = nullableString(t[QStringLiteral("tx_metadata")]);
        txs.append(row);
    }
    QList<AccountRow> accounts;
    for (const json::Value& a : data[QStringLiteral("accounts")].asArray()) {
        if (!a[QStringLiteral("address")].isString())
            return failed(keyError(QStringLiteral("address")));
        accounts.append(AccountRow{a[QStringLiteral("address")].toString(),
                                   a[QStringLiteral("balance")].toInt64().value_or(0),
                                   a[QStringLiteral("nonce")].toInt64().value_or(0)});
    }
    if (const auto replaced = m_store.replaceChain(chain, blocks, txs, accounts); !replaced)
        return failed(replaced.error().message);
    if (chain == m_config.chainId) {
        const auto h = m_store.head(chain);
        committedHeight.storeRelease(h ? h->height : -1);
        if (h)
            emit blockCommitted(h->height, h->hash);
    }
    qCWarning(lcDevnet) << what << "replaced chain" << chain << "with" << blocks.size() << "blocks";
    *importedBlocks = blocks.size();
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("chain_id"), chain);
    out.insert(QStringLiteral("imported_blocks"), qint64(blocks.size()));
    out.insert(QStringLiteral("imported_accounts"), qint64(accounts.size()));
    out.insert(QStringLiteral("imported_transactions"), qint64(txs.size()));
    return HttpResponse::json(200, out);
}

HttpResponse NodeWorker::importChain(const HttpRequest& req) {
    auto read = rpcjson::readDictBody(req);
    if (auto* r = std::get_if<HttpResponse>(&read))
        return *r;
    const json::Value& body = std::get<json::Value>(read);
    // Accepts export_data itself or a whole export-chain answer.
    const json::Value data =
        body[QStringLiteral("export_data")].isObject() ? body[QStringLiteral("export_data")] : body;
    qint64 imported = 0;
    return replaceChainFrom(data, std::nullopt, QStringLiteral("import chain"), &imported);
}

void NodeWorker::forceSync(const HttpRequest& req, const HttpResponder& responder) {
    auto read = rpcjson::readDictBody(req);
    if (auto* r = std::get_if<HttpResponse>(&read))
        return responder.send(*r);
    const json::Value body = std::get<json::Value>(std::move(read));
    auto failed = [](const QString& text) {
        return HttpResponse::detail(500, QStringLiteral("Failed to force sync: ") + text);
    };
    if (!body.contains(QStringLiteral("peer_url")))
        return responder.send(failed(keyError(QStringLiteral("peer_url"))));
    const QUrl peer(body[QStringLiteral("peer_url")].toString());
    if (!peer.isValid() ||
        (peer.scheme() != QLatin1String("http") && peer.scheme() != QLatin1String("https")))
        return responder.send(failed(QStringLiteral("invalid peer_url")));
    const json::Value& target = body[QStringLiteral("target_height")];
    std::optional<qint64> upTo;
    if (!target.isNull()) {
        upTo = target.toInt64();
        if (!target.isInteger() || !upTo)
            return responder.send(failed(QStringLiteral("target_height must be an integer")));
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    QUrl url = peer;
    url.setPath(peer.path().chopped(peer.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/rpc/export-chain"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("chain_id"), m_config.chainId);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kPeerTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, responder, upTo, peer, target, failed] {
        reply->deleteLater();
        json::Value answer;
        if (reply->error() != QNetworkReply::NoError)
            return responder.send(failed(reply->errorString()));
        if (!json::parse(reply->read(kMaxPeerExportBytes), answer) ||
            !answer[QStringLiteral("export_data")].isObject())
            return responder.send(failed(QStringLiteral("peer sent no export_data")));
        qint64 imported = 0;
        HttpResponse r = replaceChainFrom(answer[QStringLiteral("export_data")], upTo,
                                          QStringLiteral("force sync"), &imported);
        if (r.status != 200)
            return responder.send(r);
        json::Value out = json::Value::object();
        out.insert(QStringLiteral("success"), true);
        out.insert(QStringLiteral("message"),
                   QStringLiteral("Forced sync to %1 completed").arg(peer.toString()));
        out.insert(QStringLiteral("peer_url"), peer.toString());
        out.insert(QStringLiteral("target_height"), target);
        out.insert(QStringLiteral("imported_blocks"), imported);
        responder.send(HttpResponse::json(200, out));
    });
}

} // namespace aitbc::devnet
