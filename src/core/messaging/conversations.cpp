#include "messaging/conversations.h"

#include <QSet>

#include <algorithm>
#include <atomic>

namespace aitbc::messaging {

namespace {

bool isWord(const QString& text, const char* word) {
    return text.trimmed().compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

ThreadMessage::Status statusOf(const OutboxEntry& e) {
    switch (e.state) {
    case OutboxState::Queued:
    case OutboxState::Prepared:
        return ThreadMessage::Status::Queued;
    case OutboxState::Submitted:
        return ThreadMessage::Status::Mempool;
    case OutboxState::Confirmed:
        return ThreadMessage::Status::Confirmed;
    case OutboxState::Failed:
        return ThreadMessage::Status::Failed;
    }
    return ThreadMessage::Status::Queued;
}

/// Sort key: confirmed messages by height, then everything not yet in a block by the time it was written.
bool earlier(const ThreadMessage& a, const ThreadMessage& b) {
    const bool aOn = a.blockHeight >= 0;
    const bool bOn = b.blockHeight >= 0;
    if (aOn != bOn)
        return aOn; // on-chain history first, the outbox's pending tail after it
    if (aOn && a.blockHeight != b.blockHeight)
        return a.blockHeight < b.blockHeight;
    return a.time < b.time;
}

/// A revision no other row of any book has (ThreadMessage::revision).
quint64 nextRevision() {
    static std::atomic<quint64> last{0};
    return ++last;
}

/// The book's order of conversations: newest activity first, then by address.
bool newerFirst(const Conversation& a, const Conversation& b) {
    if (a.lastActivity != b.lastActivity)
        return a.lastActivity > b.lastActivity;
    return a.counterpart < b.counterpart;
}

/// Whether `b` is `a` as far as a thread shows it and the authorship cache keys it (hash, parties, text).
bool sameChainRow(const chain::ChainMessage& a, const chain::ChainMessage& b) {
    return a.txHash == b.txHash && a.blockHeight == b.blockHeight && a.direction == b.direction &&
           a.sender == b.sender && a.recipient == b.recipient && a.text == b.text &&
           a.timestamp == b.timestamp;
}

} // namespace

QString threadStatusName(ThreadMessage::Status s) {
    switch (s) {
    case ThreadMessage::Status::Queued:
        return QStringLiteral("queued");
    case ThreadMessage::Status::Mempool:
        return QStringLiteral("mempool");
    case ThreadMessage::Status::Confirmed:
        return QStringLiteral("confirmed");
    case ThreadMessage::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString threadStatusText(const ThreadMessage& m) {
    switch (m.status) {
    case ThreadMessage::Status::Queued:
        return QStringLiteral("queued");
    case ThreadMessage::Status::Mempool:
        return QStringLiteral("in the mempool");
    case ThreadMessage::Status::Confirmed:
        return QStringLiteral("confirmed at height %1").arg(m.blockHeight);
    case ThreadMessage::Status::Failed:
        return QStringLiteral("failed: %1").arg(m.failReason);
    }
    return {};
}

void ConversationBook::setOwner(const QString& address, const QString& chainId) {
    if (address == m_owner && chainId == m_chainId)
        return;
    m_owner = address;
    m_chainId = chainId;
    m_ledger.setChainId(chainId);
    m_chain.clear();
    m_chainThread.clear();
    m_outbox.clear();
    m_readMarks.clear();
    rebuild();
}

void ConversationBook::setChainMessages(const QList<chain::ChainMessage>& messages) {
    // Only messages after an unchanged prefix are converted and checked; anything else (a reorg, a
    // changed row) starts over. The replay rule looks only backwards in chain order, so verdicts of the
    // prefix cannot change by appending.
    qsizetype same = 0;
    const qsizetype n = qMin(messages.size(), m_chain.size());
    if (m_chainThread.size() == m_chain.size())
        while (same < n && sameChainRow(messages[same], m_chain[same]))
            ++same;
    const bool appended = same == m_chain.size() && same > 0;
    m_chain = messages;
    if (!appended) {
        m_chainThread.clear();
        convertFrom(0);
        rebuild();
        return;
    }
    convertFrom(same);
    if (!appendToConversations(same))
        rebuild();
}

void ConversationBook::appendChainMessages(const QList<chain::ChainMessage>& added) {
    if (added.isEmpty())
        return;
    if (m_chain.isEmpty() || m_chainThread.size() != m_chain.size())
        return setChainMessages(m_chain + added);
    const qsizetype from = m_chain.size();
    m_chain.append(added); // the book's own list: a history built by appends is never copied whole
    convertFrom(from);
    if (!appendToConversations(from))
        rebuild();
}

bool ConversationBook::appendToConversations(qsizetype from) {
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(m_conversations.size());
    for (qsizetype i = 0; i < m_conversations.size(); ++i)
        indexOf.insert(m_conversations[i].counterpart, i);
    QSet<QString> outboxHashes;
    for (const OutboxEntry& e : std::as_const(m_outbox))
        if (!e.txHash.isEmpty())
            outboxHashes.insert(e.txHash);
    // First only look: every new row must go at the end of its conversation and change nothing else.
    QHash<QString, const ThreadMessage*> lastOf;
    for (qsizetype i = from; i < m_chainThread.size(); ++i) {
        const ThreadMessage& m = m_chainThread[i];
        if (outboxHashes.contains(m.txHash) || m_withOutboxRows.contains(m.counterpart))
            return false; // merged with the outbox, or pending messages sort after it
        // An answer may pair with a ping (a round trip on an older row): the rebuild settles that.
        if (!m.outgoing && (!m.inReplyTo.isEmpty() || isWord(m.text, "pong")))
            return false;
        const ThreadMessage* last = lastOf.value(m.counterpart);
        if (!last) {
            const qsizetype c = indexOf.value(m.counterpart, -1);
            if (c >= 0 && !m_conversations.at(c).messages.isEmpty())
                last = &m_conversations.at(c).messages.constLast(); // const: a shared list stays shared
        }
        if (last && earlier(m, *last))
            return false; // not in order: the rebuild sorts
        lastOf.insert(m.counterpart, &m);
    }
    QSet<QString> changed;
    for (qsizetype i = from; i < m_chainThread.size(); ++i) {
        const ThreadMessage& m = m_chainThread[i];
        qsizetype c = indexOf.value(m.counterpart, -1);
        if (c < 0) {
            c = m_conversations.size();
            Conversation fresh;
            fresh.counterpart = m.counterpart;
            m_conversations.append(fresh);
            indexOf.insert(m.counterpart, c);
        }
        Conversation& conv = m_conversations[c];
        conv.messages.append(m);
        if (!conv.lastActivity.isValid() || m.time > conv.lastActivity)
            conv.lastActivity = m.time;
        if (!m.outgoing && m.blockHeight > m_readMarks.value(conv.counterpart, -1))
            ++conv.unread;
        changed.insert(m.counterpart);
    }
    for (const QString& counterpart : std::as_const(changed)) {
        for (qsizetype i = 0; i < m_conversations.size(); ++i)
            if (m_conversations[i].counterpart == counterpart) {
                placeConversation(i);
                break;
            }
    }
    return true;
}

void ConversationBook::placeConversation(qsizetype index) {
    Conversation moving = std::move(m_conversations[index]);
    m_conversations.removeAt(index);
    const auto at = std::lower_bound(m_conversations.begin(), m_conversations.end(), moving, newerFirst);
    m_conversations.insert(at, std::move(moving));
}

void ConversationBook::convertFrom(qsizetype from) {
    const QList<chain::ChainMessage> tail = from == 0 ? m_chain : m_chain.sliced(from);
    const QList<AuthorshipCheck> checks = from == 0 ? m_ledger.check(tail) : m_ledger.checkAppended(tail);
    if (from == 0)
        m_chainThread.reserve(m_chain.size()); // not when appending: an exact reserve per block copies all
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const chain::ChainMessage& c = tail[i];
        const AuthorshipCheck& check = checks[i];
        ThreadMessage m;
        m.txHash = c.txHash;
        m.outgoing = c.direction == chain::ChainMessage::Direction::Outgoing;
        m.sender = c.sender;
        m.recipient = c.recipient;
        m.counterpart = m.outgoing ? c.recipient : c.sender;
        m.text = c.text;
        m.time = c.timestamp;
        m.blockHeight = c.blockHeight;
        m.status = ThreadMessage::Status::Confirmed;
        m.authorship = check.status;
        m.signedNonce = check.signedNonce;
        m.inReplyTo = check.inReplyTo;
        m.revision = nextRevision();
        m_chainThread.append(m);
    }
}

void ConversationBook::setOutbox(const QList<OutboxEntry>& entries) {
    m_outbox.clear();
    for (const OutboxEntry& e : entries)
        if (e.sender == m_owner && (m_chainId.isEmpty() || e.chainId.isEmpty() || e.chainId == m_chainId))
            m_outbox.append(e);
    rebuild();
}

void ConversationBook::markRead(const QString& counterpart, qint64 height) {
    if (m_readMarks.value(counterpart, -1) >= height)
        return;
    m_readMarks.insert(counterpart, height);
    // Only this conversation's count changes; the newest rows are at the end (the pending tail, then
    // the chain in height order), so the count stops at the first row at or below the mark.
    for (Conversation& c : m_conversations) {
        if (c.counterpart != counterpart)
            continue;
        c.unread = 0;
        for (qsizetype i = c.messages.size() - 1; i >= 0; --i) {
            const ThreadMessage& m = c.messages[i];
            if (m.blockHeight < 0)
                continue;
            if (m.blockHeight <= height)
                break;
            if (!m.outgoing)
                ++c.unread;
        }
        break;
    }
}

void ConversationBook::setReadMarks(const QHash<QString, qint64>& marks) {
    m_readMarks = marks;
    rebuild();
}

const Conversation* ConversationBook::conversation(const QString& counterpart) const {
    for (const Conversation& c : m_conversations)
        if (c.counterpart == counterpart)
            return &c;
    return nullptr;
}

int ConversationBook::totalUnread() const {
    int n = 0;
    for (const Conversation& c : m_conversations)
        n += c.unread;
    return n;
}

void ConversationBook::rebuild() {
    QHash<QString, const OutboxEntry*> outboxByHash;
    for (const OutboxEntry& e : std::as_const(m_outbox))
        if (!e.txHash.isEmpty())
            outboxByHash.insert(e.txHash, &e);

    QList<ThreadMessage> all;
    QSet<QString> onChain;
    all.reserve(m_chainThread.size() + m_outbox.size());
    onChain.reserve(m_chainThread.size());
    for (const ThreadMessage& converted : std::as_const(m_chainThread)) {
        all.append(converted);
        if (const OutboxEntry* e = outboxByHash.value(converted.txHash)) {
            ThreadMessage& m = all.back();
            m.outboxId = e->id;
            m.sentAt = e->createdAt;
            m.revision = nextRevision();
        }
        onChain.insert(converted.txHash);
    }
    for (const OutboxEntry& e : std::as_const(m_outbox)) {
        if (!e.txHash.isEmpty() && onChain.contains(e.txHash))
            continue;
        ThreadMessage m;
        m.txHash = e.txHash;
        m.outboxId = e.id;
        m.outgoing = true;
        m.sender = e.sender;
        m.recipient = e.recipient;
        m.counterpart = e.recipient;
        m.text = e.text;
        m.sentAt = e.createdAt;
        m.time = e.state == OutboxState::Confirmed && e.blockTime.isValid() ? e.blockTime : e.createdAt;
        m.status = statusOf(e);
        m.blockHeight = e.state == OutboxState::Confirmed ? e.blockHeight : -1;
        m.failReason = e.state == OutboxState::Failed ? e.reason : QString();
        m.waitingFor = e.isFinal() ? QString() : e.reason;
        m.inReplyTo = e.inReplyTo;
        m.authorship = Authorship::Verified; // our own, signed by us (shown as such once on chain too)
        m.revision = nextRevision();
        all.append(m);
    }

    m_withOutboxRows.clear();
    for (qsizetype i = m_chainThread.size(); i < all.size(); ++i)
        m_withOutboxRows.insert(all[i].counterpart);
    QHash<QString, Conversation> byCounterpart;
    for (const ThreadMessage& m : std::as_const(all)) {
        Conversation& c = byCounterpart[m.counterpart];
        c.counterpart = m.counterpart;
        c.messages.append(m);
    }
    m_conversations.clear();
    for (auto it = byCounterpart.begin(); it != byCounterpart.end(); ++it) {
        Conversation c = it.value();
        // Chain order is height order: a long history is sorted already, and sorting it again copies it.
        if (!std::is_sorted(c.messages.cbegin(), c.messages.cend(), earlier))
            std::stable_sort(c.messages.begin(), c.messages.end(), earlier);
        // Round trips: by reference first, then the first "pong" after an unanswered "ping".
        QHash<QString, int> indexByHash;
        for (int i = 0; i < c.messages.size(); ++i)
            if (!c.messages[i].txHash.isEmpty())
                indexByHash.insert(c.messages[i].txHash, i);
        QSet<int> pairedAnswers;
        for (int i = 0; i < c.messages.size(); ++i) {
            const ThreadMessage& answer = c.messages[i];
            if (answer.outgoing || answer.inReplyTo.isEmpty() || answer.blockHeight < 0)
                continue;
            const int p = indexByHash.value(answer.inReplyTo, -1);
            if (p < 0 || !c.messages[p].outgoing || c.messages[p].rttMs)
                continue;
            ThreadMessage& ping = c.messages[p];
            const QDateTime start = ping.sentAt.isValid() ? ping.sentAt : ping.time;
            if (start.isValid() && answer.time.isValid()) {
                ping.rttMs = qMax<qint64>(0, start.msecsTo(answer.time));
                ping.answeredBy = answer.txHash;
                ping.revision = nextRevision();
                pairedAnswers.insert(i);
            }
        }
        for (int i = 0; i < c.messages.size(); ++i) {
            ThreadMessage& ping = c.messages[i];
            if (!ping.outgoing || ping.rttMs || !isWord(ping.text, "ping"))
                continue;
            for (int j = i + 1; j < c.messages.size(); ++j) {
                const ThreadMessage& answer = c.messages[j];
                if (answer.outgoing && isWord(answer.text, "ping"))
                    break; // the next ping: this one stays unanswered
                if (answer.outgoing || pairedAnswers.contains(j) || !answer.inReplyTo.isEmpty() ||
                    answer.blockHeight < 0 || !isWord(answer.text, "pong"))
                    continue;
                const QDateTime start = ping.sentAt.isValid() ? ping.sentAt : ping.time;
                if (start.isValid() && answer.time.isValid()) {
                    ping.rttMs = qMax<qint64>(0, start.msecsTo(answer.time));
                    ping.answeredBy = answer.txHash;
                    ping.revision = nextRevision();
                    pairedAnswers.insert(j);
                }
                break;
            }
        }
        const qint64 readUpTo = m_readMarks.value(c.counterpart, -1);
        for (const ThreadMessage& m : std::as_const(c.messages)) {
            if (!c.lastActivity.isValid() || m.time > c.lastActivity)
                c.lastActivity = m.time;
            if (!m.outgoing && m.blockHeight > readUpTo)
                ++c.unread;
        }
        m_conversations.append(c);
    }
    std::sort(m_conversations.begin(), m_conversations.end(), newerFirst);
}

namespace {

QByteArray csvCell(const QString& value, bool guardFormula) {
    QString v = value;
    if (guardFormula && !v.isEmpty()) {
        const QChar first = v.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            v.prepend(QLatin1Char('\''));
    }
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + v.toUtf8() + '"';
}

} // namespace

QByteArray conversationCsv(const Conversation& conversation) {
    QByteArray out = "direction,time_utc,block_height,status,verified,rtt_ms,tx_hash,text\r\n";
    for (const ThreadMessage& m : conversation.messages) {
        QList<QByteArray> cells;
        cells << (m.outgoing ? QByteArray("out") : QByteArray("in"));
        cells << (m.time.isValid() ? m.time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray());
        cells << (m.blockHeight >= 0 ? QByteArray::number(m.blockHeight) : QByteArray());
        cells << threadStatusName(m.status).toUtf8();
        cells << (m.verified() ? QByteArray("true") : QByteArray("false"));
        cells << (m.rttMs ? QByteArray::number(*m.rttMs) : QByteArray());
        cells << m.txHash.toUtf8();
        cells << csvCell(m.text, true);
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace aitbc::messaging
