#pragma once

#include "chain/types.h"
#include "messaging/acknowledgments.h"
#include "messaging/encrypted_envelope.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace aitbc::crypto {
class X25519Key;
}
namespace aitbc::messaging {
class ConversationBook;
}

namespace aitbc::gui {

/// What a thread shows of a chain message beyond ConversationBook's view: whether it is encrypted and,
/// when the reader's key opened it, its text; and, for the reader's own messages, when the recipient
/// acknowledged them.
struct MessageAnnotation {
    messaging::EncryptionStatus encryption = messaging::EncryptionStatus::Plain;
    QString decryptedText; ///< only when encryption is Decrypted
    std::optional<messaging::AckRecord> ack;
    int acknowledges = 0; ///< this message is an acknowledgment of that many messages

    bool operator==(const MessageAnnotation& o) const {
        return encryption == o.encryption && decryptedText == o.decryptedText &&
               acknowledges == o.acknowledges && ack.has_value() == o.ack.has_value() &&
               (!ack || ack->height == o.ack->height);
    }
};

/// Annotates the chain messages of one wallet, keyed by transaction hash. Decryption results are kept
/// per hash and reused while the key stays the same (a refresh every few seconds must not redo the
/// X25519 work of a long history); a different key, or none (the wallet was locked), drops them, so no
/// plaintext outlives the unlock.
class MessageAnnotator {
public:
    /// `book` gives the authorship of each message (acknowledgments count only when verified);
    /// `key` is the reader's encryption key, or nullptr while the wallet is locked.
    /// Every chain message `book` was given (ConversationBook::chainMessages()).
    QHash<QString, MessageAnnotation> annotate(const messaging::ConversationBook& book,
                                               const QString& chainId, const crypto::X25519Key* key);
    /// Only the chain messages `book` was given since the last call, and the earlier messages of the
    /// wallet they acknowledge. Returns the annotations that changed (a default-constructed value: none
    /// any more), for ThreadMessagesModel::updateAnnotations. Another key annotates everything and
    /// returns the difference.
    QHash<QString, MessageAnnotation> annotateAppended(const messaging::ConversationBook& book,
                                                       const QString& chainId, const crypto::X25519Key* key);
    /// How many chain messages the annotations cover.
    qsizetype annotated() const { return m_annotated; }
    /// Forgets every decrypted text.
    void clear();

private:
    QHash<QString, MessageAnnotation> annotateFrom(qsizetype from, const messaging::ConversationBook& book,
                                                   const QString& chainId, const crypto::X25519Key* key);

    QByteArray m_keyId; ///< the public key the cache was filled with; empty: none
    QHash<QString, messaging::DecryptionResult> m_opened;
    messaging::AckIndex m_acks;
    QHash<QString, QString> m_recipientOf; ///< the wallet's own messages: hash -> recipient
    QHash<QString, MessageAnnotation> m_annotations;
    qsizetype m_annotated = 0;
};

} // namespace aitbc::gui
