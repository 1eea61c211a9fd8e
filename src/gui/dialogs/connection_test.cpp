#include "dialogs/connection_test.h"

#include "util/when_finished.h"

#include <QLocale>

namespace aitbc::gui {

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent) {}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const chain::NodeProfile& profile) {
    const quint64 attempt = ++m_attempt;
    m_health.clear();
    const QString problem = chain::profileProblem(profile);
    chain::NodeProfile quick = profile;
    // A test is a question the user waits for: one attempt, a short timeout, no retries.
    quick.timeoutMs = std::min(quick.timeoutMs, 5000);
    quick.maxRetries = 0;
    m_node = problem.isEmpty() ? chain::createNode(quick) : nullptr;
    if (!m_node) {
        done(false, problem.isEmpty() ? tr("This profile cannot be used.") : problem);
        return;
    }
    util::whenFinished(
        this, m_node->health(), [this, attempt](std::optional<chain::NodeResult<chain::NodeHealth>> health) {
            if (attempt != m_attempt || !m_node)
                return;
            if (health && health->ok() && health->value().protocol != chain::Protocol::Unknown)
                m_health = tr("protocol %1").arg(chain::protocolName(health->value().protocol));
            util::whenFinished(this, m_node->head(),
                               [this, attempt](std::optional<chain::NodeResult<chain::BlockHeader>> head) {
                                   if (attempt != m_attempt)
                                       return;
                                   if (!head) {
                                       done(false, tr("The node did not answer."));
                                   } else if (head->ok()) {
                                       QString text = tr("Connected: the node is at height %1")
                                                          .arg(QLocale().toString(head->value().height));
                                       if (!m_health.isEmpty())
                                           text += tr(" (%1)").arg(m_health);
                                       done(true, text + QLatin1Char('.'));
                                   } else if (head->error().kind == chain::NodeError::Kind::NotFound) {
                                       done(true, tr("Connected: the node answers but has no blocks yet."));
                                   } else {
                                       done(false, tr("Cannot connect: %1").arg(head->error().message));
                                   }
                               });
        });
}

void ConnectionTest::done(bool ok, const QString& text) {
    // The node is released from the event loop: this may run inside one of its own continuations.
    if (m_node)
        m_node.release()->deleteLater();
    emit finished(ok, text);
}

} // namespace aitbc::gui
