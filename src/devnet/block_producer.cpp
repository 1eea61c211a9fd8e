// NodeWorker: PoA block production in the REF node's hybrid mode (§1.5): a block whenever the mempool is
// non-empty, at most one per block time, and an empty heartbeat block after the idle interval.
#include "devnet/node_worker.h"

#include "devnet/block_hash.h"
#include "devnet/devnet_log.h"
#include "devnet/state_trie.h"
#include "json/canonical.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace aitbc::devnet {

namespace {
constexpr qint64 kMaxBlockBytes = 1024 * 1024; // REF: at most 1 MB of compact JSON per block
constexpr qint64 kMaxDelayMs = 24 * 3600 * 1000;
} // namespace

void NodeWorker::scheduleProduction() {
    if (m_config.role != Role::Leader || !m_produceTimer)
        return;
    const qint64 now = protocol::MicroTime::now().usecSinceEpoch;
    if (m_config.quirks == Quirks::Ref) {
        // The REF proposer only looks at its mempool at its checks: a transaction waits for the next
        // one (§1.5), so a submission never moves the timer.
        if (!m_produceTimer->isActive())
            m_produceTimer->start(
                int(std::clamp<qint64>((m_nextCheckUs - now + 999) / 1000, 0, kMaxDelayMs)));
        return;
    }
    const auto headRow = m_store.head(m_config.chainId);
    if (!headRow)
        return;
    const qint64 last =
        protocol::MicroTime::parse(headRow->timestamp).value_or(protocol::genesisTime()).usecSinceEpoch;
    const double wait = m_mempool.isEmpty() ? m_config.idleBlockSeconds : m_config.blockTimeSeconds;
    const qint64 due = last + qint64(wait * 1e6);
    const qint64 delayMs = std::clamp<qint64>((due - now + 999) / 1000, 0, kMaxDelayMs);
    m_produceTimer->start(int(delayMs));
}

void NodeWorker::startProducer() {
    // REF's proposer loop first sleeps one block time, so even an idle chain gets its first (heartbeat)
    // block one block time after start, not at start.
    m_nextCheckUs = protocol::MicroTime::now().usecSinceEpoch + qint64(m_config.blockTimeSeconds * 1e6);
    scheduleProduction();
}

double NodeWorker::idleCheckSeconds() const {
    return m_config.idleCheckSeconds > 0 ? m_config.idleCheckSeconds : m_config.blockTimeSeconds / 4.0;
}

void NodeWorker::produceBlock() {
    const QString& chain = m_config.chainId;
    const auto parent = m_store.head(chain);
    if (!parent)
        return;
    const protocol::MicroTime last =
        protocol::MicroTime::parse(parent->timestamp).value_or(protocol::genesisTime());
    protocol::MicroTime now = protocol::MicroTime::now();
    if (m_config.quirks == Quirks::Ref) {
        if (now.usecSinceEpoch < m_nextCheckUs) {
            scheduleProduction(); // woke early (timer rounding)
            return;
        }
        const bool heartbeatDue =
            now.usecSinceEpoch - last.usecSinceEpoch >= qint64(m_config.idleBlockSeconds * 1e6);
        if (m_mempool.isEmpty() && !heartbeatDue) {
            // Idle: the next check is one check interval later on the same grid (REF: every 2.5 s).
            const qint64 step = std::max<qint64>(1000, qint64(idleCheckSeconds() * 1e6));
            while (m_nextCheckUs <= now.usecSinceEpoch)
                m_nextCheckUs += step;
            scheduleProduction();
            return;
        }
    } else {
        const double wait = m_mempool.isEmpty() ? m_config.idleBlockSeconds : m_config.blockTimeSeconds;
        if (now.usecSinceEpoch < last.usecSinceEpoch + qint64(wait * 1e6)) {
            scheduleProduction(); // woke early (timer rounding); not due yet
            return;
        }
    }

    AccountState state = m_store.accounts(chain);
    BlockWrite w;
    w.block.chainId = chain;
    w.block.height = parent->height + 1;
    w.block.parentHash = parent->hash;
    w.block.proposer = m_proposer;
    w.block.timestamp = now.dbText();
    // §4.2: the stored root is the state after the previous block (the node hashes stale objects).
    w.block.stateRoot = accountStateRoot(state);

    QList<MempoolEntry> queue = m_mempool;
    std::stable_sort(queue.begin(), queue.end(), [](const MempoolEntry& a, const MempoolEntry& b) {
        return a.fee != b.fee ? a.fee > b.fee : a.sequence < b.sequence;
    });
    QSet<QString> drained;
    QSet<QString> touched;
    QStringList hashes;
    qint64 bytes = 0;
    for (const MempoolEntry& e : queue) {
        if (hashes.size() >= m_config.maxTxPerBlock)
            break;
        const qint64 size = json::dumpCompact(e.normalized).size();
        if (bytes + size > kMaxBlockBytes && !hashes.isEmpty())
            break;
        drained.insert(e.hash);
        const json::Value& n = e.normalized;
        const QString from = n[QStringLiteral("from")].toString();
        const QString to = n[QStringLiteral("to")].toString();
        const qint64 amount = n[QStringLiteral("amount")].toInt64().value_or(0);
        const qint64 fee = n[QStringLiteral("fee")].toInt64().value_or(0);
        const json::Value& payload = n[QStringLiteral("payload")];
        // MESSAGE semantics (state_transition.py): amount must be 0, only the fee is charged.
        const bool message = payload[QStringLiteral("type")].toString() == QLatin1String("MESSAGE");
        auto senderIt = state.find(from);
        const qint64 cost = message ? fee : amount + fee;
        if (senderIt == state.end() || senderIt->second.balance < cost || (message && amount != 0)) {
            qCInfo(lcDevnet) << "dropping" << e.hash << "at inclusion";
            continue; // REF drops invalid transactions silently
        }
        const qint64 nonceBefore = senderIt->second.nonce;
        state.try_emplace(to, AccountRow{to, 0, 0});
        state[from].balance -= cost;
        state[from].nonce += 1;
        if (!message)
            state[to].balance += amount;
        touched << from << to;
        bytes += size;

        TxRow t;
        t.chainId = chain;
        t.txHash = e.hash;
        t.blockHeight = w.block.height;
        t.sender = from;
        t.recipient = to;
        t.payload = storedPayloadText(payload);
        t.createdAt = protocol::MicroTime::now().dbText();
        // §4.2: the proposer stores (sender nonce before the tx) - 1; fixed quirks store the real nonce.
        t.nonce = m_config.quirks == Quirks::Ref ? nonceBefore - 1 : nonceBefore;
        t.value = amount;
        t.fee = fee;
        t.type = n[QStringLiteral("type")].toString();
        t.status = QStringLiteral("confirmed");
        t.timestamp = now.sqliteAdapterText();
        w.transactions.append(t);
        hashes << e.hash;
    }
    for (const QString& a : touched)
        w.accounts.append(state.at(a));
    w.block.txCount = hashes.size();
    w.block.hash = protocol::computeBlockHash(chain, w.block.height, w.block.parentHash,
                                              protocol::blockHashTimestamp(now), hashes);
    if (const auto committed = m_store.commit(w); !committed) {
        qCWarning(lcDevnet) << "block" << w.block.height << "not committed:" << committed.error().message;
        m_produceTimer->start(1000);
        return;
    }
    m_mempool.erase(std::remove_if(m_mempool.begin(), m_mempool.end(),
                                   [&](const MempoolEntry& e) { return drained.contains(e.hash); }),
                    m_mempool.end());
    qCInfo(lcDevnet) << "block" << w.block.height << w.block.hash << "txs" << hashes.size();
    // REF sleeps one block time after sealing before it looks again.
    m_nextCheckUs = now.usecSinceEpoch + qint64(m_config.blockTimeSeconds * 1e6);
    noteCommitted(w.block.height, w.block.hash);
    scheduleProduction();
}

} // namespace aitbc::devnet
