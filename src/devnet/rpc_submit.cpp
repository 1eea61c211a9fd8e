// NodeWorker: POST /rpc/transaction (admission, §1.5) and POST /rpc/importBlock (§5.2, §7.2).
#include "devnet/node_worker.h"

#include "devnet/block_hash.h"
#include "devnet/devnet_log.h"
#include "devnet/rpc_json.h"
#include "devnet/signature_check.h"
#include "devnet/state_trie.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QDateTime>
#include <QSet>
#include <QStringDecoder>
#include <QTimer>

#include <variant>

namespace aitbc::devnet {

namespace {

/// Python's json module wording for a decode error, from our parser's message.
QString pythonJsonError(const QString& ours) {
    if (ours.startsWith(QLatin1String("extra data")))
        return QStringLiteral("Extra data");
    if (ours.startsWith(QLatin1String("expected a property name")))
        return QStringLiteral("Expecting property name enclosed in double quotes");
    if (ours.startsWith(QLatin1String("expected ':'")))
        return QStringLiteral("Expecting ':' delimiter");
    if (ours.startsWith(QLatin1String("expected ','")) ||
        ours.startsWith(QLatin1String("unterminated object")) ||
        ours.startsWith(QLatin1String("unterminated array")))
        return QStringLiteral("Expecting ',' delimiter");
    if (ours.startsWith(QLatin1String("control character")))
        return QStringLiteral("Invalid control character at");
    if (ours.contains(QLatin1String("\\u escape")))
        return QStringLiteral("Invalid \\uXXXX escape");
    if (ours.startsWith(QLatin1String("invalid escape")))
        return QStringLiteral("Invalid \\escape");
    if (ours.startsWith(QLatin1String("unterminated string")))
        return QStringLiteral("Unterminated string starting at");
    return QStringLiteral("Expecting value");
}

bool isJsonContentType(const QByteArray& contentType) {
    if (contentType.isEmpty())
        return true; // FastAPI parses bodies without a Content-Type as JSON
    const QByteArray mime = contentType.split(';').value(0).trimmed().toLower();
    return mime == "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

/// FastAPI's body reading for a JSON-model endpoint. Returns the body value or the error response.
std::variant<json::Value, HttpResponse> readJsonBody(const HttpRequest& req) {
    if (req.body.isEmpty()) {
        json::Value e = rpcjson::missingParam(QStringLiteral("body"), QString());
        e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{QStringLiteral("body")}));
        return rpcjson::validationFailed(json::Value(json::Value::Array{e}));
    }
    if (!isJsonContentType(req.headers.value("content-type")))
        return json::Value(QString::fromUtf8(req.body));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(req.body);
    if (decoder.hasError())
        return HttpResponse::detail(400, QStringLiteral("There was an error parsing the body"));
    json::Value body;
    json::ParseError error;
    if (!json::parse(req.body, body, &error)) {
        if (error.limit == json::ParseLimit::Depth)
            return HttpResponse::detail(400, QStringLiteral("There was an error parsing the body"));
        if (error.limit != json::ParseLimit::None)
            return HttpResponse::detail(413, QStringLiteral("Request body exceeds a JSON limit: ") +
                                                 error.message);
        const qint64 pos = QString::fromUtf8(req.body.left(std::max<qsizetype>(0, error.offset))).size();
        json::Value e = json::Value::object();
        e.insert(QStringLiteral("type"), QStringLiteral("json_invalid"));
        e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{QStringLiteral("body"), pos}));
        e.insert(QStringLiteral("msg"), QStringLiteral("JSON decode error"));
        e.insert(QStringLiteral("input"), json::Value::object());
        e.insert(QStringLiteral("ctx"),
                 json::Value(json::Value::Object{{QStringLiteral("error"), pythonJsonError(error.message)}}));
        return rpcjson::validationFailed(json::Value(json::Value::Array{e}));
    }
    return body;
}

HttpResponse submitFailed(const QString& reason) {
    return HttpResponse::detail(400, QStringLiteral("Failed to submit transaction: ") + reason);
}

} // namespace

HttpResponse NodeWorker::submitTransaction(const HttpRequest& req) {
    auto read = readJsonBody(req);
    if (auto* r = std::get_if<HttpResponse>(&read))
        return *r;
    const json::Value body = std::get<json::Value>(std::move(read));
    QList<protocol::ValidationError> errors;
    const auto request = protocol::parseRefRequest(body, &errors);
    if (!request) {
        json::Value detail = json::Value::array();
        for (const auto& e : errors)
            detail.append(e.toJson());
        return rpcjson::validationFailed(detail);
    }
    protocol::AdmissionError normError;
    const auto normalized = protocol::normalizeRef(*request, m_config.chainId, &normError);
    if (!normalized)
        return submitFailed(normError.reason);
    const QString hash = protocol::nodeTransactionHash(*normalized);
    if (const auto reason = admit(*request, body, *normalized, hash))
        return submitFailed(*reason);

    MempoolEntry e;
    e.hash = hash;
    e.normalized = *normalized;
    e.fee = request->fee;
    e.receivedAt = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    e.sequence = ++m_sequence;
    m_mempool.append(e);
    qCDebug(lcDevnet) << "mempool +" << hash;
    scheduleProduction();

    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("transaction_hash"), hash);
    out.insert(QStringLiteral("message"), QStringLiteral("Transaction submitted to mempool"));
    return HttpResponse::json(200, out);
}

std::optional<QString> NodeWorker::admit(const protocol::RefRequest& request, const json::Value& body,
                                         const json::Value& normalized, const QString& hash) {
    const QString& chain = m_config.chainId;
    if (m_config.quirks == Quirks::Fixed) {
        // A corrected node checks what REF ignores (§1.7, §10.9).
        const json::Value& bodyChain = body[QStringLiteral("chain_id")];
        if (bodyChain.isString() && bodyChain.toString() != chain)
            return QStringLiteral("chain_id '%1' does not match this node's chain '%2'")
                .arg(bodyChain.toString(), chain);
        if (!clientSignatureValid(body))
            return QStringLiteral("invalid signature for sender '%1'").arg(request.from);
    }
    // §1.5, in the node's order: account, balance, nonce, duplicates.
    const auto sender = m_store.account(chain, request.from);
    if (!sender)
        return QStringLiteral("sender account not found on chain '%1'").arg(chain);
    const qint64 needs = normalized[QStringLiteral("amount")].toInt64().value_or(0) + request.fee;
    if (sender->balance < needs)
        return QStringLiteral("insufficient balance for sender '%1' on chain '%2': has %3, needs %4")
            .arg(request.from, chain)
            .arg(sender->balance)
            .arg(needs);
    if (request.nonce != sender->nonce)
        return QStringLiteral("invalid nonce for sender '%1' on chain '%2': expected %3, got %4")
            .arg(request.from, chain)
            .arg(sender->nonce)
            .arg(request.nonce);
    if (m_store.transactionExists(chain, hash))
        return QStringLiteral("transaction '%1' is already confirmed on chain '%2'").arg(hash, chain);
    for (const MempoolEntry& e : m_mempool) {
        if (e.hash == hash)
            return QStringLiteral("transaction '%1' is already pending on chain '%2'").arg(hash, chain);
        if (e.normalized[QStringLiteral("from")].toString() == request.from &&
            e.normalized[QStringLiteral("nonce")].toInt64() == request.nonce)
            return QStringLiteral("sender '%1' already has pending nonce %2 on chain '%3'")
                .arg(request.from)
                .arg(request.nonce)
                .arg(chain);
    }
    return std::nullopt;
}

namespace {
/// A JSON body that must be an object; otherwise pydantic's 422 of the given type and message.
std::variant<json::Value, HttpResponse> objectBody(const HttpRequest& req, const QString& type,
                                                   const QString& msg) {
    auto read = readJsonBody(req);
    if (std::holds_alternative<HttpResponse>(read) || std::get<json::Value>(read).isObject())
        return read;
    json::Value e = json::Value::object();
    e.insert(QStringLiteral("type"), type);
    e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{QStringLiteral("body")}));
    e.insert(QStringLiteral("msg"), msg);
    e.insert(QStringLiteral("input"), std::get<json::Value>(read));
    return rpcjson::validationFailed(json::Value(json::Value::Array{e}));
}
} // namespace

std::variant<json::Value, HttpResponse> rpcjson::readDictBody(const HttpRequest& req) {
    return objectBody(req, QStringLiteral("dict_type"), QStringLiteral("Input should be a valid dictionary"));
}

std::variant<json::Value, HttpResponse> rpcjson::readModelBody(const HttpRequest& req) {
    return objectBody(req, QStringLiteral("model_attributes_type"),
                      QStringLiteral("Input should be a valid dictionary or object to extract fields from"));
}

void NodeWorker::importBlockRoute(const HttpRequest& req, const HttpResponder& responder) {
    auto read = rpcjson::readDictBody(req);
    if (auto* r = std::get_if<HttpResponse>(&read))
        return responder.send(*r);
    enqueueImport(std::get<json::Value>(std::move(read)),
                  [responder](const HttpResponse& r) { responder.send(r); });
}

double NodeWorker::importIntervalMs() const {
    // REF sleeps inside the route so that at most one import happens per second (§5.2).
    return m_config.quirks == Quirks::Ref ? m_config.importIntervalSeconds * 1000.0 : 0.0;
}

void NodeWorker::enqueueImport(json::Value block, ImportDone done) {
    m_imports.append(ImportJob{std::move(block), std::move(done)});
    processImports();
}

void NodeWorker::processImports() {
    while (!m_imports.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        if (now < m_nextImportAtMs) {
            m_importTimer->start(int(m_nextImportAtMs - now));
            return;
        }
        ImportJob job = m_imports.takeFirst();
        const HttpResponse response = importBlockNow(job.block);
        m_nextImportAtMs = m_clock.elapsed() + qint64(importIntervalMs());
        job.done(response);
    }
}

HttpResponse NodeWorker::importBlockNow(const json::Value& block) {
    auto failed = [](const QString& text) {
        return HttpResponse::detail(500, QStringLiteral("Failed to import block: ") + text);
    };
    // The node indexes the dict directly, so a missing key fails with Python's KeyError text. It reads
    // `hash` first (to delete same-hash blocks, §5.2), then builds the row: height, parent_hash, proposer,
    // timestamp. `{}` therefore names 'hash' (observed side by side with the devnet).
    for (const char* key : {"hash", "height", "parent_hash", "proposer", "timestamp"})
        if (!block.contains(QString::fromLatin1(key)))
            return failed(QStringLiteral("'%1'").arg(QString::fromLatin1(key)));
    BlockRow row;
    const json::Value& chainValue = block.contains(QStringLiteral("chain_id"))
                                        ? block[QStringLiteral("chain_id")]
                                        : block[QStringLiteral("chainId")];
    row.chainId =
        chainValue.isString() && !chainValue.toString().isEmpty() ? chainValue.toString() : m_config.chainId;
    const auto height = block[QStringLiteral("height")].toInt64();
    if (!block[QStringLiteral("height")].isInteger() || !height)
        return failed(QStringLiteral("height must be an integer"));
    row.height = *height;
    row.hash = block[QStringLiteral("hash")].toString();
    row.parentHash = block[QStringLiteral("parent_hash")].toString();
    row.proposer = block[QStringLiteral("proposer")].toString();
    const QString tsText = block[QStringLiteral("timestamp")].toString();
    const auto ts = protocol::MicroTime::parse(tsText);
    if (!ts)
        return failed(QStringLiteral("Invalid isoformat string: '%1'").arg(tsText));
    row.timestamp = ts->dbText();
    row.txCount = block[QStringLiteral("tx_count")].toInt64().value_or(0);
    const json::Value& root = block[QStringLiteral("state_root")];
    row.stateRoot = root.isString() ? QVariant(root.toString()) : QVariant();

    Result<void> written;
    const json::Value& txs = block[QStringLiteral("transactions")];
    if (m_config.quirks == Quirks::Fixed && txs.isArray() && !(row.height == 0 && txs.asArray().empty())) {
        // A corrected follower: verify the header against its transactions (§7.4), then store the rows
        // and apply balances as the proposer did.
        QStringList hashes;
        for (const json::Value& t : txs.asArray())
            hashes << t[QStringLiteral("tx_hash")].toString();
        if (qint64(hashes.size()) != row.txCount)
            return failed(QStringLiteral("tx_count %1 does not match %2 transactions")
                              .arg(row.txCount)
                              .arg(hashes.size()));
        const QString expected =
            protocol::recomputeStoredBlockHash(row.chainId, row.height, row.parentHash, tsText, hashes);
        if (expected != row.hash)
            return failed(QStringLiteral("block hash mismatch: expected %1").arg(expected));
        BlockWrite w;
        w.block = row;
        AccountState state = m_store.accounts(row.chainId);
        // With REF's lag, the block's root is the state before it: ours, if we replayed every block.
        if (!row.stateRoot.isNull()) {
            const QString ours = accountStateRoot(state);
            if (ours != row.stateRoot.toString())
                return failed(QStringLiteral("state root mismatch: expected %1").arg(ours));
        }
        QSet<QString> touched;
        for (const json::Value& t : txs.asArray()) {
            TxRow tx;
            tx.chainId = row.chainId;
            tx.txHash = t[QStringLiteral("tx_hash")].toString();
            tx.blockHeight = row.height;
            tx.sender = t[QStringLiteral("sender")].toString();
            tx.recipient = t[QStringLiteral("recipient")].toString();
            tx.payload = storedPayloadText(t[QStringLiteral("payload")]);
            const auto created = protocol::MicroTime::parse(t[QStringLiteral("created_at")].toString());
            tx.createdAt = (created ? *created : protocol::MicroTime::now()).dbText();
            tx.nonce = t[QStringLiteral("nonce")].toInt64().value_or(0);
            tx.value = t[QStringLiteral("value")].toInt64().value_or(0);
            tx.fee = t[QStringLiteral("fee")].toInt64().value_or(0);
            tx.type = t[QStringLiteral("type")].toString();
            tx.status = t[QStringLiteral("status")].toString();
            tx.timestamp = t[QStringLiteral("timestamp")].isString()
                               ? QVariant(t[QStringLiteral("timestamp")].toString())
                               : QVariant();
            w.transactions.append(tx);
            const bool message =
                t[QStringLiteral("payload")][QStringLiteral("type")].toString() == QLatin1String("MESSAGE");
            AccountRow& s = state.try_emplace(tx.sender, AccountRow{tx.sender, 0, 0}).first->second;
            s.balance -= message ? tx.fee : tx.value + tx.fee;
            s.nonce += 1;
            AccountRow& r = state.try_emplace(tx.recipient, AccountRow{tx.recipient, 0, 0}).first->second;
            if (!message)
                r.balance += tx.value;
            touched << tx.sender << tx.recipient;
        }
        for (const QString& a : touched)
            w.accounts.append(state.at(a));
        written = m_store.commit(w);
    } else {
        written = m_store.importHeader(row);
    }
    if (!written)
        return failed(QStringLiteral("(sqlite3.IntegrityError) ") + written.error().message);
    ++m_counters[QStringLiteral("blocks_imported")];
    noteCommitted(row.height, row.hash);
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("block_height"), row.height);
    out.insert(QStringLiteral("block_hash"), row.hash);
    out.insert(QStringLiteral("chain_id"), row.chainId);
    return HttpResponse::json(200, out);
}

} // namespace aitbc::devnet
