#include "models/message_annotations.h"

#include "crypto/x25519.h"
#include "messaging/conversations.h"

namespace aitbc::gui {

using namespace messaging;

void MessageAnnotator::clear() {
    m_opened.clear();
    m_keyId.clear();
}

QHash<QString, MessageAnnotation> MessageAnnotator::annotate(const QList<chain::ChainMessage>& messages,
                                                             const ConversationBook& book,
                                                             const QString& chainId,
                                                             const crypto::X25519Key* key) {
    const QByteArray keyId = key ? key->publicKey() : QByteArray();
    if (keyId != m_keyId) {
        m_opened.clear();
        m_keyId = keyId;
    }
    // Authorship as the book established it: an acknowledgment only counts when its signature does.
    struct Known {
        bool verified = false;
        QString inReplyTo;
    };
    QHash<QString, Known> known;
    for (const Conversation& c : book.conversations())
        for (const ThreadMessage& m : c.messages)
            if (!m.txHash.isEmpty())
                known.insert(m.txHash, {m.verified(), m.inReplyTo});

    AckIndex acks;
    for (const chain::ChainMessage& m : messages) {
        if (m.direction != chain::ChainMessage::Direction::Incoming)
            continue;
        const auto it = known.constFind(m.txHash);
        if (it != known.constEnd() && it->verified)
            acks.addVerified(m, it->inReplyTo);
    }

    QHash<QString, MessageAnnotation> out;
    QHash<QString, DecryptionResult> opened;
    for (const chain::ChainMessage& m : messages) {
        MessageAnnotation a;
        if (m.direction == chain::ChainMessage::Direction::Outgoing)
            a.ack = acks.acknowledged(m.txHash, m.recipient);
        // Every result is kept, plain ones too: descending a payload is not free across a long history.
        const auto cached = m_opened.constFind(m.txHash);
        const DecryptionResult r = cached != m_opened.constEnd()
                                       ? *cached
                                       : decryptStoredMessage(m.payload, m.sender, m.recipient, chainId, key);
        opened.insert(m.txHash, r);
        if (r.status != EncryptionStatus::Plain) {
            a.encryption = r.status;
            if (r.status == EncryptionStatus::Decrypted)
                a.decryptedText = r.text;
        }
        // An acknowledgment's text is a list of hashes: the bubble says what it means instead.
        if (isAckPayload(m.payload))
            if (const auto hashes = parseAckText(m.text))
                a.acknowledges = qMax(1, int(hashes->size()));
        if (a.encryption != EncryptionStatus::Plain || a.ack || a.acknowledges > 0)
            out.insert(m.txHash, a);
    }
    m_opened = opened; // only what is still on chain
    return out;
}

} // namespace aitbc::gui
