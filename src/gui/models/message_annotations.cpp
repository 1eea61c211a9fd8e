#include "models/message_annotations.h"

#include "crypto/x25519.h"
#include "messaging/conversations.h"

namespace aitbc::gui {

using namespace messaging;

void MessageAnnotator::clear() {
    m_opened.clear();
    m_keyId.clear();
    m_acks = {};
    m_recipientOf.clear();
    m_annotations.clear();
    m_annotated = 0;
}

QHash<QString, MessageAnnotation> MessageAnnotator::annotate(const ConversationBook& book,
                                                             const QString& chainId,
                                                             const crypto::X25519Key* key) {
    const QList<chain::ChainMessage>& messages = book.chainMessages();
    const QByteArray keyId = key ? key->publicKey() : QByteArray();
    if (keyId != m_keyId) {
        m_opened.clear();
        m_keyId = keyId;
    }
    m_acks = {};
    m_recipientOf.clear();
    m_annotations.clear();
    m_annotated = 0;
    // Only what is still on chain stays decrypted.
    QHash<QString, DecryptionResult> opened;
    opened.reserve(messages.size());
    for (const chain::ChainMessage& m : messages) {
        const auto cached = m_opened.constFind(m.txHash);
        if (cached != m_opened.constEnd())
            opened.insert(m.txHash, *cached);
    }
    m_opened = opened;
    annotateFrom(0, book, chainId, key);
    return m_annotations;
}

QHash<QString, MessageAnnotation> MessageAnnotator::annotateAppended(const ConversationBook& book,
                                                                     const QString& chainId,
                                                                     const crypto::X25519Key* key) {
    const QByteArray keyId = key ? key->publicKey() : QByteArray();
    if (keyId == m_keyId && m_annotated <= book.chainMessages().size())
        return annotateFrom(m_annotated, book, chainId, key);
    const QHash<QString, MessageAnnotation> before = m_annotations;
    const QHash<QString, MessageAnnotation> after = annotate(book, chainId, key);
    QHash<QString, MessageAnnotation> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            changed.insert(it.key(), MessageAnnotation());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!(before.value(it.key()) == it.value()))
            changed.insert(it.key(), it.value());
    return changed;
}

QHash<QString, MessageAnnotation> MessageAnnotator::annotateFrom(qsizetype from, const ConversationBook& book,
                                                                 const QString& chainId,
                                                                 const crypto::X25519Key* key) {
    const QList<chain::ChainMessage>& messages = book.chainMessages();
    // Authorship as the book established it (its chain rows are the chain messages, index for index):
    // an acknowledgment only counts when its signature does.
    const QList<ThreadMessage>& checked = book.chainThread();
    const bool aligned = checked.size() == messages.size();
    QSet<QString> acknowledgedNow; // earlier outgoing messages whose acknowledgment may have changed
    for (qsizetype i = from; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        if (m.direction == chain::ChainMessage::Direction::Outgoing) {
            m_recipientOf.insert(m.txHash, m.recipient);
            continue;
        }
        if (!aligned || checked[i].txHash != m.txHash || !checked[i].verified())
            continue;
        if (isAckPayload(m.payload)) {
            if (const auto hashes = parseAckText(m.text))
                for (const QString& h : *hashes)
                    acknowledgedNow.insert(h);
        } else if (!checked[i].inReplyTo.isEmpty()) {
            acknowledgedNow.insert(checked[i].inReplyTo);
        }
        m_acks.addVerified(m, checked[i].inReplyTo);
    }

    QHash<QString, MessageAnnotation> changed;
    const auto store = [&](const QString& hash, const MessageAnnotation& a) {
        const bool plain = a == MessageAnnotation();
        const auto old = m_annotations.constFind(hash);
        if (old == m_annotations.cend() ? plain : *old == a)
            return;
        if (plain)
            m_annotations.remove(hash);
        else
            m_annotations.insert(hash, a);
        changed.insert(hash, a);
    };
    for (qsizetype i = from; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        acknowledgedNow.remove(m.txHash); // annotated in full below
        MessageAnnotation a;
        if (m.direction == chain::ChainMessage::Direction::Outgoing)
            a.ack = m_acks.acknowledged(m.txHash, m.recipient);
        // Every result is kept, plain ones too: descending a payload is not free across a long history.
        auto cached = m_opened.constFind(m.txHash);
        if (cached == m_opened.constEnd())
            cached = m_opened.insert(m.txHash,
                                     decryptStoredMessage(m.payload, m.sender, m.recipient, chainId, key));
        const DecryptionResult& r = *cached;
        if (r.status != EncryptionStatus::Plain) {
            a.encryption = r.status;
            if (r.status == EncryptionStatus::Decrypted)
                a.decryptedText = r.text;
        }
        // An acknowledgment's text is a list of hashes: the bubble says what it means instead.
        if (isAckPayload(m.payload))
            if (const auto hashes = parseAckText(m.text))
                a.acknowledges = qMax(1, int(hashes->size()));
        store(m.txHash, a);
    }
    // Older messages of the wallet acknowledged by the new ones.
    for (const QString& hash : std::as_const(acknowledgedNow)) {
        const auto recipient = m_recipientOf.constFind(hash);
        if (recipient == m_recipientOf.cend())
            continue;
        MessageAnnotation a = m_annotations.value(hash);
        a.ack = m_acks.acknowledged(hash, *recipient);
        store(hash, a);
    }
    m_annotated = messages.size();
    return changed;
}

} // namespace aitbc::gui
