// NodeWorker: REF's side routes (protocol.md §5.2): transactions/marketplace (a transaction row written
// outside any block, balances changed at once, §1.8) and eth_getLogs (logs built from receipt payloads).
#include "devnet/node_worker.h"

#include "devnet/rpc_json.h"
#include "protocol/timestamp.h"
#include "json/canonical.h"

#include <QCryptographicHash>

#include <algorithm>

namespace aitbc::devnet {

HttpResponse NodeWorker::marketplaceTransaction(const HttpRequest& req) {
    auto read = rpcjson::readDictBody(req);
    if (auto* r = std::get_if<HttpResponse>(&read))
        return *r;
    const json::Value& body = std::get<json::Value>(read);
    auto failed = [](const QString& reason) {
        return HttpResponse::detail(400,
                                    QStringLiteral("Failed to submit marketplace transaction: ") + reason);
    };
    const QString chain = m_config.chainId;
    const QString from = (body.contains(QStringLiteral("from")) ? body[QStringLiteral("from")]
                                                                : body[QStringLiteral("sender")])
                             .toString()
                             .trimmed();
    const QString to =
        (body.contains(QStringLiteral("to")) ? body[QStringLiteral("to")] : body[QStringLiteral("recipient")])
            .toString()
            .trimmed();
    if (from.isEmpty() || to.isEmpty())
        return failed(QStringLiteral("'from' and 'to' are required"));
    const json::Value& amountValue = body[QStringLiteral("amount")];
    const json::Value& feeValue = body[QStringLiteral("fee")];
    const auto amount = amountValue.isNull() ? std::optional<qint64>(0) : amountValue.toInt64();
    const auto fee = feeValue.isNull() ? std::optional<qint64>(0) : feeValue.toInt64();
    if (!amount || !fee || *amount < 0 || *fee < 0 || (!amountValue.isNull() && !amountValue.isInteger()) ||
        (!feeValue.isNull() && !feeValue.isInteger()))
        return failed(QStringLiteral("amount and fee must be non-negative integers"));
    auto sender = m_store.account(chain, from);
    if (!sender)
        return failed(QStringLiteral("sender account not found on chain '%1'").arg(chain));
    if (sender->balance < *amount + *fee)
        return failed(QStringLiteral("insufficient balance for sender '%1' on chain '%2': has %3, needs %4")
                          .arg(from, chain)
                          .arg(sender->balance)
                          .arg(*amount + *fee));
    const protocol::MicroTime now = protocol::MicroTime::now();
    json::Value payload = body[QStringLiteral("payload")].isObject() ? body[QStringLiteral("payload")] : body;
    json::Value hashed = json::Value::object();
    hashed.insert(QStringLiteral("amount"), *amount);
    hashed.insert(QStringLiteral("chain_id"), chain);
    hashed.insert(QStringLiteral("fee"), *fee);
    hashed.insert(QStringLiteral("from"), from);
    hashed.insert(QStringLiteral("payload"), payload);
    hashed.insert(QStringLiteral("timestamp"), now.isoNaive());
    hashed.insert(QStringLiteral("to"), to);
    const QString hash =
        QStringLiteral("0x") +
        QString::fromLatin1(
            QCryptographicHash::hash(json::dumpCompact(hashed), QCryptographicHash::Sha256).toHex());
    TxRow row;
    row.chainId = chain;
    row.txHash = hash;
    row.sender = from;
    row.recipient = to;
    row.payload = storedPayloadText(payload);
    row.createdAt = now.dbText();
    row.nonce = sender->nonce;
    row.value = *amount;
    row.fee = *fee;
    row.type = body[QStringLiteral("type")].isString() ? body[QStringLiteral("type")].toString().toUpper()
                                                       : QStringLiteral("TRANSFER");
    row.status = QStringLiteral("pending"); // §1.8: never in a block, pending for ever
    // Balances change at once (§1.8); the recipient's row is created when missing (§4.5).
    sender->balance -= *amount + *fee;
    QList<AccountRow> accounts{*sender};
    if (to != from) {
        AccountRow recipient = m_store.account(chain, to).value_or(AccountRow{to, 0, 0});
        recipient.balance += *amount;
        accounts.append(recipient);
    } else {
        accounts.first().balance += *amount;
    }
    if (const auto written = m_store.writeDetached(chain, {row}, accounts); !written)
        return failed(written.error().message);
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("success"), true);
    out.insert(QStringLiteral("tx_hash"), hash);
    out.insert(QStringLiteral("status"), QStringLiteral("pending"));
    out.insert(QStringLiteral("chain_id"), chain);
    out.insert(QStringLiteral("amount"), *amount);
    out.insert(QStringLiteral("fee"), *fee);
    out.insert(QStringLiteral("from"), from);
    out.insert(QStringLiteral("to"), to);
    return HttpResponse::json(200, out);
}

HttpResponse NodeWorker::getLogs(const HttpRequest& req) {
    auto read = rpcjson::readModelBody(req);
    if (auto* r = std::get_if<HttpResponse>(&read))
        return *r;
    const json::Value& body = std::get<json::Value>(read);
    json::Value errors = json::Value::array();
    auto typeError = [&](const QString& field, const char* type, const char* msg, const json::Value& input) {
        json::Value e = json::Value::object();
        e.insert(QStringLiteral("type"), QString::fromLatin1(type));
        e.insert(QStringLiteral("loc"), json::Value(json::Value::Array{QStringLiteral("body"), field}));
        e.insert(QStringLiteral("msg"), QString::fromLatin1(msg));
        e.insert(QStringLiteral("input"), input);
        errors.append(e);
    };
    const json::Value& address = body[QStringLiteral("address")];
    if (!address.isNull() && !address.isString())
        typeError(QStringLiteral("address"), "string_type", "Input should be a valid string", address);
    std::optional<qint64> bounds[2];
    const QString boundNames[2] = {QStringLiteral("from_block"), QStringLiteral("to_block")};
    for (int i = 0; i < 2; ++i) {
        const json::Value& v = body[boundNames[i]];
        if (v.isNull())
            continue;
        if (v.isInteger() && v.toInt64())
            bounds[i] = v.toInt64();
        else if (v.isString())
            bounds[i] = rpcjson::intParam(QStringLiteral("body"), boundNames[i], v.toString(), errors);
        else
            typeError(boundNames[i], "int_type", "Input should be a valid integer", v);
    }
    const json::Value& topics = body[QStringLiteral("topics")];
    QStringList wanted;
    if (!topics.isNull() && !topics.isArray())
        typeError(QStringLiteral("topics"), "list_type", "Input should be a valid list", topics);
    else if (topics.isArray())
        for (const json::Value& t : topics.asArray()) {
            if (!t.isString())
                typeError(QStringLiteral("topics"), "string_type", "Input should be a valid string", t);
            wanted << t.toString();
        }
    if (!errors.asArray().empty())
        return rpcjson::validationFailed(errors);

    const QString chainArg = req.query.queryItemValue(QStringLiteral("chain_id"), QUrl::FullyDecoded);
    const QString chain = chainArg.isEmpty() ? m_config.chainId : chainArg;
    json::Value logs = json::Value::array();
    qint64 index = 0;
    for (const auto& receipt : m_store.receipts(chain, bounds[0], bounds[1])) {
        const json::Value payload = rpcjson::parsedPayload(receipt.payload);
        // A receipt's events are its payload's `logs` (or `events`) list, each {address, topics, data}.
        json::Value events = payload[QStringLiteral("logs")].isArray() ? payload[QStringLiteral("logs")]
                                                                       : payload[QStringLiteral("events")];
        if (!events.isArray())
            continue;
        for (const json::Value& ev : events.asArray()) {
            const QString evAddress = ev[QStringLiteral("address")].isString()
                                          ? ev[QStringLiteral("address")].toString()
                                          : payload[QStringLiteral("contract_address")].toString();
            if (address.isString() && evAddress != address.toString())
                continue;
            QStringList evTopics;
            if (ev[QStringLiteral("topics")].isArray())
                for (const json::Value& t : ev[QStringLiteral("topics")].asArray())
                    evTopics << t.toString();
            if (!std::all_of(wanted.begin(), wanted.end(),
                             [&](const QString& t) { return evTopics.contains(t); }))
                continue;
            json::Value entry = json::Value::object();
            entry.insert(QStringLiteral("address"), evAddress);
            json::Value topicList = json::Value::array();
            for (const QString& t : evTopics)
                topicList.append(t);
            entry.insert(QStringLiteral("topics"), topicList);
            const json::Value& data = ev[QStringLiteral("data")];
            entry.insert(QStringLiteral("data"),
                         data.isString() ? data.toString() : QString::fromUtf8(json::dumpCompact(data)));
            entry.insert(QStringLiteral("block_number"),
                         receipt.blockHeight.isNull() ? 0 : receipt.blockHeight.toLongLong());
            entry.insert(QStringLiteral("transaction_hash"),
                         payload[QStringLiteral("tx_hash")].isString()
                             ? payload[QStringLiteral("tx_hash")].toString()
                             : receipt.receiptId);
            entry.insert(QStringLiteral("log_index"), index++);
            logs.append(entry);
        }
    }
    json::Value out = json::Value::object();
    out.insert(QStringLiteral("logs"), logs);
    out.insert(QStringLiteral("count"), qint64(logs.asArray().size()));
    return HttpResponse::json(200, out);
}

} // namespace aitbc::devnet
