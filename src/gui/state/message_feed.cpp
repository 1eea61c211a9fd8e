#include "state/message_feed.h"

#include "chain/node.h"
#include "util/when_finished.h"

namespace aitbc::gui {

namespace {
/// Whether `read` starts with `known` (same transaction at the same height, row for row). The node
/// answers in chain order, so a new block only appends; anything else is a reorg or a changed row.
bool extends(const QList<chain::ChainMessage>& read, const QList<chain::ChainMessage>& known) {
    if (read.size() < known.size())
        return false;
    for (qsizetype i = known.size() - 1; i >= 0; --i) // the tail differs first when a reorg happened
        if (read[i].blockHeight != known[i].blockHeight || read[i].txHash != known[i].txHash)
            return false;
    return true;
}
} // namespace

MessageFeed::MessageFeed(chain::Node* node, const QString& address, QObject* parent)
    : QObject(parent)
    , m_node(node)
    , m_address(address) {
    if (node)
        connect(node, &chain::Node::headChanged, this, &MessageFeed::onHead);
}

void MessageFeed::onHead(const chain::BlockHeader& head) {
    m_head = QString::number(head.height) + QLatin1Char(' ') + head.hash;
    if (m_head != m_readHead)
        readNow();
}

void MessageFeed::refresh() {
    if (m_haveRead && !m_head.isEmpty() && m_head == m_readHead)
        return;
    readNow();
}

void MessageFeed::readNow() {
    if (m_reading) {
        m_again = true;
        return;
    }
    read();
}

void MessageFeed::read() {
    if (!m_node)
        return;
    m_reading = true;
    m_again = false;
    m_readingHead = m_head;
    ++m_reads;
    util::whenFinished(this, m_node->messages(m_address),
                       [this](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                           m_reading = false;
                           const bool ok = r && r->ok();
                           if (ok) {
                               m_readHead = m_readingHead;
                               take(r->value());
                           } else if (r) {
                               emit failed(r->error().message);
                           }
                           // A head that arrived meanwhile is read at once; a failed read is not
                           // repeated until someone asks again (no loop against a node that is down).
                           if (!m_reading && (m_again || (ok && m_head != m_readHead)))
                               read();
                       });
}

void MessageFeed::take(const QList<chain::ChainMessage>& read) {
    if (m_haveRead && extends(read, m_messages)) {
        const qsizetype from = m_messages.size();
        if (from == read.size())
            return; // nothing new: nobody hears of it
        m_messages = read;
        emit updated(from, false);
        return;
    }
    m_haveRead = true;
    m_messages = read;
    emit updated(0, true);
}

} // namespace aitbc::gui
