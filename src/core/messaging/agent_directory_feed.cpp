#include "messaging/agent_directory_feed.h"

#include "chain/payload_text.h"
#include "messaging/envelope.h"
#include "messaging/future_util.h"

#include <QDateTime>

namespace aitbc::messaging {

void addCardsFromBlocks(AgentDirectory& directory, const QList<chain::Block>& blocks,
                        const QString& chainId) {
    for (const chain::Block& b : blocks) {
        for (const chain::Transaction& t : b.transactions) {
            const json::Value* p = messagePayloadObject(t.payload);
            if (!p || !p->contains(QStringLiteral("card")))
                continue;
            chain::ChainMessage m;
            m.txHash = t.txHash;
            m.blockHeight = b.header.height;
            m.sender = t.sender;
            m.recipient = t.recipient;
            const auto text = chain::extractPayloadText(t.payload, t.txMetadata);
            m.text = text ? text->text : QString();
            m.timestamp = t.timestamp.isValid() ? t.timestamp : b.header.timestamp;
            m.payload = t.payload;
            directory.add(m, checkAuthorship(t.payload, t.sender, t.recipient, m.text, chainId).verified());
        }
    }
}

AgentDirectoryFeed::AgentDirectoryFeed(QObject* parent)
    : QObject(parent) {
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &AgentDirectoryFeed::refresh);
}

void AgentDirectoryFeed::setNode(chain::Node* node) {
    if (node == m_node)
        return;
    m_node = node;
    ++m_generation;
    m_busy = false;
    m_again = false;
    m_retry.stop();
    reset();
    emit updated();
    refresh();
}

void AgentDirectoryFeed::reset() {
    m_directory = AgentDirectory(m_node ? m_node->chainId() : QString(), QDateTime::currentSecsSinceEpoch());
    m_scanned = -1;
    m_blocksRead = 0;
}

void AgentDirectoryFeed::refresh() {
    if (!m_node)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_retry.stop();
    const quint64 generation = m_generation;
    whenFinished(this, m_node->head(),
                 [this, generation](std::optional<chain::NodeResult<chain::BlockHeader>> h) {
                     if (generation != m_generation)
                         return;
                     if (!h || !h->ok()) {
                         if (h)
                             emit failed(h->error().message);
                         finish(true);
                         return;
                     }
                     const qint64 head = h->value().height;
                     if (head < m_scanned) {
                         reset();
                         emit updated();
                     }
                     // The chain id may be known only now (discovered with the first answer).
                     if (m_scanned < 0 && m_node)
                         m_directory = AgentDirectory(m_node->chainId(), QDateTime::currentSecsSinceEpoch());
                     readFrom(m_scanned + 1, head, generation);
                 });
}

void AgentDirectoryFeed::readFrom(qint64 from, qint64 head, quint64 generation) {
    if (from > head || !m_node) {
        finish();
        return;
    }
    const qint64 to = qMin(head, from + kPage - 1);
    whenFinished(this, m_node->blocks(from, to, true),
                 [this, from, to, head, generation](std::optional<chain::NodeResult<QList<chain::Block>>> r) {
                     if (generation != m_generation)
                         return;
                     if (!r || !r->ok()) {
                         if (r)
                             emit failed(r->error().message);
                         finish(true);
                         return;
                     }
                     // Only the blocks that came in order count as read: a missing block is read again
                     // later, never skipped (a card in it would be lost for good).
                     QList<chain::Block> whole;
                     for (const chain::Block& b : r->value()) {
                         if (b.header.height != from + whole.size() || b.header.height > to)
                             break;
                         whole.append(b);
                     }
                     const QList<AgentEntry> before = m_directory.agents();
                     addCardsFromBlocks(m_directory, whole, m_node ? m_node->chainId() : QString());
                     m_scanned = from + whole.size() - 1;
                     m_blocksRead += whole.size();
                     const QList<AgentEntry> after = m_directory.agents();
                     bool changed = before.size() != after.size();
                     for (qsizetype i = 0; !changed && i < after.size(); ++i)
                         changed = before[i].txHash != after[i].txHash;
                     if (changed)
                         emit updated();
                     if (m_scanned < to) {
                         finish(true);
                         return;
                     }
                     readFrom(to + 1, head, generation);
                 });
}

void AgentDirectoryFeed::finish(bool retry) {
    m_busy = false;
    emit refreshed();
    if (m_again) {
        m_again = false;
        refresh();
    } else if (retry && m_node) {
        m_retry.start();
    }
}

} // namespace aitbc::messaging
