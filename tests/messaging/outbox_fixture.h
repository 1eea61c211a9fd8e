#pragma once
// Shared by the outbox store tests: queued entries and fresh outbox files on real SQLite.

#include "messaging/outbox_store.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

namespace aitbc::test {

inline const QString kOutboxChain = QStringLiteral("ait-devnet");
inline const QString kOutboxAlice = QStringLiteral("ait1alice");

/// A message as the sender queues it: not signed, no nonce, no attempt.
inline messaging::OutboxEntry queuedEntry(const QString& text, const QString& sender = kOutboxAlice) {
    messaging::OutboxEntry e;
    e.chainId = kOutboxChain;
    e.sender = sender;
    e.recipient = QStringLiteral("ait1bob");
    e.text = text;
    e.createdAt = QDateTime::currentDateTimeUtc();
    return e;
}

/// Paths of new outbox files in one temporary folder, one per call.
class OutboxFiles {
public:
    bool isValid() const { return m_dir.isValid(); }
    QString fresh() { return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_count)); }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace aitbc::test
