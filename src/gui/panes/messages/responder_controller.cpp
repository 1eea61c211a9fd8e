#include "panes/messages/responder_controller.h"

#include "messaging/display_text.h"
#include "messaging/responder.h"
#include "settings/app_settings.h"
#include "state/wallet_manager.h"

#include <QCheckBox>

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

namespace aitbc::gui {

ResponderController::ResponderController(WalletManager* wallets, messaging::MessageSender* sender,
                                         QString stateFolder, QObject* parent)
    : QObject(parent)
    , m_wallets(wallets)
    , m_sender(sender)
    , m_stateFolder(std::move(stateFolder)) {
    connect(m_wallets, &WalletManager::locked, this, [this](const QString&, const QString& address) {
        if (isRunning(address)) {
            append(address, tr("Wallet locked: responder stopped"));
            stop(address);
        }
    });
}

ResponderController::~ResponderController() {
    m_responders.clear();
}

void ResponderController::setNode(chain::Node* node) {
    if (node == m_node)
        return;
    const QStringList running = m_responders.keys();
    for (const QString& a : running) {
        append(a, tr("Node changed: responder stopped"));
        stop(a);
    }
    m_node = node;
}

Result<void> ResponderController::start(const QString& address, const messaging::ResponderRule& rule) {
    if (isRunning(address))
        return {};
    if (!m_wallets->isAddressUnlocked(address))
        return Error{tr("Unlock the wallet first: the responder signs its replies with it.")};
    if (!m_node)
        return Error{tr("Select a node first.")};
    messaging::ResponderConfig config;
    config.rules = {rule};
    config.verifiedOnly = m_verifiedOnly;
    QDir().mkpath(m_stateFolder);
    // One state file per wallet and chain: answered hashes and the start height survive restarts.
    const QString chain = m_node->chainId().isEmpty() ? QStringLiteral("default") : m_node->chainId();
    QString safeChain = chain;
    safeChain.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString statePath =
        QDir(m_stateFolder).filePath(QStringLiteral("responder-%1-%2.json").arg(address, safeChain));
    auto responder = std::make_shared<messaging::Responder>(address, m_node, m_sender, config, statePath);
    connect(responder.get(), &messaging::Responder::log, this,
            [this, address](const QString& line) { append(address, line); });
    if (Result<void> started = responder->start(); !started)
        return started;
    m_responders.insert(address, responder);
    m_rules.insert(address, rule);
    emit runningChanged(address, true);
    return {};
}

void ResponderController::stop(const QString& address) {
    auto it = m_responders.find(address);
    if (it == m_responders.end())
        return;
    (*it)->stop();
    // Deleted later: a stop can come from inside one of its own callbacks.
    std::shared_ptr<messaging::Responder> keep = *it;
    m_responders.erase(it);
    m_rules.remove(address);
    QMetaObject::invokeMethod(
        this, [keep] {}, Qt::QueuedConnection);
    emit runningChanged(address, false);
}

void ResponderController::stopAll() {
    const QStringList running = m_responders.keys();
    for (const QString& a : running)
        stop(a);
}

void ResponderController::setVerifiedOnly(bool verifiedOnly) {
    if (verifiedOnly == m_verifiedOnly)
        return;
    m_verifiedOnly = verifiedOnly;
    const auto rules = m_rules;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        stop(it.key());
        if (const Result<void> started = start(it.key(), it.value()))
            append(it.key(), verifiedOnly ? tr("Now answering verified messages only")
                                          : tr("Now answering verified and unsigned messages"));
        else
            append(it.key(), tr("Responder not restarted: %1").arg(started.error().message));
    }
}

void ResponderController::bindVerifiedOnly(QCheckBox* box, AppSettings* settings) {
    box->setChecked(settings->responderVerifiedOnly());
    setVerifiedOnly(box->isChecked());
    connect(box, &QCheckBox::toggled, this, [this, settings](bool on) {
        settings->setResponderVerifiedOnly(on);
        setVerifiedOnly(on);
    });
}

bool ResponderController::isRunning(const QString& address) const {
    return m_responders.contains(address);
}

messaging::Responder* ResponderController::responder(const QString& address) const {
    return m_responders.value(address).get();
}

void ResponderController::append(const QString& address, const QString& line) {
    const QString stamped =
        QStringLiteral("%1  %2").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                                     messaging::safeSingleLine(line, 300));
    QStringList& log = m_logs[address];
    log.append(stamped);
    while (log.size() > 500)
        log.removeFirst();
    emit logLine(address, stamped);
}

} // namespace aitbc::gui
