#include "messaging/responder.h"

#include "messaging/display_text.h"
#include "messaging/future_util.h"
#include "messaging/message_sender.h"
#include "messaging/messaging_log.h"

namespace aitbc::messaging {

Responder::Responder(QString address, chain::Node* reader, MessageSender* sender, ResponderConfig config,
                     QString statePath, QObject* parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_reader(reader)
    , m_sender(sender)
    , m_config(config)
    , m_statePath(std::move(statePath))
    , m_engine(config, &m_state)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer.setInterval(2000); // the guide's poll interval (§6.1)
    connect(&m_timer, &QTimer::timeout, this, &Responder::poll);
}

Responder::~Responder() = default;

void Responder::say(const QString& line) {
    qCInfo(lcResponder).noquote() << m_address << line;
    emit log(line);
}

bool Responder::start(QString* error) {
    for (const ResponderRule& r : m_config.rules) {
        if (const QString p = r.problem(); !p.isEmpty()) {
            if (error)
                *error = QStringLiteral("rule '%1': %2").arg(r.trigger, p);
            return false;
        }
    }
    if (!ResponderState::load(m_statePath, m_state, error))
        return false;
    if (!m_state.address.isEmpty() && m_state.address != m_address) {
        if (error)
            *error = QStringLiteral("state file %1 belongs to %2, not %3")
                         .arg(m_statePath, m_state.address, m_address);
        return false;
    }
    m_state.address = m_address;
    if (m_config.startHeight >= 0 && m_state.startHeight < 0)
        m_state.startHeight = m_config.startHeight;
    if (m_state.startHeight >= 0)
        emit startHeightKnown(m_state.startHeight);
    say(tr("Responder started for %1 (%2 rule(s), from height %3)")
            .arg(m_address)
            .arg(m_config.rules.size())
            .arg(m_state.startHeight >= 0 ? QString::number(m_state.startHeight) : tr("the current head")));
    m_timer.start();
    QTimer::singleShot(0, this, &Responder::poll);
    return true;
}

void Responder::stop() {
    if (m_timer.isActive())
        say(tr("Responder stopped"));
    m_timer.stop();
}

bool Responder::saveState() {
    QString error;
    if (!m_state.save(m_statePath, &error)) {
        say(tr("Cannot save the responder state: %1. Stopping so nothing is answered twice.").arg(error));
        stop();
        return false;
    }
    return true;
}

void Responder::poll() {
    if (m_polling || !m_timer.isActive() || !m_reader || !m_sender || !m_sender->isReady())
        return;
    m_polling = true;
    if (m_state.startHeight < 0) {
        // First start: everything up to the current head is history.
        whenFinished(this, m_reader->head(), [this](std::optional<chain::NodeResult<chain::BlockHeader>> h) {
            m_polling = false;
            if (!h || !h->ok()) {
                if (h)
                    say(tr("Node unavailable: %1").arg(h->error().message));
                return;
            }
            m_state.startHeight = h->value().height;
            m_state.chainId = m_reader->chainId();
            if (!saveState())
                return;
            say(tr("Answering messages above height %1").arg(m_state.startHeight));
            emit startHeightKnown(m_state.startHeight);
            poll();
        });
        return;
    }
    whenFinished(this, m_reader->messages(m_address),
                 [this](std::optional<chain::NodeResult<QList<chain::ChainMessage>>> r) {
                     if (!r || !r->ok()) {
                         m_polling = false;
                         if (r)
                             qCDebug(lcResponder) << "messages unavailable:" << r->error().message;
                         return;
                     }
                     process(r->value());
                 });
}

void Responder::process(const QList<chain::ChainMessage>& messages) {
    QList<chain::ChainMessage> queue;
    for (const chain::ChainMessage& m : messages)
        if (m.direction == chain::ChainMessage::Direction::Incoming && m.blockHeight > m_state.startHeight &&
            !m_state.handled.contains(m.txHash))
            queue.append(m);
    handleNext(queue);
}

void Responder::handleNext(QList<chain::ChainMessage> queue) {
    if (queue.isEmpty() || !m_timer.isActive() || !m_sender) {
        m_polling = false;
        return;
    }
    const chain::ChainMessage m = queue.takeFirst();
    // Second line of defence: a reply already in the outbox (the state write after it was lost).
    if (m_sender->hasReplyTo(m.txHash)) {
        m_engine.record(m.txHash, ResponderDecision::Kind::Reply, m_clock());
        saveState();
        handleNext(queue);
        return;
    }
    const QDateTime now = m_clock();
    const ResponderDecision d = m_engine.consider(m, now);
    switch (d.kind) {
    case ResponderDecision::Kind::Ignore:
        handleNext(queue);
        return;
    case ResponderDecision::Kind::RateLimited:
        m_engine.record(m.txHash, d.kind, now);
        say(tr("Not answering \"%1\" from %2 at height %3: %4")
                .arg(safeSingleLine(m.text, 60), m.sender)
                .arg(m.blockHeight)
                .arg(d.reason));
        if (saveState())
            handleNext(queue);
        else
            m_polling = false;
        return;
    case ResponderDecision::Kind::Reply:
        break;
    }
    whenFinished(this, m_sender->enqueue(m_address, m.sender, d.reply, m.txHash),
                 [this, m, d, now, queue](std::optional<qint64> id) {
                     if (!id || *id < 0) {
                         say(tr("Could not queue the reply to %1; will try again").arg(m.txHash));
                         m_polling = false;
                         return;
                     }
                     m_engine.record(m.txHash, ResponderDecision::Kind::Reply, now);
                     if (!saveState()) {
                         m_polling = false;
                         return;
                     }
                     say(tr("Received \"%1\" from %2 at height %3: replying \"%4\"")
                             .arg(safeSingleLine(m.text, 60), m.sender)
                             .arg(m.blockHeight)
                             .arg(safeSingleLine(d.reply, 60)));
                     emit replied(m.txHash, *id);
                     handleNext(queue);
                 });
}

} // namespace aitbc::messaging
