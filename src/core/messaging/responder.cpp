#include "messaging/responder.h"

#include "messaging/acknowledgments.h"

#include "messaging/display_text.h"
#include "messaging/encrypted_envelope.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/messaging_log.h"

namespace aitbc::messaging {

Responder::Responder(QString address, chain::Node* reader, MessageSender* sender, ResponderConfig config,
                     QString statePath, QObject* parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_reader(reader)
    , m_sender(sender)
    , m_config(config)
    , m_statePath(std::move(statePath))
    , m_engine(config, &m_state)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer.setInterval(2000); // the guide's poll interval (§6.1)
    connect(&m_timer, &QTimer::timeout, this, &Responder::poll);
}

Responder::~Responder() = default;

void Responder::say(const QString& line) {
    qCInfo(lcResponder).noquote() << m_address << line;
    emit log(line);
}

Result<void> Responder::start() {
    for (const ResponderRule& r : m_config.rules) {
        if (const QString p = r.problem(); !p.isEmpty())
            return Error{QStringLiteral("rule '%1': %2").arg(r.trigger, p)};
    }
    Result<ResponderState> loaded = ResponderState::load(m_statePath);
    if (!loaded)
        return loaded.error();
    m_state = std::move(loaded).value();
    if (!m_state.address.isEmpty() && m_state.address != m_address)
        return Error{QStringLiteral("state file %1 belongs to %2, not %3")
                         .arg(m_statePath, m_state.address, m_address)};
    m_state.address = m_address;
    if (m_config.startHeight >= 0 && m_state.startHeight < 0)
        m_state.startHeight = m_config.startHeight;
    if (m_state.startHeight >= 0)
        emit startHeightKnown(m_state.startHeight);
    say(tr("Responder started for %1 (%2 rule(s), from height %3; answering %4%5; at most %6 replies "
           "and %7 per sender per %8 s; fee budget %9)")
            .arg(m_address)
            .arg(m_config.rules.size())
            .arg(m_state.startHeight >= 0 ? QString::number(m_state.startHeight) : tr("the current head"))
            .arg(m_config.verifiedOnly ? tr("verified messages only") : tr("verified and unsigned messages"))
            .arg(m_config.allow.isEmpty()
                     ? QString()
                     : tr(" from %n allowed sender(s)", nullptr, int(m_config.allow.size())))
            .arg(m_config.maxReplies)
            .arg(m_config.maxRepliesPerSender)
            .arg(m_config.windowSeconds)
            .arg(m_config.maxFeePerDay >= 0 ? tr("%1 per day").arg(m_config.maxFeePerDay) : tr("none")));
    m_timer.start();
    QTimer::singleShot(0, this, &Responder::poll);
    return {};
}

void Responder::stop() {
    if (m_timer.isActive())
        say(tr("Responder stopped"));
    m_timer.stop();
}

bool Responder::saveState() {
    if (const Result<void> saved = m_state.save(m_statePath); !saved) {
        say(tr("Cannot save the responder state: %1. Stopping so nothing is answered twice.")
                .arg(saved.error().message));
        stop();
        return false;
    }
    return true;
}

void Responder::poll() {
    if (m_polling || !m_timer.isActive() || !m_reader || !m_sender || !m_sender->isReady())
        return;
    m_polling = true;
    if (m_state.startHeight < 0) {
        // First start: everything up to the current head is history.
        whenFinished(this, m_reader->head(), [this](std::optional<chain::NodeResult<chain::BlockHeader>> h) {
            m_polling = false;
            if (!h || !h->ok()) {
                if (h)
                    say(tr("Node unavailable: %1").arg(h->error().message));
                return;
            }
            m_state.startHeight = h->value().height;
            m_state.chainId = m_reader->chainId();
            if (!saveState())
                return;
            say(tr("Answering messages above height %1").arg(m_state.startHeight));
            emit startHeightKnown(m_state.startHeight);
            poll();
        });
        return;
    }
    whenFinished(this, m_reader->messages(m_address),
                 [this](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                     if (!r || !r->ok()) {
                         m_polling = false;
                         if (r)
                             qCDebug(lcResponder) << "messages unavailable:" << r->error().message;
                         return;
                     }
                     process(r->value());
                 });
}

namespace {

/// Whether the payload names a message it answers, whatever the member's type or the message's
/// authorship: any reply, even a malformed one, is left alone.
bool isReply(const chain::ChainMessage& m) {
    const json::Value* p = messagePayloadObject(m.payload);
    return p && p->contains(QStringLiteral("in_reply_to"));
}

/// A hash or an address read from the chain, made safe for a log line.
QString shown(const QString& value) {
    return safeSingleLine(value, 90);
}

} // namespace

QHash<QString, OutboxEntry> Responder::outboxReplies() const {
    QHash<QString, OutboxEntry> out;
    if (!m_sender)
        return out;
    for (const OutboxEntry& e : m_sender->entries()) // oldest first: the newest per hash wins
        if (e.sender == m_address && !e.inReplyTo.isEmpty())
            out.insert(e.inReplyTo, e);
    return out;
}

QString Responder::Candidate::shownText(int maxChars) const {
    return encrypted ? QString::fromLatin1(kEncryptedMarker) : safeSingleLine(message.text, maxChars);
}

void Responder::process(const QList<chain::ChainMessage>& messages) {
    m_ledger.setChainId(m_reader ? m_reader->chainId() : QString());
    const QList<AuthorshipCheck> checks = m_ledger.check(messages);
    // Replies of this wallet on chain, by the hash they answer. Only validly signed ones count: the node
    // checks no signature, so anybody can put a "reply" from this address on chain.
    QHash<QString, QString> repliesOnChain;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        if (m.direction == chain::ChainMessage::Direction::Outgoing && m.sender == m_address &&
            checks[i].verified() && !checks[i].inReplyTo.isEmpty())
            repliesOnChain.insert(checks[i].inReplyTo, m.txHash);
    }
    // What the log says about each message a pending reply answers.
    QHash<QString, QString> authorshipOf;
    for (auto it = m_state.pending.cbegin(); it != m_state.pending.cend(); ++it)
        authorshipOf.insert(it.key(), tr("authorship unknown"));
    for (qsizetype i = 0; i < messages.size(); ++i)
        if (m_state.pending.contains(messages[i].txHash))
            authorshipOf.insert(messages[i].txHash, authorshipSummary(checks[i].status));
    const QDateTime now = m_clock();
    if (settlePending(repliesOnChain, outboxReplies(), authorshipOf, now) && !saveState()) {
        m_polling = false;
        return;
    }
    QList<Candidate> queue;
    const qint64 fee = m_sender ? m_sender->fee() : 0;
    // The wallet's encryption key, derived afresh per poll from the key the sender holds (nothing is kept).
    std::optional<crypto::X25519Key> mine;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        // Acknowledgments are never answered (nor acknowledged).
        if (m.direction != chain::ChainMessage::Direction::Incoming || m.blockHeight <= m_state.startHeight ||
            m_state.handled.contains(m.txHash) || m_ignored.contains(m.txHash) || isAckPayload(m.payload))
            continue;
        Candidate c{m, MessageFacts{checks[i].status, isReply(m), fee}};
        const json::Value* payload = messagePayloadObject(m.payload);
        if (payload && isEncryptedPayload(*payload)) {
            if (!mine) {
                const crypto::Ed25519Key* key = m_sender ? m_sender->unlockedKey(m_address) : nullptr;
                if (!key)
                    continue; // locked: looked at again once the wallet is unlocked
                auto derived = crypto::X25519Key::fromEd25519Seed(key->seed().view());
                if (!derived)
                    continue;
                mine.emplace(std::move(derived.value()));
            }
            const DecryptionResult opened = decryptStoredMessage(
                m.payload, m.sender, m.recipient, m_reader ? m_reader->chainId() : QString(), &*mine);
            if (opened.status != EncryptionStatus::Decrypted) {
                // Nothing to match on: never answered, whatever a rule would make of the marker.
                m_ignored.insert(m.txHash);
                m_unreadable.insert(m.txHash);
                say(tr("An encrypted message from %1 at height %2 cannot be opened (%3); not answered")
                        .arg(shown(m.sender))
                        .arg(m.blockHeight)
                        .arg(encryptionStatusName(opened.status)));
                continue;
            }
            c.message.text = opened.text;
            c.encrypted = true;
        }
        queue.append(c);
    }
    if (m_acknowledge)
        sendAcknowledgments(messages, checks, repliesOnChain);
    handleNext(queue, repliesOnChain);
}

void Responder::sendAcknowledgments(const QList<chain::ChainMessage>& messages,
                                    const QList<AuthorshipCheck>& checks,
                                    const QHash<QString, QString>& repliesOnChain) {
    if (!m_sender)
        return;
    // What this wallet already acknowledged: its verified acknowledgments on chain, and the outbox.
    QSet<QString> done = m_ackQueued;
    done.unite(m_state.acknowledged);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        if (m.sender == m_address && checks[i].verified() && isAckPayload(m.payload))
            if (const auto hashes = parseAckText(m.text))
                for (const QString& h : *hashes)
                    done.insert(h);
    }
    for (const OutboxEntry& e : m_sender->entries())
        if (e.sender == m_address)
            if (const auto hashes = parseAckText(e.text))
                for (const QString& h : *hashes)
                    done.insert(h);
    QMap<QString, QStringList> bySender;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        // Only messages looked at by an earlier poll, so a message that gets a reply is not acknowledged
        // as well: the reply is its acknowledgment.
        const bool lookedAt = m_state.handled.contains(m.txHash) ||
                              (m_ignored.contains(m.txHash) && !m_unreadable.contains(m.txHash));
        if (m.direction != chain::ChainMessage::Direction::Incoming || m.sender == m_address ||
            m.blockHeight <= m_state.startHeight || !checks[i].verified() || isAckPayload(m.payload) ||
            isReply(m) || !lookedAt || done.contains(m.txHash) || repliesOnChain.contains(m.txHash) ||
            m_state.pending.contains(m.txHash) || m_sender->hasReplyTo(m.txHash))
            continue;
        bySender[m.sender].append(m.txHash);
    }
    for (auto it = bySender.cbegin(); it != bySender.cend(); ++it) {
        for (qsizetype from = 0; from < it->size(); from += kMaxAckHashes) {
            const QStringList batch = it->mid(from, kMaxAckHashes);
            for (const QString& h : batch)
                m_ackQueued.insert(h);
            const QString to = it.key();
            whenFinished(this, m_sender->enqueue(m_address, to, ackText(batch), {}),
                         [this, to, batch](std::optional<qint64> id) {
                             if (!id || *id < 0)
                                 return;
                             // In the outbox first, then in the state file: a crash in between leaves
                             // the outbox entry, which the next run finds.
                             for (const QString& h : batch)
                                 m_state.acknowledged.insert(h);
                             saveState();
                             say(tr("Acknowledging %1 message(s) of %2").arg(batch.size()).arg(shown(to)));
                         });
        }
    }
}

bool Responder::settlePending(const QHash<QString, QString>& repliesOnChain,
                              const QHash<QString, OutboxEntry>& repliesInOutbox,
                              const QHash<QString, QString>& authorshipOf, const QDateTime& now) {
    bool changed = false;
    const QStringList hashes = m_state.pending.keys();
    for (const QString& hash : hashes) {
        QString replyHash = repliesOnChain.value(hash);
        const auto e = repliesInOutbox.constFind(hash);
        if (replyHash.isEmpty() && e != repliesInOutbox.constEnd() && e->state == OutboxState::Confirmed)
            replyHash = e->txHash;
        if (!replyHash.isEmpty()) {
            m_engine.markAnswered(hash);
            changed = true;
            say(tr("The reply to %1 (%2) is on chain (%3)")
                    .arg(shown(hash), authorshipOf.value(hash), shown(replyHash)));
            emit answered(hash, replyHash);
            continue;
        }
        if (e == repliesInOutbox.constEnd() || e->state != OutboxState::Failed)
            continue; // on its way (or in an outbox this responder does not use)
        PendingReply& p = m_state.pending[hash];
        if (!p.retryAt.isValid()) {
            const int delay = m_engine.retryDelaySeconds(p.retries + 1);
            p.retryAt = now.addSecs(delay);
            changed = true;
            say(tr("The node refused the reply to %1 (%2): %3; sending it again in %4 s")
                    .arg(shown(hash), authorshipOf.value(hash), safeSingleLine(e->reason, 240))
                    .arg(delay));
            emit replyRefused(hash, e->reason, delay);
        } else if (now >= p.retryAt) {
            ++p.retries;
            p.retryAt = QDateTime();
            changed = true;
            say(tr("Sending the reply to %1 (%2) again (retry %3)")
                    .arg(shown(hash), authorshipOf.value(hash))
                    .arg(p.retries));
            m_sender->retry(e->id);
        }
    }
    return changed;
}

void Responder::handleNext(QList<Candidate> queue, QHash<QString, QString> repliesOnChain) {
    if (queue.isEmpty() || !m_timer.isActive() || !m_sender) {
        m_polling = false;
        return;
    }
    const Candidate c = queue.takeFirst();
    const chain::ChainMessage& m = c.message;
    const QString authorship = authorshipSummary(c.facts.authorship);
    auto next = [this, queue, repliesOnChain] {
        if (saveState())
            handleNext(queue, repliesOnChain);
        else
            m_polling = false;
    };
    // Already answered, although the state file does not say so (lost, or new): never a second reply.
    if (const QString reply = repliesOnChain.value(m.txHash); !reply.isEmpty()) {
        m_engine.markAnswered(m.txHash);
        say(tr("\"%1\" from %2 (%3) at height %4 is already answered on chain (%5)")
                .arg(c.shownText(60), shown(m.sender), authorship)
                .arg(m.blockHeight)
                .arg(shown(reply)));
        next();
        return;
    }
    if (m_sender->hasReplyTo(m.txHash)) {
        m_state.handled.insert(m.txHash, QStringLiteral("replying"));
        m_state.pending.insert(m.txHash, PendingReply{});
        say(tr("\"%1\" from %2 (%3) at height %4 already has a reply in the outbox")
                .arg(c.shownText(60), shown(m.sender), authorship)
                .arg(m.blockHeight));
        next();
        return;
    }
    if (m_statusSource && isStatusRequest(m.text)) {
        answerStatusRequest(c, queue, repliesOnChain);
        return;
    }
    const QDateTime now = m_clock();
    const ResponderDecision d = m_engine.consider(m, c.facts, now);
    switch (d.kind) {
    case ResponderDecision::Kind::Ignore:
        m_ignored.insert(m.txHash);
        handleNext(queue, repliesOnChain);
        return;
    case ResponderDecision::Kind::RateLimited:
    case ResponderDecision::Kind::OverBudget:
    case ResponderDecision::Kind::Refused:
        m_engine.record(m.txHash, d.kind, now);
        say(tr("Not answering \"%1\" from %2 (%3) at height %4: %5")
                .arg(c.shownText(60), shown(m.sender), authorship)
                .arg(m.blockHeight)
                .arg(d.reason));
        next();
        return;
    case ResponderDecision::Kind::Reply:
        break;
    }
    const qint64 fee = c.facts.fee;
    const QString shownText = c.shownText(60);
    const QString shownReply =
        c.encrypted ? QString::fromLatin1(kEncryptedMarker) : safeSingleLine(d.reply, 60);
    whenFinished(this, m_sender->enqueue(m_address, m.sender, d.reply, m.txHash, c.encrypted),
                 [this, m, d, now, fee, authorship, next, shownText, shownReply](std::optional<qint64> id) {
                     if (!id || *id < 0) {
                         say(tr("Could not queue the reply to %1; will try again").arg(m.txHash));
                         m_polling = false;
                         return;
                     }
                     m_engine.record(m.txHash, ResponderDecision::Kind::Reply, now, m.sender, fee);
                     if (!saveState()) {
                         m_polling = false;
                         return;
                     }
                     say(tr("Received \"%1\" from %2 (%3) at height %4: replying \"%5\"")
                             .arg(shownText, shown(m.sender), authorship)
                             .arg(m.blockHeight)
                             .arg(shownReply));
                     emit replied(m.txHash, *id);
                     next();
                 });
}

} // namespace aitbc::messaging
