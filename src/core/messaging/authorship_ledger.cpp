#include "messaging/authorship_ledger.h"

#include <QCoreApplication>
#include <QSet>

namespace aitbc::messaging {

bool TransactionNonce::admits(qint64 signedNonce) const {
    if (exact)
        return *exact == signedNonce;
    if (rowColumn)
        return signedNonce == *rowColumn || signedNonce == *rowColumn + 1;
    return true; // nothing to compare with: the replay rule alone decides
}

TransactionNonce transactionNonce(const chain::ChainMessage& message) {
    TransactionNonce out;
    const json::Value& p = message.payload;
    if (p.isObject() && p.contains(QStringLiteral("from"))) {
        if (const json::Value* nested = p.find(QStringLiteral("payload")); nested && nested->isObject()) {
            if (const json::Value* n = p.find(QStringLiteral("nonce")); n && n->isInteger()) {
                out.exact = n->toInt64();
                return out;
            }
        }
    }
    out.rowColumn = message.storedNonce;
    return out;
}

AuthorshipLedger::AuthorshipLedger(QString chainId)
    : m_chainId(std::move(chainId)) {}

void AuthorshipLedger::setChainId(const QString& chainId) {
    if (chainId == m_chainId)
        return;
    m_chainId = chainId;
    m_cache.clear();
    m_signedSeen.clear();
}

AuthorshipCheck AuthorshipLedger::baseCheck(const chain::ChainMessage& m) const {
    AuthorshipCheck c = checkAuthorship(m.payload, m.sender, m.recipient, m.text, m_chainId);
    if (c.verified() && c.signedNonce && !transactionNonce(m).admits(*c.signedNonce))
        c.status = Authorship::NonceMismatch;
    return c;
}

AuthorshipCheck AuthorshipLedger::step(const chain::ChainMessage& m, QHash<QString, Cached>& next,
                                       QSet<SignedKey>& seen) const {
    AuthorshipCheck c;
    const auto it = m_cache.constFind(m.txHash);
    if (!m.txHash.isEmpty() && it != m_cache.constEnd() && it->sender == m.sender &&
        it->recipient == m.recipient && it->text == m.text) {
        c = it->check;
    } else {
        c = baseCheck(m);
    }
    if (!m.txHash.isEmpty())
        next.insert(m.txHash, Cached{m.sender, m.recipient, m.text, c});
    // Any valid signature by the sender's key takes its (sender, sig_nonce), whether or not this copy
    // is the first: a replay of a replay is still a replay. A copy already caught by the nonce rule
    // keeps that, more precise, verdict.
    const bool validlySigned = c.verified() || c.status == Authorship::NonceMismatch;
    if (validlySigned && c.signedNonce) {
        const SignedKey key{m.sender, *c.signedNonce};
        if (seen.contains(key) && c.verified())
            c.status = Authorship::Replayed;
        seen.insert(key);
    }
    return c;
}

QList<AuthorshipCheck> AuthorshipLedger::check(const QList<chain::ChainMessage>& messages) {
    QList<AuthorshipCheck> out;
    out.reserve(messages.size());
    QHash<QString, Cached> next;
    next.reserve(messages.size());
    QSet<SignedKey> seen;
    for (const chain::ChainMessage& m : messages)
        out.append(step(m, next, seen));
    m_cache = std::move(next);
    m_signedSeen = std::move(seen);
    return out;
}

QList<AuthorshipCheck> AuthorshipLedger::checkAppended(const QList<chain::ChainMessage>& messages) {
    QList<AuthorshipCheck> out;
    out.reserve(messages.size());
    // The cache is both read and grown: step() takes a verdict before it records the message.
    for (const chain::ChainMessage& m : messages)
        out.append(step(m, m_cache, m_signedSeen));
    return out;
}

QString authorshipSummary(Authorship a) {
    switch (a) {
    // Shown inside the responder's log lines, which the dashboard translates (the CLI loads no
    // translator, so its lines stay English).
    case Authorship::Verified:
        return QCoreApplication::translate("aitbc::messaging::Authorship", "verified");
    case Authorship::Unsigned:
        return QCoreApplication::translate("aitbc::messaging::Authorship", "unsigned");
    default:
        return QCoreApplication::translate("aitbc::messaging::Authorship", "forged (%1)")
            .arg(authorshipName(a));
    }
}

} // namespace aitbc::messaging
