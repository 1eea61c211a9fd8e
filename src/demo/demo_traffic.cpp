#include "demo/demo_traffic.h"

#include "chain/node.h"
#include "chain/node_profile.h"
#include "crypto/ed25519.h"
#include "demo/demo_log.h"
#include "keystore/key_files.h"
#include "messaging/message_sender.h"
#include "messaging/responder.h"

#include <QDir>

namespace aitbc::demo {

namespace {

/// What the pinger says to its chat partner between pings. Chain content, not interface text: it stays
/// English in every language, like the ping and pong the agents of the guide exchange.
const char* const kChatLines[] = {
    "hello, bob's agent is online and pinging carol",
    "carol's responder is answering; round trips are in the thread view",
    "the follower imports blocks without their transactions: see the Sync pane",
    "status: all good on bob's node",
};

} // namespace

DemoTraffic::DemoTraffic(QObject* parent)
    : QObject(parent) {
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::next);
}

DemoTraffic::~DemoTraffic() {
    stop();
}

Result<void> DemoTraffic::start(const DemoTrafficOptions& options) {
    stop();
    m_options = options;
    auto pinger = keystore::openWithPasswordFile(options.pinger.keystorePath, options.pinger.passwordFile);
    if (!pinger)
        return pinger.error();
    auto replier = keystore::openWithPasswordFile(options.replier.keystorePath, options.replier.passwordFile);
    if (!replier)
        return replier.error();
    if (!QDir().mkpath(options.stateDir))
        return Error{QStringLiteral("cannot create %1").arg(options.stateDir)};
    m_pingerKey = std::move(pinger->key);
    m_replierKey = std::move(replier->key);
    m_pingerAddress = pinger->address;
    m_replierAddress = replier->address;

    chain::NodeProfile profile;
    profile.name = QStringLiteral("demo-traffic");
    profile.rpcUrl = options.leaderUrl.toString();
    profile.chainId = options.chainId;
    m_node = chain::createNode(profile);

    const QDir state(options.stateDir);
    auto keys = [this](const QString& address) -> const crypto::Ed25519Key* {
        if (address == m_pingerAddress)
            return m_pingerKey.get();
        if (address == m_replierAddress)
            return m_replierKey.get();
        return nullptr;
    };
    m_sender = std::make_unique<messaging::MessageSender>(state.filePath(QStringLiteral("outbox.sqlite")),
                                                          m_node.get(), keys);
    m_sender->setPollInterval(qMin(options.pollMs, 1000));
    messaging::ResponderConfig config; // exact "ping" -> "pong"
    config.maxReplies = 60;            // room for the pinger plus a user pinging by hand
    config.maxRepliesPerSender = 60;   // the pinger is one sender
    m_responder = std::make_unique<messaging::Responder>(
        m_replierAddress, m_node.get(), m_sender.get(), config,
        state.filePath(QStringLiteral("responder-%1.json").arg(m_replierAddress)));
    m_responder->setPollInterval(options.pollMs);

    connect(m_responder.get(), &messaging::Responder::log, this, &DemoTraffic::log);
    connect(m_sender.get(), &messaging::MessageSender::entryChanged, this,
            [this](const messaging::OutboxEntry& e) {
                if (e.state == messaging::OutboxState::Confirmed && !e.inReplyTo.isEmpty()) {
                    ++m_repliesConfirmed;
                    emit replyConfirmed(e.txHash, e.blockHeight);
                }
                if (e.state == messaging::OutboxState::Failed)
                    emit log(QStringLiteral("message %1 failed: %2").arg(e.id).arg(e.reason));
            });
    connect(m_sender.get(), &messaging::MessageSender::ready, this, [this](bool ok, const QString& why) {
        if (!ok) {
            qCWarning(lcDemo) << "demo traffic: the outbox cannot be opened:" << why;
            return;
        }
        if (const Result<void> started = m_responder->start(); !started) {
            qCWarning(lcDemo) << "demo traffic: the responder did not start:" << started.error().message;
            return;
        }
        next(); // the first message at once, so a new user sees traffic within a few blocks
        m_timer.start(qMax(50, m_options.intervalMs));
    });
    m_sender->start();
    qCInfo(lcDemo).noquote() << "demo traffic:" << m_pingerAddress << "pings" << m_replierAddress;
    return {};
}

void DemoTraffic::stop() {
    m_timer.stop();
    if (m_responder)
        m_responder->stop();
    // The responder and the sender use the node: they go first.
    m_responder.reset();
    m_sender.reset();
    m_node.reset();
    m_pingerKey.reset();
    m_replierKey.reset();
}

bool DemoTraffic::pingerBusy() const {
    const QList<messaging::OutboxEntry> entries = m_sender->entries();
    return std::any_of(entries.cbegin(), entries.cend(), [this](const messaging::OutboxEntry& e) {
        return e.sender == m_pingerAddress && !e.isFinal();
    });
}

void DemoTraffic::next() {
    if (!m_sender || !m_sender->isReady() || pingerBusy())
        return;
    const bool chat = !m_options.chatPartner.isEmpty() && m_step % 2 == 1;
    const QString to = chat ? m_options.chatPartner : m_replierAddress;
    const QString text =
        chat ? QString::fromUtf8(kChatLines[(m_step / 2) % std::size(kChatLines)]) : QStringLiteral("ping");
    ++m_step;
    ++m_queued;
    m_sender->enqueue(m_pingerAddress, to, text);
    emit log(QStringLiteral("%1 -> %2: %3").arg(m_pingerAddress, to, text));
}

} // namespace aitbc::demo
