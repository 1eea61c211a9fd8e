#include "chain/rpc_session.h"

#include "chain/chain_log.h"
#include "chain/rpc_parse.h"
#include "chain/safe_url.h"

#include <QMutexLocker>

namespace aitbc::chain {

namespace {

constexpr qint64 kPage = 100; // blocks per blocks-range request (RpcNode::kPageBlocks)

NodeError badShape(const QString& what) {
    NodeError e;
    e.kind = NodeError::Kind::BadResponse;
    e.message = QObject::tr("unexpected answer to %1 (not the AITBC RPC shape)").arg(what);
    return e;
}

} // namespace

RpcSession::RpcSession(RpcOptions options)
    : m_transport(options, this)
    , m_chainId(options.chainId) {}

QString RpcSession::chainId() const {
    QMutexLocker lock(&m_mutex);
    return m_chainId;
}

void RpcSession::health(Reply<NodeHealth> done) {
    m_transport.get(QStringLiteral("/health"), {}, [this, done](RpcReply r) {
        if (!r.ok() && r.error.kind != NodeError::Kind::NotFound) {
            done(r.error);
            return;
        }
        NodeHealth h;
        if (r.ok()) {
            if (!r.body.isObject()) {
                done(badShape(QStringLiteral("/health")));
                return;
            }
            h.status = r.body[QStringLiteral("status")].toString();
            if (r.body[QStringLiteral("supported_chains")].isArray())
                for (const json::Value& c : r.body[QStringLiteral("supported_chains")].asArray())
                    if (c.isString())
                        h.supportedChains << c.toString();
            h.proposerId = r.body[QStringLiteral("proposer_id")].toString();
            QMutexLocker lock(&m_mutex);
            if (m_chainId.isEmpty() && !h.supportedChains.isEmpty())
                m_chainId = h.supportedChains.first(); // chain discovery, §5.1
        }
        detectProtocol([h, done](Protocol p) mutable {
            h.protocol = p;
            done(h);
        });
    });
}

void RpcSession::detectProtocol(std::function<void(Protocol)> done) {
    if (m_protocol != Protocol::Unknown) {
        done(m_protocol);
        return;
    }
    // §10.26: HEAD answers /rpc/info (and /rpc/height); REF and APRIL answer 404.
    m_transport.get(QStringLiteral("/rpc/info"), {}, [this, done](RpcReply info) {
        if (info.ok() && info.body.isObject()) {
            m_protocol = Protocol::Head;
            qCInfo(lcRpc).noquote() << urlForDisplay(m_transport.options().baseUrl) << "is a HEAD node";
            done(m_protocol);
            return;
        }
        head([this, done](NodeResult<BlockHeader> tip) {
            if (!tip.ok()) {
                // No blocks yet (404) still tells REF/APRIL from HEAD; anything else: unknown for now.
                if (tip.error().kind == NodeError::Kind::NotFound)
                    m_protocol = Protocol::Ref;
                done(m_protocol);
                return;
            }
            // APRIL's blocks-range had no transactions and no `success` key (§5.2, the guide).
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("start"), QString::number(tip->height));
            q.addQueryItem(QStringLiteral("end"), QString::number(tip->height));
            q.addQueryItem(QStringLiteral("include_tx"), QStringLiteral("true"));
            m_transport.get(QStringLiteral("/rpc/blocks-range"), q, [this, done](RpcReply range) {
                if (range.ok()) {
                    const json::Value* blocks = range.body.find(QStringLiteral("blocks"));
                    bool april = !range.body.contains(QStringLiteral("success"));
                    if (blocks && blocks->isArray() && !blocks->asArray().empty())
                        april = april || !blocks->asArray().front().contains(QStringLiteral("transactions"));
                    if (range.body.isArray())
                        april = true;
                    m_protocol = april ? Protocol::April : Protocol::Ref;
                    qCInfo(lcRpc).noquote() << urlForDisplay(m_transport.options().baseUrl) << "is a"
                                            << protocolName(m_protocol) << "node";
                }
                done(m_protocol);
            });
        });
    });
}

void RpcSession::head(Reply<BlockHeader> done) {
    m_transport.get(QStringLiteral("/rpc/head"), {}, [done](RpcReply r) {
        if (!r.ok()) {
            done(r.error);
            return;
        }
        if (!r.body.isObject() || !r.body[QStringLiteral("height")].isInteger()) {
            done(badShape(QStringLiteral("/rpc/head")));
            return;
        }
        done(wire::headerFromJson(r.body));
    });
}

void RpcSession::blocks(qint64 from, qint64 to, bool withTransactions, Reply<QList<Block>> done) {
    blocksPage(from, to, withTransactions, std::make_shared<QList<Block>>(), std::move(done));
}

void RpcSession::blocksPage(qint64 from, qint64 to, bool withTransactions, std::shared_ptr<QList<Block>> acc,
                            Reply<QList<Block>> done) {
    if (from > to) {
        done(*acc);
        return;
    }
    const qint64 end = std::min(to, from + kPage - 1);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("start"), QString::number(from));
    q.addQueryItem(QStringLiteral("end"), QString::number(end));
    q.addQueryItem(QStringLiteral("include_tx"),
                   withTransactions ? QStringLiteral("true") : QStringLiteral("false"));
    m_transport.get(QStringLiteral("/rpc/blocks-range"), q, [=, this](RpcReply r) {
        if (!r.ok()) {
            done(r.error);
            return;
        }
        const json::Value* items = r.body.isArray() ? &r.body : r.body.find(QStringLiteral("blocks"));
        if (!items || !items->isArray()) {
            done(badShape(QStringLiteral("/rpc/blocks-range")));
            return;
        }
        for (const json::Value& item : items->asArray()) {
            if (!item.isObject() || !item[QStringLiteral("height")].isInteger()) {
                done(badShape(QStringLiteral("/rpc/blocks-range")));
                return;
            }
            Block b = wire::blockFromJson(item);
            if (!withTransactions) {
                b.transactions.clear();
                b.transactionsIncluded = false;
            }
            acc->append(std::move(b));
        }
        blocksPage(end + 1, to, withTransactions, acc, done);
    });
}

void RpcSession::mempool(Reply<QList<MempoolEntry>> done) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    m_transport.get(QStringLiteral("/rpc/mempool"), q, [done](RpcReply r) {
        if (!r.ok()) {
            done(r.error);
            return;
        }
        const json::Value* items = r.body.isArray() ? &r.body : r.body.find(QStringLiteral("transactions"));
        if (!items || !items->isArray()) {
            done(badShape(QStringLiteral("/rpc/mempool")));
            return;
        }
        QList<MempoolEntry> out;
        for (const json::Value& item : items->asArray())
            if (item.isObject())
                out.append(wire::mempoolEntryFromJson(item));
        done(out);
    });
}

void RpcSession::account(const QString& address, Reply<Account> done) {
    const QString path =
        QStringLiteral("/rpc/account/") + QString::fromLatin1(QUrl::toPercentEncoding(address));
    m_transport.get(path, {}, [address, done](RpcReply r) {
        if (!r.ok()) {
            if (r.error.kind == NodeError::Kind::NotFound) {
                // 404 "Account not found": balance 0, and the address cannot send yet (§1.5).
                Account a;
                a.address = address;
                done(a);
                return;
            }
            done(r.error);
            return;
        }
        if (!r.body.isObject() || !r.body.contains(QStringLiteral("balance"))) {
            done(badShape(QStringLiteral("/rpc/account")));
            return;
        }
        Account a = wire::accountFromJson(r.body);
        if (a.address.isEmpty())
            a.address = address;
        done(a);
    });
}

void RpcSession::submit(const QByteArray& body, Reply<SubmitResult> done) {
    m_transport.post(QStringLiteral("/rpc/transaction"), body, [done](RpcReply r) {
        if (!r.ok()) {
            done(r.error);
            return;
        }
        if (r.body[QStringLiteral("success")].isBool() && !r.body[QStringLiteral("success")].toBool()) {
            NodeError e;
            e.kind = NodeError::Kind::Rejected;
            e.httpStatus = r.status;
            e.message = r.body[QStringLiteral("message")].toString();
            if (e.message.isEmpty())
                e.message = wire::errorDetail(r.body);
            done(e);
            return;
        }
        SubmitResult s;
        s.txHash = r.body[QStringLiteral("transaction_hash")].toString();
        if (s.txHash.isEmpty())
            s.txHash = r.body[QStringLiteral("tx_hash")].toString();
        s.message = r.body[QStringLiteral("message")].toString();
        done(s);
    });
}

void RpcSession::resetMessages() {
    m_stored.clear();
    m_byAddress.clear();
    m_cache.clear();
    m_scannedHeight = -1;
    m_scannedHash.clear();
}

void RpcSession::scan(std::function<void(std::optional<NodeError>)> done) {
    m_scanWaiters.push_back(std::move(done));
    if (m_scanning)
        return; // the scan in flight serves every caller
    m_scanning = true;
    head([this](NodeResult<BlockHeader> tip) {
        if (!tip.ok()) {
            if (tip.error().kind == NodeError::Kind::NotFound) { // "no blocks yet"
                finishScan(std::nullopt);
                return;
            }
            finishScan(tip.error());
            return;
        }
        if (tip->height < m_scannedHeight || (tip->height == m_scannedHeight && tip->hash != m_scannedHash)) {
            qCInfo(lcRpc) << "the node's chain went back or changed; rescanning messages";
            resetMessages();
        }
        scanFrom(m_scannedHeight + 1, tip->height, [this](std::optional<NodeError> e) { finishScan(e); });
    });
}

void RpcSession::scanFrom(qint64 next, qint64 tip, std::function<void(std::optional<NodeError>)> done) {
    if (next > tip) {
        done(std::nullopt);
        return;
    }
    const qint64 end = std::min(tip, next + kPage - 1);
    blocks(next, end, true, [=, this](NodeResult<QList<Block>> page) {
        if (!page.ok()) {
            done(page.error());
            return;
        }
        for (const Block& b : page.value()) {
            if (b.header.height <= m_scannedHeight)
                continue;
            for (const Transaction& t : b.transactions) {
                if (!messageFromTransaction(t, t.sender)) // keep only transactions that carry text
                    continue;
                m_stored.push_back({t, m_order++});
                const size_t index = m_stored.size() - 1;
                m_byAddress[t.sender].push_back(index);
                if (t.recipient != t.sender)
                    m_byAddress[t.recipient].push_back(index);
            }
            m_scannedHeight = b.header.height;
            m_scannedHash = b.header.hash;
        }
        if (page->isEmpty() || m_scannedHeight < end) // a gap: the node does not have these blocks
            m_scannedHeight = std::max(m_scannedHeight, end);
        scanFrom(end + 1, tip, done);
    });
}

void RpcSession::finishScan(std::optional<NodeError> error) {
    m_scanning = false;
    auto waiters = std::move(m_scanWaiters);
    m_scanWaiters.clear();
    for (auto& w : waiters)
        w(error);
}

void RpcSession::messages(const QString& address, Reply<QList<ChainMessage>> done) {
    scan([this, address, done](std::optional<NodeError> error) {
        if (error) {
            done(*error);
            return;
        }
        AddressCache& cache = m_cache[address];
        const auto it = m_byAddress.constFind(address);
        if (it != m_byAddress.cend()) {
            const std::vector<size_t>& indices = it.value();
            for (size_t i = cache.upTo; i < indices.size(); ++i) {
                const Stored& s = m_stored[indices[i]];
                if (auto m = messageFromTransaction(s.tx, address))
                    cache.messages.add(std::move(*m), s.order);
            }
            cache.upTo = indices.size();
        }
        done(cache.messages.list());
    });
}

} // namespace aitbc::chain
