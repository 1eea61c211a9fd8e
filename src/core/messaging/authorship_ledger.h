#pragma once

#include "chain/types.h"
#include "messaging/envelope.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace aitbc::messaging {

/// The nonce the transaction carrying `message` had, as far as the stored row tells:
///  - a REF follower row holds the whole normalized transaction (§4.3): its `nonce` member;
///  - otherwise the row's `nonce` column. A REF proposer stores the nonce minus 1, HEAD and a fixed node
///    the nonce itself (§4.2), and a reader cannot tell them apart, so both values are candidates;
///  - nothing (empty) when the source gives no full row (/rpc/blocks/{h} items).
struct TransactionNonce {
    std::optional<qint64> exact;     ///< from the normalized transaction itself
    std::optional<qint64> rowColumn; ///< the row's column: the nonce, or the nonce minus 1
    bool known() const { return exact || rowColumn; }
    /// Whether a message signed with `signedNonce` can be the one this transaction was sent with.
    bool admits(qint64 signedNonce) const;
};
TransactionNonce transactionNonce(const chain::ChainMessage& message);

/// The one authorship rule for messages read from a chain; the CLI (`aitbc-agent messages`), the threads
/// and the responder all decide "verified" here. A message is verified when checkAuthorship() says so
/// AND it is the first use of its signature:
///  - `sig_nonce` must be the nonce of the transaction carrying it (else NonceMismatch): the node admits
///    each (sender, nonce) once (§1.5), so the signed nonce pins a signed payload to one transaction, and
///    a signed payload reposted as a new transaction (the node checks no signature, anybody can send
///    "from" any funded address) carries a later nonce;
///  - no earlier transaction in chain order carried the same (sender, sig_nonce) with a valid signature
///    (else Replayed). The signature covers sender and recipient, so every copy of a replay is in the
///    message list of both, next to its original.
/// Signature checks are cached by transaction hash, so checking a list again after a poll costs what is
/// new; the cache holds only the hashes of the last list checked.
class AuthorshipLedger {
public:
    explicit AuthorshipLedger(QString chainId = {});
    /// The chain the messages were read from (empty: not checked). Clears the cache.
    void setChainId(const QString& chainId);
    QString chainId() const { return m_chainId; }

    /// Checks `messages` (chain order: height, then row order); the result is parallel to the list.
    QList<AuthorshipCheck> check(const QList<chain::ChainMessage>& messages);
    /// Checks `messages` that follow, in chain order, the list of the last check() and whatever was
    /// appended since: the same verdicts as check() on the whole list, at the cost of what is new (a long
    /// history grows by a block at a time). The cache then holds the hashes of the whole list.
    QList<AuthorshipCheck> checkAppended(const QList<chain::ChainMessage>& messages);

private:
    struct Cached {
        QString sender;
        QString recipient;
        QString text;
        AuthorshipCheck check; ///< checkAuthorship() plus the nonce rule, before the replay rule
    };
    using SignedKey = QPair<QString, qint64>; ///< (sender, sig_nonce) of a validly signed message
    AuthorshipCheck baseCheck(const chain::ChainMessage& m) const;
    /// One message after everything in `seen`: its verdict, recorded in `next` and `seen`.
    AuthorshipCheck step(const chain::ChainMessage& m, QHash<QString, Cached>& next,
                         QSet<SignedKey>& seen) const;

    QString m_chainId;
    QHash<QString, Cached> m_cache;
    QSet<SignedKey> m_signedSeen; ///< of the list checked last, for checkAppended()
};

/// What a log line says about a message's authorship: "verified", "unsigned" or "forged (<name>)".
QString authorshipSummary(Authorship a);

} // namespace aitbc::messaging
