#pragma once

#include "chain/node.h"
#include "messaging/agent_directory.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace aitbc::messaging {

/// Feeds the card transactions of `blocks` to `directory` (agent_card.h): only transactions with a `card`
/// member are looked at, each checked for its own authorship as well.
void addCardsFromBlocks(AgentDirectory& directory, const QList<chain::Block>& blocks, const QString& chainId);

/// The agent directory of one node, kept up to date incrementally: each refresh() reads only the blocks
/// after the last one read (in pages), so a poll costs what is new, not the whole chain. A head below the
/// last block read (the node was reset or reorganised) starts over from block 0.
/// A refresh that fails or misses a block is tried again after kRetryMs by itself: the callers refresh on
/// head changes only, and an idle chain brings none, so the card in the last block would otherwise never
/// be read.
/// Threading: lives on the thread of its node (GUI thread or the CLI's event loop).
class AgentDirectoryFeed : public QObject {
    Q_OBJECT
public:
    explicit AgentDirectoryFeed(QObject* parent = nullptr);

    /// Follows `node` (nullptr: none); a different node starts a new directory.
    void setNode(chain::Node* node);
    chain::Node* node() const { return m_node; }
    /// Reads the blocks added since the last refresh. A refresh already running is followed by one more.
    void refresh();
    bool isRefreshing() const { return m_busy; }

    const AgentDirectory& directory() const { return m_directory; }
    /// The last block read, -1 before the first.
    qint64 scannedHeight() const { return m_scanned; }
    /// Blocks read since the node was set (the cost of the refreshes so far).
    qint64 blocksRead() const { return m_blocksRead; }

    /// Blocks asked for per request.
    static constexpr qint64 kPage = 100;
    /// Delay before a failed or incomplete read is tried again.
    static constexpr int kRetryMs = 1000;

signals:
    /// The directory changed (a card was added or replaced, or it was reset).
    void updated();
    /// A refresh finished (the directory is as complete as the node's head at that time).
    void refreshed();
    void failed(const QString& error);

private:
    void readFrom(qint64 from, qint64 head, quint64 generation);
    void finish(bool retry = false);
    void reset();

    QPointer<chain::Node> m_node;
    AgentDirectory m_directory;
    qint64 m_scanned = -1;
    qint64 m_blocksRead = 0;
    quint64 m_generation = 0; ///< bumped when the node changes: answers for an older node are dropped
    bool m_busy = false;
    bool m_again = false;
    QTimer m_retry;
};

} // namespace aitbc::messaging
