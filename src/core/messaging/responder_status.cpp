// The responder's answer to a status request: the same checks and records as any reply (rate limits,
// fee budget, allow-list, "never twice"), but only for verified requests, and the reply is the report of
// the responder's own node instead of a rule's text.
#include "messaging/display_text.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"

#include <QPointer>

namespace aitbc::messaging {

void Responder::answerStatusRequest(const Candidate& c, QList<Candidate> queue,
                                    QHash<QString, QString> repliesOnChain) {
    const chain::ChainMessage m = c.message;
    const QString authorship = authorshipSummary(c.facts.authorship);
    // The report tells about the operator's node, and answering costs a fee: an unsigned request could
    // come from anybody in the requester's name, so only a verified one is answered.
    ResponderConfig statusConfig = m_config;
    statusConfig.rules = {
        ResponderRule{ResponderRule::Match::Exact, statusRequestText(), QStringLiteral("status"), true}};
    statusConfig.verifiedOnly = true;
    ResponderEngine engine(statusConfig, &m_state);
    const QDateTime now = m_clock();
    const ResponderDecision d = engine.consider(m, c.facts, now);
    auto next = [this, queue, repliesOnChain] {
        if (saveState())
            handleNext(queue, repliesOnChain);
        else
            m_polling = false;
    };
    if (d.kind != ResponderDecision::Kind::Reply) {
        if (d.kind == ResponderDecision::Kind::Ignore) {
            m_ignored.insert(m.txHash);
            handleNext(queue, repliesOnChain);
            return;
        }
        m_engine.record(m.txHash, d.kind, now);
        say(tr("Not answering the status request from %1 (%2) at height %3: %4")
                .arg(safeSingleLine(m.sender, 90), authorship)
                .arg(m.blockHeight)
                .arg(d.reason));
        next();
        return;
    }
    const qint64 fee = c.facts.fee;
    QPointer<Responder> self(this);
    const bool encrypted = c.encrypted;
    m_statusSource([self, m, now, fee, authorship, next, encrypted](StatusReport report) {
        if (!self || !self->m_timer.isActive() || !self->m_sender) {
            if (self)
                self->m_polling = false;
            return;
        }
        const QString text = encodeStatusReport(report);
        whenFinished(
            self.data(), self->m_sender->enqueue(self->m_address, m.sender, text, m.txHash, encrypted),
            [self, m, now, fee, authorship, report, next](std::optional<qint64> id) {
                if (!id || *id < 0) {
                    self->say(tr("Could not queue the status report for %1; will try again").arg(m.txHash));
                    self->m_polling = false;
                    return;
                }
                self->m_engine.record(m.txHash, ResponderDecision::Kind::Reply, now, m.sender, fee);
                if (!self->saveState()) {
                    self->m_polling = false;
                    return;
                }
                self->say(
                    tr("Status request from %1 (%2) at height %3: reporting height %4%5")
                        .arg(safeSingleLine(m.sender, 90), authorship)
                        .arg(m.blockHeight)
                        .arg(report.height)
                        .arg(report.error.isEmpty()
                                 ? QString()
                                 : tr(" (node unavailable: %1)").arg(safeSingleLine(report.error, 120))));
                emit self->replied(m.txHash, *id);
                next();
            });
    });
}

} // namespace aitbc::messaging
