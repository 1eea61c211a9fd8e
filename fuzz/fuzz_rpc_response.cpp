// Answers of every RPC endpoint the dashboard reads (protocol.md §5): a node, a proxy or anything at the
// configured address can send any bytes. The first input byte picks the endpoint, the rest is the body.
// Each branch applies the same shape checks RpcSession does before handing the body to the wire parsers,
// then goes on as far as the real code path does (messages of a blocks-range page, mempool hashes).
//
// Properties: parsing never crashes; a message is never attributed to neither its sender nor recipient;
// AddressMessages never holds one tx hash twice.

#include "fuzz_support.h"

#include "chain/message_set.h"
#include "chain/rpc_parse.h"
#include "json/parse.h"

#include <QSet>

using namespace aitbc;
using namespace aitbc::chain;

namespace {

enum class Endpoint : uint8_t {
    Health,
    Head,
    BlocksRange,
    Block,
    Mempool,
    Account,
    Submit,
    ErrorBody,
    Time,
    Count
};

void messagesOf(const QList<Block>& blocks, const QByteArray& input) {
    AddressMessages mine;
    QSet<QString> hashes;
    qint64 order = 0;
    for (const Block& b : blocks)
        for (const Transaction& t : b.transactions) {
            // Each distinct party once: a row whose sender and recipient are equal (or both missing)
            // is one message, not two (regression: fuzz/regressions/rpc_response/self-addressed-*).
            QStringList parties{t.sender};
            if (t.recipient != t.sender)
                parties << t.recipient;
            for (const QString& who : parties) {
                auto m = messageFromTransaction(t, who);
                if (!m)
                    continue;
                AITBC_FUZZ_CHECK(m->sender == t.sender || m->recipient == t.recipient, input);
                if (who == t.sender) {
                    hashes.insert(m->txHash);
                    mine.add(std::move(*m), order++);
                }
            }
        }
    QSet<QString> seen;
    for (const ChainMessage& m : mine.list()) {
        AITBC_FUZZ_CHECK(!seen.contains(m.txHash), input);
        seen.insert(m.txHash);
    }
    AITBC_FUZZ_CHECK(seen.size() == hashes.size(), input);
}

void blocksRange(const json::Value& body, const QByteArray& input) {
    const json::Value* items = body.isArray() ? &body : body.find(QStringLiteral("blocks"));
    if (!items || !items->isArray())
        return;
    QList<Block> blocks;
    for (const json::Value& item : items->asArray()) {
        if (!item.isObject() || !item[QStringLiteral("height")].isInteger())
            return;
        blocks.append(wire::blockFromJson(item));
    }
    messagesOf(blocks, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const auto endpoint = static_cast<Endpoint>(data[0] % uint8_t(Endpoint::Count));
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (endpoint == Endpoint::Time) {
        (void)wire::parseNodeTime(QString::fromUtf8(input));
        return 0;
    }
    json::Value body;
    if (!json::parse(input, body))
        return 0;
    switch (endpoint) {
    case Endpoint::Health:
        if (body.isObject()) {
            (void)body[QStringLiteral("status")].toString();
            if (body[QStringLiteral("supported_chains")].isArray())
                for (const json::Value& c : body[QStringLiteral("supported_chains")].asArray())
                    (void)c.isString();
        }
        break;
    case Endpoint::Head:
        if (body.isObject() && body[QStringLiteral("height")].isInteger())
            (void)wire::headerFromJson(body);
        break;
    case Endpoint::BlocksRange:
        blocksRange(body, input);
        break;
    case Endpoint::Block:
        // /rpc/blocks/{h}: a header with items that are stored payloads plus tx_hash (§10.18).
        if (body.isObject() && body[QStringLiteral("height")].isInteger())
            messagesOf({wire::blockFromJson(body)}, input);
        break;
    case Endpoint::Mempool: {
        const json::Value* items = body.isArray() ? &body : body.find(QStringLiteral("transactions"));
        if (items && items->isArray())
            for (const json::Value& item : items->asArray())
                if (item.isObject()) {
                    const MempoolEntry e = wire::mempoolEntryFromJson(item);
                    AITBC_FUZZ_CHECK(!e.txHash.isEmpty(), input);
                }
        break;
    }
    case Endpoint::Account:
        if (body.isObject() && body.contains(QStringLiteral("balance")))
            (void)wire::accountFromJson(body);
        break;
    case Endpoint::Submit:
    case Endpoint::ErrorBody:
        (void)wire::errorDetail(body);
        (void)wire::txMetadataFromJson(body);
        break;
    case Endpoint::Time:
    case Endpoint::Count:
        break;
    }
    return 0;
}
