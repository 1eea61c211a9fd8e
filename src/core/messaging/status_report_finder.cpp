#include "messaging/status_report_finder.h"

#include "messaging/authorship_ledger.h"

#include <QSet>

namespace aitbc::messaging {

StatusReportSearch findStatusReports(const QList<chain::ChainMessage>& messages, const QString& chainId,
                                     const QString& asker, const QString& agent, const QString& wanted) {
    AuthorshipLedger ledger(chainId);
    const QList<AuthorshipCheck> checks = ledger.check(messages);
    QSet<QString> requests; // the asker's own verified status requests to the agent
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        if (m.direction == chain::ChainMessage::Direction::Outgoing && m.sender == asker &&
            m.recipient == agent && checks[i].verified() && isStatusRequest(m.text))
            requests.insert(m.txHash);
    }
    if (!wanted.isEmpty())
        requests.insert(wanted);
    StatusReportSearch out;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const chain::ChainMessage& m = messages[i];
        if (m.direction != chain::ChainMessage::Direction::Incoming || m.sender != agent ||
            m.recipient != asker)
            continue;
        // The reply's claim to answer a request: a forged reply names it too, so a failing signature
        // still counts as an ignored reply (and the claim itself must be what the signature covers).
        const json::Value* p = messagePayloadObject(m.payload);
        const json::Value* re = p ? p->find(QStringLiteral("in_reply_to")) : nullptr;
        const QString claimed = re && re->isString() ? re->toString() : QString();
        if (!requests.contains(claimed) || (!wanted.isEmpty() && claimed != wanted))
            continue;
        if (!checks[i].verified() || checks[i].inReplyTo != claimed) {
            ++out.ignored;
            continue;
        }
        auto report = parseStatusReport(m.text);
        if (!report) {
            ++out.ignored;
            continue;
        }
        if (!out.newest || m.blockHeight >= out.newest->reply.blockHeight)
            out.newest = FoundStatusReport{*report, m, claimed};
    }
    return out;
}

} // namespace aitbc::messaging
