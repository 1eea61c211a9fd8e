#pragma once

#include <QObject>
#include <QString>

namespace aitbc::gui {

class AppSettings;
class AgentReportPoller;
class MessagingService;
class NodeRegistry;
class SecretStore;
class WalletManager;

/// The shared state of one dashboard window: settings, node profiles with their live nodes, the
/// wallets with their unlocked keys, and the secret store. Created by main (or a test) and handed to
/// every pane's constructor; panes never create their own copies.
///
///   - `nodes()`    NodeRegistry: profiles, one chain::Node each, the selected node, live status.
///   - `wallets()`  WalletManager: keystores, unlock/lock, signing keys, balances on the selected node.
///   - `secrets()`  SecretStore: the "remember password" keychain (or an in-memory store in tests).
///   - `settings()` AppSettings: typed preferences.
///   - `messaging()` MessagingService: the outbox, its sender and the responders (created on first use,
///     after the data folder is known).
///
/// The context wires them together: the wallets' balances follow the selected node and its head, the
/// idle lock time and the refresh interval follow the settings, and node profiles / keystore sources
/// the user edits are saved.
class AppContext : public QObject {
    Q_OBJECT
public:
    /// Takes ownership of `secrets`; `settings` must outlive the context.
    AppContext(AppSettings* settings, SecretStore* secrets, QObject* parent = nullptr);
    ~AppContext() override;

    AppSettings* settings() const { return m_settings; }
    NodeRegistry* nodes() const { return m_nodes; }
    WalletManager* wallets() const { return m_wallets; }
    SecretStore* secrets() const { return m_secrets; }
    /// The messaging service, created (and its outbox opened) on the first call.
    MessagingService* messaging();
    /// The messaging service if something created it already, else nullptr (observers that must not
    /// open the outbox just to look).
    MessagingService* messagingIfCreated() const { return m_messaging; }
    /// Feeds the nodes reached through their agents with the agents' status reports.
    AgentReportPoller* agentReports() const { return m_agentReports; }

    /// Loads profiles and keystore sources from settings (seeding defaults from the guide's
    /// environment variables on first start, §hermes-guide "Environment variables") and adds the AITBC
    /// default keystore folder when readable. Call once after construction.
    /// Without `withNodeProfiles` (a node given on the command line) the saved and default profiles are
    /// left out, and saving later keeps the saved ones.
    void loadFromSettings(bool withNodeProfiles = true);
    /// Saves the persistent node profiles, the selected node and the user's keystore sources.
    void saveToSettings();
    /// Applies idle-lock minutes and refresh interval from settings (after the settings dialog).
    void applyPreferences();
    /// Overrides the idle lock in milliseconds (tests, --idle-lock).
    void setIdleLockMs(int ms);

    /// The AITBC default keystore folder (protocol.md §3.1).
    static QString defaultKeystoreFolder();

    /// Where the dashboard keeps what it writes besides settings: the outbox and the responders' state.
    /// The XDG data folder by default; the demo points it into its own folder, so a demo never touches
    /// (or sends) the user's real outbox. Set before the panes are created.
    QString dataFolder() const;
    void setDataFolder(const QString& folder) { m_dataFolder = folder; }
    /// The outbox file; `dataFolder()/outbox.sqlite` unless set (before the first messaging() call).
    QString outboxPath() const;
    void setOutboxPath(const QString& path) { m_outboxPath = path; }

    /// The wallet the panes should show first when the user has not picked one (the demo's pinging agent).
    QString focusWallet() const { return m_focusWallet; }
    void setFocusWallet(const QString& address);

signals:
    /// Something a status bar shows changed (selected node, its status, unlocked wallets).
    void summaryChanged();
    void focusWalletChanged(const QString& address);

private:
    AppSettings* m_settings;
    NodeRegistry* m_nodes;
    WalletManager* m_wallets;
    SecretStore* m_secrets;
    MessagingService* m_messaging = nullptr;
    AgentReportPoller* m_agentReports = nullptr;
    bool m_profilesLoaded = true;
    QString m_dataFolder;
    QString m_outboxPath;
    QString m_focusWallet;
};

} // namespace aitbc::gui
