#pragma once

#include "chain/types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace aitbc::chain {
class Node;
}

namespace aitbc::gui {

/// The messages of one wallet on one node, read once per new head for everyone who watches them
/// (MessagingService::subscribe): the Messages pane, the new-message notifications and the agents'
/// status reports share one read, and each hears only what is new since the read before.
///
/// A read starts when the node reports a new head, when refresh() is called and the node's head moved
/// since the last good read (or the head is not watched), or at readNow(). Reads never overlap: one
/// asked for while another runs follows it.
class MessageFeed : public QObject {
    Q_OBJECT
public:
    MessageFeed(chain::Node* node, const QString& address, QObject* parent = nullptr);

    chain::Node* node() const { return m_node; }
    QString address() const { return m_address; }
    /// Everything read so far, in chain order (the node's order: height, then row).
    const QList<chain::ChainMessage>& messages() const { return m_messages; }
    /// Whether one read succeeded.
    bool hasRead() const { return m_haveRead; }
    /// Reads unless nothing can be new: the head is the one the last good read saw.
    void refresh();
    /// Reads now (or right after the read in flight), whatever the head.
    void readNow();
    /// Reads started so far (tests count them: several subscribers must not mean several reads).
    int reads() const { return m_reads; }

signals:
    /// messages()[from..] are new. `replaced`: the history itself changed (the first read, a reorg, a
    /// changed row): every subscriber starts over from messages(), and `from` is 0.
    void updated(qsizetype from, bool replaced);
    /// A read failed (the node's message, for the user); messages() keeps the last good read.
    void failed(const QString& error);

private:
    void onHead(const chain::BlockHeader& head);
    void read();
    void take(const QList<chain::ChainMessage>& read);

    QPointer<chain::Node> m_node;
    QString m_address;
    QList<chain::ChainMessage> m_messages;
    bool m_haveRead = false;
    bool m_reading = false;
    bool m_again = false;
    QString m_head;        ///< the node's newest head ("height hash"); empty while not watched
    QString m_readingHead; ///< the head when the read in flight started
    QString m_readHead;    ///< the head when the last good read started
    int m_reads = 0;
};

} // namespace aitbc::gui
