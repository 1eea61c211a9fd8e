#include "state/app_context.h"

#include "common/logging.h"
#include "secrets/secret_store.h"
#include "settings/app_settings.h"
#include "settings/default_profiles.h"
#include "state/agent_report_poller.h"
#include "state/messaging_service.h"
#include "state/node_registry.h"
#include "state/wallet_manager.h"

#include <QDir>

#include <algorithm>
#include <QFileInfo>
#include <QStandardPaths>

namespace aitbc::gui {

AppContext::AppContext(AppSettings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nodes(new NodeRegistry(this))
    , m_wallets(new WalletManager(this))
    , m_secrets(secrets) {
    if (m_secrets)
        m_secrets->setParent(this);
    connect(m_nodes, &NodeRegistry::selectedChanged, this, [this] {
        m_wallets->refreshAccounts(m_nodes->selectedNode());
        emit summaryChanged();
    });
    connect(m_nodes, &NodeRegistry::selectedHeadChanged, this,
            [this] { m_wallets->refreshAccounts(m_nodes->selectedNode()); });
    connect(m_nodes, &NodeRegistry::statusChanged, this, [this](int row) {
        if (row == m_nodes->selectedRow())
            emit summaryChanged();
    });
    connect(m_wallets, &WalletManager::unlocked, this, &AppContext::summaryChanged);
    connect(m_wallets, &WalletManager::locked, this, &AppContext::summaryChanged);
    connect(m_wallets, &WalletManager::walletsReset, this, &AppContext::summaryChanged);
    // Costs nothing without a node reached through its agent: it looks only at those.
    m_agentReports = new AgentReportPoller(this, this);
}

AppContext::~AppContext() {
    delete m_agentReports; // it asks through the messaging service
    m_agentReports = nullptr;
    // The responders and the sender stop before the keys they sign with go away.
    delete m_messaging;
    m_messaging = nullptr;
    // Keys first: nothing else may outlive the wallets' secrets.
    m_wallets->lockAll();
}

MessagingService* AppContext::messaging() {
    if (!m_messaging) {
        m_messaging = new MessagingService(m_nodes, m_wallets, outboxPath(), dataFolder(), this);
        m_messaging->setSettings(m_settings);
    }
    return m_messaging;
}

QString AppContext::outboxPath() const {
    return m_outboxPath.isEmpty() ? QDir(dataFolder()).filePath(QStringLiteral("outbox.sqlite"))
                                  : m_outboxPath;
}

QString AppContext::dataFolder() const {
    return m_dataFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : m_dataFolder;
}

void AppContext::setFocusWallet(const QString& address) {
    if (address == m_focusWallet)
        return;
    m_focusWallet = address;
    emit focusWalletChanged(address);
}

QString AppContext::defaultKeystoreFolder() {
    return QStringLiteral("/var/lib/aitbc/keystore");
}

void AppContext::loadFromSettings(bool withNodeProfiles) {
    m_profilesLoaded = withNodeProfiles;
    if (withNodeProfiles) {
        const QList<chain::NodeProfile> profiles =
            m_settings->hasNodeProfiles() ? m_settings->nodeProfiles() : defaultProfilesFromEnvironment();
        for (const chain::NodeProfile& profile : profiles)
            m_nodes->addProfile(profile);
        const QString selected = m_settings->selectedProfile();
        if (m_nodes->indexOf(selected) >= 0)
            m_nodes->setSelected(selected);
    }

    const QFileInfo system(defaultKeystoreFolder());
    if (system.isDir() && system.isReadable())
        m_wallets->addSource(system.absoluteFilePath(), false);
    for (const QString& source : m_settings->keystoreSources())
        m_wallets->addSource(source, true);
    applyPreferences();
}

void AppContext::saveToSettings() {
    QList<chain::NodeProfile> profiles = m_nodes->persistentProfiles();
    if (!m_profilesLoaded) {
        // The saved profiles were not loaded (a node given on the command line): profiles added in this
        // session join them instead of replacing them.
        QList<chain::NodeProfile> saved = m_settings->nodeProfiles();
        for (const chain::NodeProfile& p : profiles) {
            const auto same = std::find_if(saved.begin(), saved.end(),
                                           [&](const chain::NodeProfile& s) { return s.name == p.name; });
            if (same != saved.end())
                *same = p;
            else
                saved.append(p);
        }
        profiles = saved;
    }
    if (m_profilesLoaded || !profiles.isEmpty())
        m_settings->setNodeProfiles(profiles);
    if (m_nodes->selectedRow() >= 0 && !m_nodes->isTransient(m_nodes->selectedRow()))
        m_settings->setSelectedProfile(m_nodes->selectedName());
    m_settings->setKeystoreSources(m_wallets->persistentSources());
    m_settings->sync();
}

void AppContext::applyPreferences() {
    m_wallets->setIdleLockMs(m_settings->idleLockMinutes() * 60 * 1000);
    m_nodes->setRefreshInterval(m_settings->refreshIntervalSeconds() * 1000);
    m_agentReports->setReadInterval(AgentReportPoller::kDefaultReadMs);
}

void AppContext::setIdleLockMs(int ms) {
    m_wallets->setIdleLockMs(ms);
}

} // namespace aitbc::gui
