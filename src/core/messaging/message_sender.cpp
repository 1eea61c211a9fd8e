#include "messaging/message_sender.h"

#include "messaging/acknowledgments.h"
#include "messaging/agent_directory.h"

#include "messaging/envelope.h"
#include "messaging/future_util.h"
#include "messaging/messaging_log.h"
#include "messaging/outbox_store.h"
#include "protocol/ref_request.h"
#include "json/canonical.h"
#include "json/parse.h"

#include <QCoreApplication>
#include <QtConcurrent>
#include <QUuid>

namespace aitbc::messaging {

namespace {

/// Blocks searched per tick: a long outage is caught up over several ticks instead of one huge read.
constexpr qint64 kScanChunk = 200;

/// How long a sender's lease lasts without renewal (every tick renews it). A process that died holding it
/// delays that sender's messages by at most this much; one that is merely slow loses it and finds its
/// next conditional write refused.
constexpr qint64 kLeaseMs = 15000;

using WriteResult = OutboxStore::WriteResult;

bool contains(const QString& haystack, const char* needle) {
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

/// The node already has this exact transaction (§1.3): it was accepted earlier, answer lost.
bool alreadyKnown(const QString& reason) {
    return contains(reason, "is already pending") || contains(reason, "is already confirmed");
}

/// Nonce conflicts (§1.3, §1.5): another transaction of the sender is pending or the nonce moved on.
/// Not a failure: the next tick looks at the mempool and the chain again and re-decides.
bool nonceConflict(const QString& reason) {
    return contains(reason, "invalid nonce") || contains(reason, "pending nonce") ||
           contains(reason, "already used nonce");
}

QString shortHash(const QString& h) {
    return h.size() > 14 ? h.left(10) + QStringLiteral("\u2026") : h;
}

} // namespace

struct MessageSender::Tick {
    /// Per sender whose lease this process holds: its message in flight, else its oldest queued one.
    QList<OutboxEntry> active;
    bool anyInFlight = false;
    QSet<QString> mempool;
    QHash<QString, chain::Account> accounts;
    qint64 head = -1;
};

struct MessageSender::Refreshed {
    bool ok = false;
    QString error;
    bool reloaded = false; ///< `entries` holds the file's content (else nobody else wrote since)
    QList<OutboxEntry> entries;
    QList<std::pair<QString, QString>> held; ///< (chain, sender) leases held after the claims
};

namespace {

struct WriteOutcome {
    WriteResult result = WriteResult::Failed;
    OutboxEntry stored;
    QString error;
};

} // namespace

MessageSender::MessageSender(QString outboxPath, chain::Node* node, KeyProvider keys, QObject* parent)
    : QObject(parent)
    , m_path(std::move(outboxPath))
    , m_node(node)
    , m_keys(std::move(keys))
    , m_store(std::make_shared<OutboxStore>(m_path))
    , m_owner(QStringLiteral("pid %1 %2")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))) {
    m_dbPool.setMaxThreadCount(1);
    m_dbPool.setExpiryTimeout(-1); // the SQLite connection belongs to that one thread for good
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MessageSender::tick);
}

MessageSender::~MessageSender() {
    m_dead = true;
    m_timer.stop();
    // Close the connection on the thread that opened it. Not QFuture::waitForFinished(): when the task
    // has not started yet, that runs it right here, on this thread (QThreadPool "steals" it), and SQLite
    // would be closed from a thread that does not own the connection. waitForDone() only waits.
    auto store = std::move(m_store);
    // The leases go back at once, so that other processes need not wait for them to expire; a sender
    // stopped by the crash hook keeps them, as a killed process would.
    const QString owner = m_crashed ? QString() : m_owner;
    m_dbPool.start([s = std::move(store), owner]() mutable {
        if (!owner.isEmpty() && s->isOpen())
            s->releaseSender(owner);
        s.reset();
    });
    m_dbPool.waitForDone();
}

void MessageSender::setPollInterval(int ms) {
    m_timer.setInterval(qMax(10, ms));
}

void MessageSender::setNode(chain::Node* node) {
    m_node = node;
    m_chainId.clear();
    m_scannedUpTo.clear();
    m_found.clear();
    m_nextNonce.clear();
    poke();
}

void MessageSender::start() {
    auto store = m_store;
    struct Opened {
        bool ok = false;
        QString error;
        QList<OutboxEntry> entries;
    };
    whenFinished(this,
                 QtConcurrent::run(&m_dbPool,
                                   [store] {
                                       Opened o;
                                       const Result<void> opened = store->open();
                                       o.ok = opened.ok();
                                       o.error = opened.error().message;
                                       if (o.ok)
                                           o.entries = store->entries();
                                       return o;
                                   }),
                 [this](std::optional<Opened> o) {
                     if (m_dead)
                         return;
                     if (!o || !o->ok) {
                         const QString error = o ? o->error : QStringLiteral("outbox worker cancelled");
                         emit log(tr("Outbox unavailable: %1").arg(error));
                         emit ready(false, error);
                         return;
                     }
                     m_entries = o->entries;
                     m_ready = true;
                     qCInfo(lcOutbox) << "outbox" << m_path << "loaded," << m_entries.size() << "messages";
                     emit ready(true, {});
                     m_timer.start();
                     poke();
                 });
}

QString MessageSender::recipientHasNoCardReason(const QString& recipient) {
    return tr("not sent: %1 has no valid agent card with an encryption key on this chain, and an encrypted "
              "message is never sent in clear")
        .arg(recipient);
}

QFuture<qint64> MessageSender::enqueue(const QString& from, const QString& to, const QString& text,
                                       const QString& inReplyTo, bool encrypt,
                                       const QByteArray& extraMembers) {
    OutboxEntry e;
    e.encrypt = encrypt;
    e.extraMembers = extraMembers;
    e.chainId = m_chainId;
    e.sender = from;
    e.recipient = to;
    e.text = text;
    e.inReplyTo = inReplyTo;
    e.state = OutboxState::Queued;
    e.createdAt = QDateTime::currentDateTimeUtc();
    auto store = m_store;
    // The store's error text is read on its own thread, with the write: the next write may change it.
    struct Inserted {
        std::optional<qint64> id;
        QString error;
    };
    QFuture<Inserted> written = QtConcurrent::run(&m_dbPool, [store, e] {
        Inserted r;
        if (store->isOpen())
            r.id = store->insert(e);
        if (!r.id)
            r.error = store->lastError();
        return r;
    });
    auto promise = std::make_shared<QPromise<qint64>>();
    promise->start();
    QFuture<qint64> result = promise->future();
    whenFinished(this, written, [this, e, promise](std::optional<Inserted> inserted) mutable {
        if (m_dead)
            return; // the promise is dropped unfinished, as in a crash
        if (!inserted || !inserted->id) {
            emit log(tr("Could not write the message to the outbox: %1")
                         .arg(inserted ? inserted->error : QStringLiteral("outbox worker cancelled")));
            promise->addResult(-1);
            promise->finish();
            return;
        }
        e.id = *inserted->id;
        m_entries.append(e);
        emit entryChanged(e);
        promise->addResult(e.id);
        promise->finish();
        if (crashAt(Stage::Written, e))
            return;
        poke();
    });
    return result;
}

void MessageSender::retry(qint64 id) {
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [id](const OutboxEntry& e) { return e.id == id; });
    if (it == m_entries.end() || it->state != OutboxState::Failed)
        return;
    OutboxEntry e = *it;
    e.state = OutboxState::Queued;
    e.reason.clear();
    persist(e, [this](bool, const OutboxEntry&) { poke(); });
}

void MessageSender::poke() {
    if (!m_ready || m_dead)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    QTimer::singleShot(0, this, &MessageSender::tick);
}

QList<OutboxEntry> MessageSender::entries() const {
    return m_entries;
}

std::optional<OutboxEntry> MessageSender::entry(qint64 id) const {
    for (const OutboxEntry& e : m_entries)
        if (e.id == id)
            return e;
    return std::nullopt;
}

bool MessageSender::hasReplyTo(const QString& txHash) const {
    return !txHash.isEmpty() && std::any_of(m_entries.begin(), m_entries.end(),
                                            [&](const OutboxEntry& e) { return e.inReplyTo == txHash; });
}

bool MessageSender::crashAt(Stage stage, const OutboxEntry& entry) {
    if (m_crashHook && m_crashHook(stage, entry)) {
        qCInfo(lcOutbox) << "crash hook: stopping dead at stage" << int(stage) << "for message" << entry.id;
        m_dead = true;
        m_crashed = true;
        m_timer.stop();
        return true;
    }
    return false;
}

bool MessageSender::chainMatches(const OutboxEntry& e) const {
    return e.chainId.isEmpty() || e.chainId == m_chainId;
}

void MessageSender::setMirror(const OutboxEntry& entry) {
    for (OutboxEntry& e : m_entries) {
        if (e.id == entry.id) {
            e = entry;
            return;
        }
    }
    m_entries.append(entry);
}

void MessageSender::persist(const OutboxEntry& entry, Done done, bool signing) {
    auto store = m_store;
    OutboxStore::WriteGuard guard;
    if (signing) {
        // A new signature is written only by the sender's lease holder, and never while another message
        // of the sender is in flight: one process spends the sender's nonces, one text per nonce.
        guard.leaseOwner = m_owner;
        guard.soleInFlight = entry.state == OutboxState::Prepared;
    }
    whenFinished(this,
                 QtConcurrent::run(&m_dbPool,
                                   [store, entry, guard] {
                                       WriteOutcome w;
                                       w.stored = entry;
                                       if (store->isOpen())
                                           w.result = store->updateIfUnchanged(w.stored, guard);
                                       if (w.result != WriteResult::Written)
                                           w.error = store->lastError();
                                       return w;
                                   }),
                 [this, entry, done = std::move(done)](std::optional<WriteOutcome> w) {
                     if (m_dead)
                         return;
                     const WriteOutcome outcome = w.value_or(WriteOutcome{WriteResult::Failed, entry, {}});
                     writeFinished(outcome.result == WriteResult::Written, outcome.stored,
                                   int(outcome.result), done);
                     if (outcome.result == WriteResult::Failed)
                         emit log(tr("Could not write the outbox: %1").arg(outcome.error));
                 });
}

void MessageSender::persistSupersede(const OutboxEntry& old, const OutboxEntry& replacement,
                                     const QString& reason, Done done) {
    auto store = m_store;
    OutboxStore::WriteGuard guard;
    guard.leaseOwner = m_owner;
    guard.soleInFlight = replacement.state == OutboxState::Prepared;
    whenFinished(
        this,
        QtConcurrent::run(&m_dbPool,
                          [store, old, replacement, reason, guard] {
                              WriteOutcome w;
                              w.stored = replacement;
                              if (store->isOpen())
                                  w.result = store->supersedeIfUnchanged(old, w.stored, reason, guard);
                              if (w.result != WriteResult::Written)
                                  w.error = store->lastError();
                              return w;
                          }),
        [this, replacement, done = std::move(done)](std::optional<WriteOutcome> w) {
            if (m_dead)
                return;
            const WriteOutcome outcome = w.value_or(WriteOutcome{WriteResult::Failed, replacement, {}});
            writeFinished(outcome.result == WriteResult::Written, outcome.stored, int(outcome.result), done);
            if (outcome.result == WriteResult::Failed)
                emit log(tr("Could not write the outbox: %1").arg(outcome.error));
        });
}

void MessageSender::writeFinished(bool ok, const OutboxEntry& stored, int result, const Done& done) {
    if (ok) {
        setMirror(stored);
        emit entryChanged(stored);
    } else if (WriteResult(result) == WriteResult::Conflict) {
        // Another process changed the message (or took the sender over): what was decided here is void.
        // Re-read the file and decide again, at once.
        qCInfo(lcOutbox) << "message" << stored.id << "was changed by another process; re-reading the outbox";
        m_forceReload = true;
        m_again = true;
    }
    done(ok, stored);
}

// ---- the tick ------------------------------------------------------------------------------------------

void MessageSender::tick() {
    if (!m_ready || m_dead || m_busy || !m_node)
        return;
    m_busy = true;
    m_again = false;
    auto t = std::make_shared<Tick>();
    resolveChain(t);
}

void MessageSender::finishTick() {
    m_busy = false;
    emit pollFinished();
    if (m_again && !m_dead)
        poke();
}

void MessageSender::abandonTick() {
    if (!m_held.isEmpty()) {
        auto store = m_store;
        m_dbPool.start([store, owner = m_owner] {
            if (store->isOpen())
                store->releaseSender(owner);
        });
        m_held.clear();
    }
    finishTick();
}

void MessageSender::resolveChain(std::shared_ptr<Tick> t) {
    if (!m_chainId.isEmpty() || !m_node->chainId().isEmpty()) {
        if (m_chainId.isEmpty())
            m_chainId = m_node->chainId();
        refresh(t);
        return;
    }
    // The hash covers the node's own chain id (§1.2), which /health reveals.
    whenFinished(this, m_node->health(), [this, t](std::optional<chain::NodeResult<chain::NodeHealth>> h) {
        if (m_dead)
            return;
        if (!h || !h->ok()) {
            finishTick();
            return;
        }
        m_chainId = m_node->chainId();
        if (m_chainId.isEmpty())
            m_chainId = h->value().supportedChains.value(0);
        if (m_chainId.isEmpty()) {
            emit log(tr("The node does not tell its chain id; messages wait."));
            finishTick();
            return;
        }
        refresh(t);
    });
}

void MessageSender::refresh(std::shared_ptr<Tick> t) {
    // Only senders whose messages this process can sign are claimed, and senders with a message in
    // flight (finishing it needs no key), so that a dashboard with a locked wallet never holds up an
    // `aitbc-agent` run that has the key.
    QSet<QString> checked;
    QSet<QString> signable;
    for (const OutboxEntry& e : std::as_const(m_entries)) {
        if (e.isFinal() || checked.contains(e.sender))
            continue;
        checked.insert(e.sender);
        if (m_keys && m_keys(e.sender))
            signable.insert(e.sender);
    }
    const bool force = m_forceReload;
    m_forceReload = false;
    auto store = m_store;
    whenFinished(
        this,
        QtConcurrent::run(&m_dbPool,
                          [store, seen = m_seenDataVersion, force, mirror = m_entries, signable,
                           chainId = m_chainId, owner = m_owner, heldBefore = m_held] {
                              Refreshed r;
                              const qint64 version = store->dataVersion();
                              if (version < 0) {
                                  r.error = store->lastError();
                                  return r;
                              }
                              QList<OutboxEntry> current = mirror;
                              if (force || version != *seen) {
                                  bool ok = false;
                                  current = store->entries({}, &ok);
                                  if (!ok) {
                                      r.error = store->lastError();
                                      return r;
                                  }
                                  *seen = version;
                                  r.reloaded = true;
                                  r.entries = current;
                              }
                              QStringList wanted;
                              for (const OutboxEntry& e : std::as_const(current)) {
                                  if (e.isFinal() || !(e.chainId.isEmpty() || e.chainId == chainId) ||
                                      wanted.contains(e.sender))
                                      continue;
                                  if (e.inFlight() || signable.contains(e.sender))
                                      wanted.append(e.sender);
                              }
                              for (const QString& sender : std::as_const(wanted))
                                  if (store->claimSender(chainId, sender, owner, kLeaseMs))
                                      r.held.append({chainId, sender});
                              for (const auto& h : heldBefore)
                                  if (!r.held.contains(h))
                                      store->releaseSender(owner, h.first, h.second);
                              r.ok = true;
                              return r;
                          }),
        [this, t, signable](std::optional<Refreshed> r) {
            if (m_dead)
                return;
            if (!r || !r->ok) {
                qCInfo(lcOutbox) << "outbox not re-read:" << (r ? r->error : QStringLiteral("cancelled"));
                m_forceReload = true;
                finishTick();
                return;
            }
            applyRefreshed(*r);
            if (m_dead)
                return;
            for (const auto& [chain, sender] : std::as_const(m_held)) {
                std::optional<OutboxEntry> pick;
                for (const OutboxEntry& e : std::as_const(m_entries)) {
                    if (e.sender != sender || e.isFinal() || !chainMatches(e))
                        continue;
                    if (e.inFlight()) {
                        pick = e;
                        break;
                    }
                    if (!pick)
                        pick = e;
                }
                if (pick) {
                    t->active.append(*pick);
                    t->anyInFlight = t->anyInFlight || pick->inFlight();
                }
            }
            // A queued message of a locked wallet says why it waits (not written: nothing changed).
            QSet<QString> annotated;
            QList<OutboxEntry> changed;
            for (OutboxEntry& e : m_entries) {
                if (e.isFinal() || !chainMatches(e) || annotated.contains(e.sender))
                    continue;
                annotated.insert(e.sender);
                if (e.state != OutboxState::Queued || signable.contains(e.sender))
                    continue;
                const QString why = tr("waiting for the wallet %1 to be unlocked").arg(e.sender);
                if (e.reason != why) {
                    e.reason = why;
                    changed.append(e);
                }
            }
            for (const OutboxEntry& e : std::as_const(changed))
                emit entryChanged(e);
            if (m_dead)
                return;
            readMempool(t);
        });
}

void MessageSender::applyRefreshed(const Refreshed& r) {
    m_held = r.held;
    if (!r.reloaded)
        return;
    QHash<qint64, OutboxEntry> before;
    for (const OutboxEntry& e : std::as_const(m_entries))
        before.insert(e.id, e);
    m_entries = r.entries;
    QSet<QString> liveHashes;
    for (const OutboxEntry& e : std::as_const(m_entries))
        if (e.inFlight())
            liveHashes.insert(e.txHash);
    for (auto it = m_scannedUpTo.begin(); it != m_scannedUpTo.end();)
        it = liveHashes.contains(it.key()) ? std::next(it) : m_scannedUpTo.erase(it);
    for (auto it = m_found.begin(); it != m_found.end();)
        it = liveHashes.contains(it.key()) ? std::next(it) : m_found.erase(it);
    QList<OutboxEntry> changed;
    for (OutboxEntry& e : m_entries) {
        const auto it = before.constFind(e.id);
        if (it == before.constEnd() || it->revision != e.revision)
            changed.append(e);
        else
            e.reason = it->reason; // unchanged on disk: keep what only this process knows (a locked wallet)
    }
    // What other processes wrote reaches this process's listeners (the dashboard, a waiting CLI run).
    for (const OutboxEntry& e : std::as_const(changed))
        emit entryChanged(e);
}

void MessageSender::readMempool(std::shared_ptr<Tick> t) {
    if (t->active.isEmpty()) {
        finishTick();
        return;
    }
    if (!t->anyInFlight) {
        readAccounts(t, 0);
        return;
    }
    // Order matters: mempool, then accounts, then head and blocks. A transaction that is not in the
    // mempool any more when it is read has then surely reached the chain read after it, if included.
    whenFinished(this, m_node->mempool(),
                 [this, t](std::optional<chain::NodeResult<QList<chain::MempoolEntry>>> m) {
                     if (m_dead)
                         return;
                     if (!m || !m->ok()) {
                         if (m)
                             qCDebug(lcOutbox) << "mempool unavailable:" << m->error().message;
                         abandonTick(); // without the mempool nothing may be re-sent: wait
                         return;
                     }
                     for (const chain::MempoolEntry& e : m->value())
                         t->mempool.insert(e.txHash);
                     readAccounts(t, 0);
                 });
}

void MessageSender::readAccounts(std::shared_ptr<Tick> t, int index) {
    if (index >= t->active.size()) {
        readHead(t);
        return;
    }
    const QString sender = t->active.at(index).sender;
    whenFinished(this, m_node->account(sender),
                 [this, t, index, sender](std::optional<chain::NodeResult<chain::Account>> a) {
                     if (m_dead)
                         return;
                     if (!a || !a->ok()) {
                         abandonTick();
                         return;
                     }
                     t->accounts.insert(sender, a->value());
                     readAccounts(t, index + 1);
                 });
}

void MessageSender::readHead(std::shared_ptr<Tick> t) {
    whenFinished(this, m_node->head(), [this, t](std::optional<chain::NodeResult<chain::BlockHeader>> h) {
        if (m_dead)
            return;
        if (!h || !h->ok()) {
            abandonTick();
            return;
        }
        t->head = h->value().height;
        scanBlocks(t);
    });
}

void MessageSender::scanBlocks(std::shared_ptr<Tick> t) {
    // Each in-flight hash is searched from its own start: the block its attempt was prepared at, or the
    // block after the last one already searched for it.
    auto startOf = [this](const OutboxEntry& e) {
        return qMax<qint64>(qMax<qint64>(m_scannedUpTo.value(e.txHash, -1) + 1, e.sinceHeight), 0);
    };
    auto searched = [this, t, startOf](const OutboxEntry& e) {
        return !e.inFlight() || t->mempool.contains(e.txHash) || m_found.contains(e.txHash) ||
               startOf(e) > t->head;
    };
    qint64 from = -1;
    for (const OutboxEntry& e : std::as_const(t->active))
        if (!searched(e))
            from = from < 0 ? startOf(e) : qMin(from, startOf(e));
    if (from < 0) {
        decide(t, 0);
        return;
    }
    const qint64 to = qMin(t->head, from + kScanChunk - 1);
    whenFinished(this, m_node->blocks(from, to, true),
                 [this, t, to, startOf, searched](std::optional<chain::NodeResult<QList<chain::Block>>> r) {
                     if (m_dead)
                         return;
                     if (!r || !r->ok()) {
                         abandonTick();
                         return;
                     }
                     QSet<QString> wanted;
                     for (const OutboxEntry& e : std::as_const(t->active))
                         if (!searched(e))
                             wanted.insert(e.txHash);
                     for (const chain::Block& b : r->value())
                         for (const chain::Transaction& tx : b.transactions)
                             if (wanted.contains(tx.txHash))
                                 m_found.insert(tx.txHash, {b.header.height, b.header.timestamp});
                     for (const OutboxEntry& e : std::as_const(t->active))
                         if (wanted.contains(e.txHash) && startOf(e) <= to)
                             m_scannedUpTo.insert(e.txHash, to);
                     scanBlocks(t); // the rest of a long gap, or on to decide()
                 });
}

void MessageSender::decide(std::shared_ptr<Tick> t, int index) {
    if (m_dead)
        return;
    if (index >= t->active.size()) {
        finishTick();
        return;
    }
    OutboxEntry e = t->active.at(index);
    auto next = [this, t, index](bool, const OutboxEntry&) { decide(t, index + 1); };
    const chain::Account account = t->accounts.value(e.sender);

    if (e.inFlight()) {
        if (auto hit = m_found.constFind(e.txHash); hit != m_found.constEnd()) {
            e.state = OutboxState::Confirmed;
            e.blockHeight = hit->first;
            e.blockTime = hit->second;
            e.confirmedAt = QDateTime::currentDateTimeUtc();
            e.reason.clear();
            m_nextNonce.insert(e.sender, e.nonce + 1);
            emit log(tr("Message %1 to %2 confirmed at height %3 (%4)")
                         .arg(e.id)
                         .arg(e.recipient)
                         .arg(e.blockHeight)
                         .arg(shortHash(e.txHash)));
            persist(e, [this, next](bool ok, const OutboxEntry& stored) {
                next(ok, stored);
                poke(); // the sender's next message can go now
            });
            return;
        }
        if (t->mempool.contains(e.txHash)) {
            if (e.state == OutboxState::Prepared) {
                e.state = OutboxState::Submitted;
                e.reason.clear();
                if (!e.submittedAt.isValid())
                    e.submittedAt = QDateTime::currentDateTimeUtc();
                persist(e, next);
                return;
            }
            next(true, e);
            return;
        }
        // Neither in the mempool nor on chain (up to the head read after the mempool).
        if (account.nonce == e.nonce) {
            post(t, index, e); // same body, same nonce: at most one of them can ever be admitted
            return;
        }
        prepareAndPost(t, index, e,
                       tr("nonce %1 was used by another transaction (account nonce now %2)")
                           .arg(e.nonce)
                           .arg(account.nonce));
        return;
    }
    prepareAndPost(t, index, e, {});
}

void MessageSender::prepareAndPost(std::shared_ptr<Tick> t, int index, OutboxEntry e,
                                   const QString& supersedeReason) {
    const OutboxEntry old = e;
    const crypto::Ed25519Key* key = m_keys ? m_keys(e.sender) : nullptr;
    auto next = [this, t, index](bool, const OutboxEntry&) { decide(t, index + 1); };
    if (!key) {
        const QString waiting = tr("waiting for the wallet %1 to be unlocked").arg(e.sender);
        if (!supersedeReason.isEmpty()) {
            // The old attempt can never be included; it must not be re-sent either.
            OutboxEntry queued = e;
            queued.state = OutboxState::Queued;
            queued.reason = waiting;
            persistSupersede(old, queued, supersedeReason, next);
            return;
        }
        if (e.reason != waiting) {
            e.reason = waiting;
            setMirror(e);
            emit entryChanged(e);
        }
        next(true, e);
        return;
    }
    if (e.chainId.isEmpty())
        e.chainId = m_chainId;
    if (!e.encrypt) {
        signAndPost(t, index, e, supersedeReason, {});
        return;
    }
    // The recipient's key is looked up now, not when the message was written: a card published or
    // replaced in between is the one that counts.
    whenFinished(this, m_node->messages(e.recipient),
                 [this, t, index, e, supersedeReason,
                  next](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                     if (m_dead)
                         return;
                     if (!r || !r->ok()) {
                         abandonTick(); // the node failed: nothing is signed, the next tick asks again
                         return;
                     }
                     const std::optional<AgentEntry> card =
                         agentCardOf(r->value(), e.recipient, e.chainId, QDateTime::currentSecsSinceEpoch());
                     if (!card) {
                         OutboxEntry failed = e;
                         failed.state = OutboxState::Failed;
                         failed.reason = recipientHasNoCardReason(e.recipient);
                         emit log(tr("Message %1: %2").arg(e.id).arg(failed.reason));
                         if (!supersedeReason.isEmpty() && e.inFlight())
                             persistSupersede(e, failed, supersedeReason, next);
                         else
                             persist(failed, next, true);
                         return;
                     }
                     signAndPost(t, index, e, supersedeReason, card->card.encryptionKey);
                 });
}

void MessageSender::signAndPost(std::shared_ptr<Tick> t, int index, OutboxEntry e,
                                const QString& supersedeReason, const QByteArray& recipientKey) {
    const OutboxEntry old = e;
    auto next = [this, t, index](bool, const OutboxEntry&) { decide(t, index + 1); };
    // Asked again: the wallet may have been locked while the recipient's card was looked up.
    const crypto::Ed25519Key* key = m_keys ? m_keys(e.sender) : nullptr;
    if (!key) {
        next(true, e);
        return;
    }
    const chain::Account account = t->accounts.value(e.sender);
    OutgoingMessage m;
    m.chainId = e.chainId;
    m.from = e.sender;
    m.to = e.recipient;
    m.text = e.text;
    m.inReplyTo = e.inReplyTo;
    // An acknowledgment's text is its whole content; the ack_v member marks it (acknowledgments.h).
    if (parseAckText(e.text))
        m.extraMembers = ackMembers();
    else if (!e.extraMembers.isEmpty())
        if (const Result<json::Value> extra = json::parse(e.extraMembers))
            m.extraMembers = extra.value();
    m.fee = e.fee >= 0 ? e.fee : m_fee; // the operator may have set this message's own fee
    m.nonce = qMax(account.nonce, m_nextNonce.value(e.sender, 0));
    const Result<tx::SignedTransaction> signedTx =
        e.encrypt ? buildEncryptedMessageTransaction(m, *key, recipientKey)
                  : buildMessageTransaction(m, *key);
    if (!signedTx) {
        e.state = OutboxState::Failed;
        e.reason = tr("cannot encrypt the message: %1").arg(signedTx.error().message);
        if (!supersedeReason.isEmpty() && old.inFlight())
            persistSupersede(old, e, supersedeReason, next);
        else
            persist(e, next, true);
        return;
    }
    const Result<QString> predicted = protocol::predictNodeHash(signedTx->body, e.chainId);
    if (!predicted) {
        e.state = OutboxState::Failed;
        e.reason = tr("cannot build the transaction: %1").arg(predicted.error().message);
        persist(e, next);
        return;
    }
    e.state = OutboxState::Prepared;
    e.nonce = m.nonce;
    e.txHash = *predicted;
    e.body = json::dumpCompact(signedTx->body);
    e.sinceHeight = t->head;
    e.reason.clear();
    auto afterWrite = [this, t, index](bool ok, const OutboxEntry& stored) {
        if (!ok) {
            decide(t, index + 1); // not on disk: must not be sent
            return;
        }
        if (crashAt(Stage::Prepared, stored))
            return;
        post(t, index, stored);
    };
    if (!supersedeReason.isEmpty() && old.inFlight()) {
        emit log(tr("Message %1: re-signing with nonce %2 (%3)").arg(e.id).arg(e.nonce).arg(supersedeReason));
        persistSupersede(old, e, supersedeReason, afterWrite);
    } else {
        persist(e, afterWrite, true);
    }
}

void MessageSender::post(std::shared_ptr<Tick> t, int index, OutboxEntry e) {
    const Result<json::Value> body = json::parse(e.body);
    if (!body) {
        e.state = OutboxState::Failed;
        e.reason = tr("the stored transaction is unreadable");
        persist(e, [this, t, index](bool, const OutboxEntry&) { decide(t, index + 1); });
        return;
    }
    ++e.attempts;
    whenFinished(this, m_node->submit(*body),
                 [this, t, index, e](std::optional<chain::NodeResult<chain::SubmitResult>> r) {
                     if (m_dead)
                         return;
                     if (!r) {
                         decide(t, index + 1);
                         return;
                     }
                     onPosted(t, index, e, *r);
                 });
}

void MessageSender::onPosted(std::shared_ptr<Tick> t, int index, OutboxEntry e,
                             const chain::NodeResult<chain::SubmitResult>& r) {
    auto next = [this, t, index](bool, const OutboxEntry&) { decide(t, index + 1); };
    if (r.ok()) {
        if (crashAt(Stage::Posted, e))
            return;
        const QString nodeHash = r.value().txHash;
        if (!nodeHash.isEmpty() && nodeHash != e.txHash) {
            qCWarning(lcOutbox) << "node hash" << nodeHash << "differs from the predicted" << e.txHash;
            e.txHash = nodeHash;
        }
        e.state = OutboxState::Submitted;
        e.submittedAt = QDateTime::currentDateTimeUtc();
        e.reason.clear();
        emit log(
            tr("Sent message %1 to %2: in the mempool (%3)").arg(e.id).arg(e.recipient, shortHash(e.txHash)));
        persist(e, next);
        return;
    }
    const chain::NodeError& err = r.error();
    if (err.kind == chain::NodeError::Kind::Rejected) {
        if (alreadyKnown(err.message)) {
            e.state = OutboxState::Submitted;
            e.reason.clear();
            persist(e, next);
            return;
        }
        if (nonceConflict(err.message)) {
            e.reason = tr("waiting for the next block: %1").arg(err.message);
            persist(e, next);
            return;
        }
        // Balance, unknown sender, fee, schema: a retry cannot fix it (§1.3). The node's words, verbatim.
        e.state = OutboxState::Failed;
        e.reason = err.message;
        emit log(tr("The node refused message %1: %2").arg(e.id).arg(err.message));
        persist(e, next);
        return;
    }
    // Unreachable, timeout, 5xx, 429: the node may or may not have it; the next tick looks it up first.
    e.reason = tr("node unavailable, will retry: %1").arg(err.message);
    persist(e, next);
}

} // namespace aitbc::messaging
