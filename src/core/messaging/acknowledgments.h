#pragma once

#include "chain/types.h"
#include "json/value.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace aitbc::messaging {

// ---- Acknowledgments (version 1, docs/agent-protocol.md) ---------------------------------------------
//
// A reader confirms the messages it has read from one sender with one signed message back to that sender:
// text kAckPrefix followed by the acknowledged node hashes separated by single spaces (so the authorship
// signature covers the list), payload member ack_v = 1. A verified reply (in_reply_to) from the recipient
// counts as the acknowledgment of the message it answers. Acknowledgments are never acknowledged.

inline constexpr char kAckPrefix[] = "[ack]";
/// Hashes per acknowledgment transaction; more are split over several.
inline constexpr int kMaxAckHashes = 64;
/// Longest node hash accepted in an acknowledgment ("0x" + 64 hex is 66).
inline constexpr int kMaxAckHashLength = 80;

/// The text of an acknowledgment of `hashes` (at most kMaxAckHashes).
QString ackText(const QStringList& hashes);
/// The payload members of an acknowledgment (ack_v).
json::Value ackMembers();

/// Whether a stored payload (descended or not) is an acknowledgment: ack_v present. Such a message is
/// never acknowledged and never answered, whatever else it holds.
bool isAckPayload(const json::Value& storedPayload);
/// The hashes an acknowledgment lists, or std::nullopt when its text is not a well-formed list.
std::optional<QStringList> parseAckText(const QString& text);

/// When a message was acknowledged.
struct AckRecord {
    qint64 height = -1;
    QDateTime time;
    QString byTxHash; ///< the acknowledgment (or reply) transaction
};

/// Acknowledgments seen on chain, fed message by message (incrementally, in any order). Only messages
/// whose authorship is verified may be fed: an acknowledgment anybody could forge is no acknowledgment.
/// An acknowledgment counts only for messages its sender received, which the caller checks through
/// acknowledged(hash, recipient).
class AckIndex {
public:
    /// Feeds one verified message; returns how many hashes it acknowledged (0 if it is none).
    int addVerified(const chain::ChainMessage& message, const QString& inReplyTo);
    /// The earliest acknowledgment of `messageHash` made by `recipient` (the original's recipient).
    std::optional<AckRecord> acknowledged(const QString& messageHash, const QString& recipient) const;
    qsizetype size() const { return m_acks.size(); }

private:
    void record(const QString& hash, const QString& by, const chain::ChainMessage& ack);
    QHash<QString, AckRecord> m_acks; // key: hash + '\n' + acknowledging address
};

} // namespace aitbc::messaging
