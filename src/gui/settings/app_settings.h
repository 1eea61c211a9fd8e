#pragma once

#include "chain/node_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace aitbc::gui {

/// Typed access to the dashboard's settings. The backend is QSettings in native format, which on
/// Linux is `$XDG_CONFIG_HOME/aitbc/aitbc-dashboard.conf` (organization "aitbc", application
/// "aitbc-dashboard"). Only preferences and non-secret state live here: no password, key, or keychain
/// secret is ever written (the "remember" choice is a per-address flag, the secret is in the keychain).
class AppSettings {
public:
    /// The user's settings file (QSettings defaults).
    AppSettings();
    /// A settings file at `iniPath` (tests, --settings); created when missing.
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// UI language as a locale name ("de", "en"); empty = follow the system.
    QString language() const;
    void setLanguage(const QString& language);

    /// Minutes of inactivity after which unlocked wallets lock again; 0 = never. Default 5.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    /// Seconds between node refreshes. Default 5, at least 1.
    int refreshIntervalSeconds() const;
    void setRefreshIntervalSeconds(int seconds);

    /// Whether desktop notifications of one kind (notificationKindKey: "new_message", "fork", …) are
    /// shown. Default on.
    bool notificationEnabled(const QString& kindKey) const;
    void setNotificationEnabled(const QString& kindKey, bool on);
    /// Blocks a node may lag behind the highest one before it counts as behind (tray, notifications).
    /// Default 10, between 1 and 100000.
    int behindLimitBlocks() const;
    void setBehindLimitBlocks(int blocks);
    /// Whether closing the window keeps the dashboard (and its responder) running in the tray. Default off.
    bool closeToTray() const;
    void setCloseToTray(bool on);

    /// Keystore folders and files the user added (the system default is not stored).
    QStringList keystoreSources() const;
    void setKeystoreSources(const QStringList& sources);

    /// Saved node profiles, in display order.
    QList<chain::NodeProfile> nodeProfiles() const;
    void setNodeProfiles(const QList<chain::NodeProfile>& profiles);
    /// Whether profiles were ever saved (first start: seed defaults from the environment).
    bool hasNodeProfiles() const;

    /// Name of the node profile whose data the status bar and the wallets' balances show.
    QString selectedProfile() const;
    void setSelectedProfile(const QString& name);

    /// Addresses whose password the user chose to remember in the system keychain.
    QStringList rememberedWallets() const;
    void setRemembered(const QString& address, bool remembered);
    bool isRemembered(const QString& address) const;

    /// Set once the user was told that no system keychain is available, so it is said only once.
    bool keychainUnavailableNotified() const;
    void setKeychainUnavailableNotified(bool notified);

    /// Whether the dashboard's responders answer only messages whose authorship is verified. Default off.
    /// Whether the dashboard acknowledges the messages this wallet has read (one key per address; off
    /// by default: an acknowledgment costs a fee and tells the sender the message was read).
    bool sendsAcknowledgments(const QString& address) const;
    void setSendsAcknowledgments(const QString& address, bool on);
    bool responderVerifiedOnly() const;
    void setResponderVerifiedOnly(bool verifiedOnly);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QString currentPane() const;
    void setCurrentPane(const QString& id);
    /// The wallet the Messages pane speaks for, as the user last chose it (an address, not a secret).
    QString messagesWallet() const;
    void setMessagesWallet(const QString& address);
    /// Saved header state of a table view, keyed by the view's name.
    QByteArray headerState(const QString& view) const;
    void setHeaderState(const QString& view, const QByteArray& state);

    /// Writes pending changes to disk.
    void sync();
    /// Path of the backing file (for the about box and tests).
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace aitbc::gui
