#include "settings/app_settings.h"

#include "chain/safe_url.h"
#include "settings/default_profiles.h"

#include <QSettings>

namespace aitbc::gui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kIdleLock = QStringLiteral("security/idleLockMinutes");
const QString kKeychainNotified = QStringLiteral("security/keychainUnavailableNotified");
const QString kResponderVerifiedOnly = QStringLiteral("responder/verifiedOnly");
const QString kRemembered = QStringLiteral("security/rememberedWallets");
const QString kRefresh = QStringLiteral("nodes/refreshSeconds");
const QString kSelected = QStringLiteral("nodes/selected");
const QString kProfiles = QStringLiteral("nodes/profiles");
const QString kSources = QStringLiteral("wallets/sources");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPane = QStringLiteral("window/pane");

/// The URL without "user:password@", when it has one: nothing secret is ever read from or written to the
/// settings file (profiles take no credentials).
QString withoutCredentials(const QString& url) {
    return chain::hasUserInfo(url) ? chain::urlForDisplay(url) : url;
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

AppSettings::~AppSettings() {
    m_settings->sync();
}

QString AppSettings::language() const {
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language) {
    m_settings->setValue(kLanguage, language);
}

int AppSettings::idleLockMinutes() const {
    return qBound(0, m_settings->value(kIdleLock, 5).toInt(), 24 * 60);
}

void AppSettings::setIdleLockMinutes(int minutes) {
    m_settings->setValue(kIdleLock, qBound(0, minutes, 24 * 60));
}

int AppSettings::refreshIntervalSeconds() const {
    return qBound(1, m_settings->value(kRefresh, 5).toInt(), 3600);
}

void AppSettings::setRefreshIntervalSeconds(int seconds) {
    m_settings->setValue(kRefresh, qBound(1, seconds, 3600));
}

bool AppSettings::notificationEnabled(const QString& kindKey) const {
    return m_settings->value(QStringLiteral("notifications/") + kindKey, true).toBool();
}

void AppSettings::setNotificationEnabled(const QString& kindKey, bool on) {
    m_settings->setValue(QStringLiteral("notifications/") + kindKey, on);
}

int AppSettings::behindLimitBlocks() const {
    return qBound(1, m_settings->value(QStringLiteral("notifications/behind_limit"), 10).toInt(), 100000);
}

void AppSettings::setBehindLimitBlocks(int blocks) {
    m_settings->setValue(QStringLiteral("notifications/behind_limit"), qBound(1, blocks, 100000));
}

bool AppSettings::closeToTray() const {
    return m_settings->value(QStringLiteral("window/close_to_tray"), false).toBool();
}

void AppSettings::setCloseToTray(bool on) {
    m_settings->setValue(QStringLiteral("window/close_to_tray"), on);
}

QStringList AppSettings::keystoreSources() const {
    return m_settings->value(kSources).toStringList();
}

void AppSettings::setKeystoreSources(const QStringList& sources) {
    m_settings->setValue(kSources, sources);
}

QList<chain::NodeProfile> AppSettings::nodeProfiles() const {
    QList<chain::NodeProfile> profiles;
    const int n = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        chain::NodeProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        // A settings file written elsewhere may hold "user:password@": never let it reach a node, a log
        // line or the Nodes pane (profiles take no credentials, see chain::profileProblem).
        p.rpcUrl = withoutCredentials(m_settings->value(QStringLiteral("rpcUrl")).toString());
        p.chainDbPath = m_settings->value(QStringLiteral("chainDb")).toString();
        p.chainId = m_settings->value(QStringLiteral("chainId")).toString();
        p.agentAddress = m_settings->value(QStringLiteral("agentAddress")).toString();
        p.role = roleFromKey(m_settings->value(QStringLiteral("role")).toString());
        p.fee = m_settings->value(QStringLiteral("fee"), p.fee).toLongLong();
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    m_settings->endArray();
    return profiles;
}

void AppSettings::setNodeProfiles(const QList<chain::NodeProfile>& profiles) {
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const chain::NodeProfile& p = profiles[i];
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("rpcUrl"), withoutCredentials(p.rpcUrl));
        m_settings->setValue(QStringLiteral("chainDb"), p.chainDbPath);
        m_settings->setValue(QStringLiteral("chainId"), p.chainId);
        m_settings->setValue(QStringLiteral("agentAddress"), p.agentAddress);
        m_settings->setValue(QStringLiteral("role"), roleKey(p.role));
        m_settings->setValue(QStringLiteral("fee"), p.fee);
    }
    m_settings->endArray();
}

bool AppSettings::hasNodeProfiles() const {
    return m_settings->contains(kProfiles + QStringLiteral("/size"));
}

QString AppSettings::selectedProfile() const {
    return m_settings->value(kSelected).toString();
}

void AppSettings::setSelectedProfile(const QString& name) {
    m_settings->setValue(kSelected, name);
}

QStringList AppSettings::rememberedWallets() const {
    return m_settings->value(kRemembered).toStringList();
}

void AppSettings::setRemembered(const QString& address, bool remembered) {
    QStringList list = rememberedWallets();
    list.removeAll(address);
    if (remembered)
        list.append(address);
    m_settings->setValue(kRemembered, list);
}

bool AppSettings::isRemembered(const QString& address) const {
    return !address.isEmpty() && rememberedWallets().contains(address);
}

bool AppSettings::keychainUnavailableNotified() const {
    return m_settings->value(kKeychainNotified, false).toBool();
}

void AppSettings::setKeychainUnavailableNotified(bool notified) {
    m_settings->setValue(kKeychainNotified, notified);
}

bool AppSettings::sendsAcknowledgments(const QString& address) const {
    return !address.isEmpty() &&
           m_settings->value(QStringLiteral("messaging/acknowledge/%1").arg(address), false).toBool();
}

void AppSettings::setSendsAcknowledgments(const QString& address, bool on) {
    if (!address.isEmpty())
        m_settings->setValue(QStringLiteral("messaging/acknowledge/%1").arg(address), on);
}

bool AppSettings::responderVerifiedOnly() const {
    return m_settings->value(kResponderVerifiedOnly, false).toBool();
}

void AppSettings::setResponderVerifiedOnly(bool verifiedOnly) {
    m_settings->setValue(kResponderVerifiedOnly, verifiedOnly);
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const {
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state) {
    m_settings->setValue(kState, state);
}

QString AppSettings::currentPane() const {
    return m_settings->value(kPane).toString();
}

void AppSettings::setCurrentPane(const QString& id) {
    m_settings->setValue(kPane, id);
}

QString AppSettings::messagesWallet() const {
    return m_settings->value(QStringLiteral("messages/wallet")).toString();
}

void AppSettings::setMessagesWallet(const QString& address) {
    m_settings->setValue(QStringLiteral("messages/wallet"), address);
}

QByteArray AppSettings::headerState(const QString& view) const {
    return m_settings->value(QStringLiteral("views/") + view).toByteArray();
}

void AppSettings::setHeaderState(const QString& view, const QByteArray& state) {
    m_settings->setValue(QStringLiteral("views/") + view, state);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

} // namespace aitbc::gui
