#include "state/wallet_manager.h"

#include "util/when_finished.h"

#include "chain/node.h"
#include "common/logging.h"
#include "keystore/durable_file.h"
#include "messaging/future_util.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <openssl/crypto.h>

namespace aitbc::gui {

namespace {

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

WalletOperationResult failure(const QString& path, const QString& message,
                              std::optional<keystore::ErrorKind> kind = std::nullopt) {
    WalletOperationResult r;
    r.path = path;
    r.message = message;
    r.errorKind = kind;
    return r;
}

/// Result of the worker part of an unlock: the key travels back to the GUI thread in a shared_ptr
/// because QFuture results must be copyable; it is moved into the manager at once.
struct UnlockWork {
    WalletOperationResult result;
    std::shared_ptr<crypto::Ed25519Key> key;
    QString address;
};

UnlockWork unlockOnWorker(const QString& path, QByteArray password) {
    UnlockWork work;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        wipe(password);
        work.result = failure(path, WalletManager::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return work;
    }
    const QByteArray bytes = file.readAll();
    auto key = keystore::unlock(bytes, password);
    wipe(password);
    if (!key) {
        work.result = failure(path, key.error().message, key.error().kind);
        return work;
    }
    auto signer = crypto::Ed25519Key::fromSeed(key->seed.view());
    if (!signer) {
        work.result = failure(path, signer.error().message, keystore::ErrorKind::WrongSeedLength);
        return work;
    }
    work.key = std::make_shared<crypto::Ed25519Key>(std::move(signer).value());
    work.address = key->address;
    work.result.ok = true;
    work.result.path = path;
    return work;
}

} // namespace

WalletManager::WalletManager(QObject* parent)
    : QObject(parent) {
    connect(&m_idle, &InactivityTimer::inactivityDetected, this, [this] {
        if (!hasIdleLockableKey())
            return;
        qCInfo(lcGuiWallets) << "idle lock after" << m_idle.interval() << "ms";
        QStringList paths;
        for (const auto& [path, key] : m_keys) {
            if (!m_idleExempt.contains(path))
                paths.append(path);
        }
        for (const QString& path : paths)
            lock(path);
        emit idleLocked();
    });
    connect(&m_idle, &InactivityTimer::warning, this, [this](int secondsLeft) {
        if (hasIdleLockableKey())
            emit idleLockPending(secondsLeft);
    });
    connect(&m_idle, &InactivityTimer::warningCancelled, this, &WalletManager::idleLockPostponed);
}

WalletManager::~WalletManager() = default;

bool WalletManager::addSource(const QString& path, bool persistent) {
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (m_sources.contains(clean))
        return false;
    m_sources.append(clean);
    if (persistent)
        m_persistent.append(clean);
    emit sourcesChanged();
    rescan();
    return true;
}

bool WalletManager::removeSource(const QString& path) {
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!m_sources.removeOne(clean))
        return false;
    m_persistent.removeOne(clean);
    emit sourcesChanged();
    rescan();
    return true;
}

void WalletManager::rescan() {
    const quint64 generation = ++m_scanGeneration;
    m_scanning = true;
    const QStringList sources = m_sources;
    // Watched with messaging::whenFinished (a QFutureWatcher), not QFuture::then(this, ...): under load
    // Qt 6.4 sometimes never ran that continuation for a scan that finished quickly (seen twice in CI
    // as a rescan without walletsReset).
    auto scan = QtConcurrent::run([sources] {
        QList<WalletEntry> all;
        QStringList seen;
        for (const QString& source : sources) {
            for (WalletEntry& entry : scanKeystoreSource(source)) {
                if (seen.contains(entry.path))
                    continue; // a file added on its own and through its folder appears once
                seen.append(entry.path);
                all.append(std::move(entry));
            }
        }
        return all;
    });
    messaging::whenFinished(this, scan, [this, generation](std::optional<QList<WalletEntry>> scanned) {
        applyScan(scanned.value_or(QList<WalletEntry>()), generation);
    });
}

void WalletManager::applyScan(const QList<WalletEntry>& scanned, quint64 generation) {
    if (generation != m_scanGeneration)
        return; // a newer scan is under way
    m_scanning = false;
    emit walletsAboutToReset();
    QList<WalletEntry> next = scanned;
    QStringList present;
    for (WalletEntry& entry : next) {
        present.append(entry.path);
        entry.unlocked = m_keys.count(entry.path) > 0;
        // Keep the account columns of wallets already known, so a rescan does not blank them.
        const int old = indexOfPath(entry.path);
        if (old >= 0 && m_wallets[old].address() == entry.address()) {
            entry.accountLoaded = m_wallets[old].accountLoaded;
            entry.account = m_wallets[old].account;
            entry.accountError = m_wallets[old].accountError;
        }
    }
    QList<std::pair<QString, QString>> dropped;
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        if (!present.contains(it->first)) {
            const int old = indexOfPath(it->first);
            dropped.append({it->first, old >= 0 ? m_wallets[old].address() : QString()});
            it = m_keys.erase(it);
        } else {
            ++it;
        }
    }
    m_wallets = std::move(next);
    emit walletsReset();
    for (const auto& [path, address] : dropped)
        emit locked(path, address);
    updateIdleTimer();
    qCDebug(lcGuiWallets) << "scan found" << m_wallets.size() << "keystores in" << m_sources.size()
                          << "sources";
    if (m_accountNode)
        refreshAccounts(m_accountNode);
}

int WalletManager::indexOfPath(const QString& path) const {
    for (int i = 0; i < m_wallets.size(); ++i) {
        if (m_wallets[i].path == path)
            return i;
    }
    return -1;
}

int WalletManager::indexOfAddress(const QString& address) const {
    for (int i = 0; i < m_wallets.size(); ++i) {
        if (!address.isEmpty() && m_wallets[i].address() == address)
            return i;
    }
    return -1;
}

WalletOperationResult WalletOperationResult::interrupted() {
    WalletOperationResult r;
    r.message = WalletManager::tr("The operation was interrupted before it finished.");
    return r;
}

QFuture<WalletOperationResult> WalletManager::unlock(const QString& path, QByteArray password) {
    return util::thenOn(
        this, QtConcurrent::run(unlockOnWorker, path, std::move(password)),
        [this](UnlockWork work) {
            if (work.result.ok && work.key) {
                m_keys[work.result.path] = std::make_unique<crypto::Ed25519Key>(std::move(*work.key));
                work.key.reset();
                markUnlocked(work.result.path, true);
                updateIdleTimer();
                qCInfo(lcGuiWallets) << "unlocked" << work.result.path;
                emit unlocked(work.result.path, work.address);
            }
            return work.result;
        },
        &WalletOperationResult::interrupted);
}

bool WalletManager::isUnlocked(const QString& path) const {
    return m_keys.count(path) > 0;
}

bool WalletManager::isAddressUnlocked(const QString& address) const {
    return signingKey(address) != nullptr;
}

const crypto::Ed25519Key* WalletManager::signingKey(const QString& address) const {
    for (const WalletEntry& entry : m_wallets) {
        if (entry.address() == address && !address.isEmpty()) {
            const auto it = m_keys.find(entry.path);
            if (it != m_keys.end())
                return it->second.get();
        }
    }
    return nullptr;
}

QByteArray WalletManager::sign(const QString& address, QByteArrayView message) const {
    const crypto::Ed25519Key* key = signingKey(address);
    return key ? key->sign(message) : QByteArray();
}

void WalletManager::markUnlocked(const QString& path, bool isUnlockedNow) {
    const int row = indexOfPath(path);
    if (row >= 0) {
        m_wallets[row].unlocked = isUnlockedNow;
        emit walletChanged(row);
    }
}

void WalletManager::lock(const QString& path) {
    const auto it = m_keys.find(path);
    if (it == m_keys.end())
        return;
    m_keys.erase(it); // ~Ed25519Key frees the OpenSSL key, which wipes the private bytes
    markUnlocked(path, false);
    const int row = indexOfPath(path);
    emit locked(path, row >= 0 ? m_wallets[row].address() : QString());
    updateIdleTimer();
}

void WalletManager::lockAll() {
    QStringList paths;
    for (const auto& [path, key] : m_keys)
        paths.append(path);
    for (const QString& path : paths)
        lock(path);
}

void WalletManager::setIdleLockMs(int ms) {
    m_idle.setInterval(ms);
    updateIdleTimer();
}

void WalletManager::setIdleLockExempt(const QString& path, bool exempt) {
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (exempt)
        m_idleExempt.insert(clean);
    else
        m_idleExempt.remove(clean);
    const int row = indexOfPath(clean);
    if (row >= 0)
        emit walletChanged(row);
    updateIdleTimer();
}

bool WalletManager::isIdleLockExempt(const QString& path) const {
    return m_idleExempt.contains(path);
}

bool WalletManager::hasIdleLockableKey() const {
    for (const auto& [path, key] : m_keys) {
        if (!m_idleExempt.contains(path))
            return true;
    }
    return false;
}

void WalletManager::updateIdleTimer() {
    if (hasIdleLockableKey() && m_idle.interval() > 0) {
        if (!m_idle.isActive())
            m_idle.activate();
    } else {
        m_idle.deactivate();
    }
}

QFuture<WalletOperationResult> WalletManager::createWallet(const QString& folder, const QString& name,
                                                           QByteArray password) {
    const QString path = QDir(folder).filePath(name + QStringLiteral(".json"));
    auto written = QtConcurrent::run([path, name, folder, password = std::move(password)]() mutable {
        if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.')) {
            wipe(password);
            return failure(path, WalletManager::tr("A wallet name must not be empty, start with a dot or "
                                                   "contain a slash."));
        }
        if (!QDir().mkpath(folder)) {
            wipe(password);
            return failure(path, WalletManager::tr("Cannot create the folder %1.").arg(folder));
        }
        auto bytes = keystore::create(password);
        wipe(password);
        if (!bytes)
            return failure(path, bytes.error().message, bytes.error().kind);
        // 0600 from creation, never over an existing file, fsynced with its folder.
        const auto stored =
            keystore::writeFileDurably(path, bytes.value(), keystore::DurableWrite::CreateNew);
        if (!stored)
            return failure(path, WalletManager::tr("Cannot create %1: %2").arg(path, stored.error().message));
        WalletOperationResult ok;
        ok.ok = true;
        ok.path = path;
        return ok;
    });
    return util::thenOn(
        this, std::move(written),
        [this](WalletOperationResult result) {
            if (result.ok)
                rescan();
            return result;
        },
        &WalletOperationResult::interrupted);
}

QFuture<WalletOperationResult> WalletManager::changePassword(const QString& path, QByteArray oldPassword,
                                                             QByteArray newPassword) {
    return QtConcurrent::run([path, oldPassword = std::move(oldPassword),
                              newPassword = std::move(newPassword)]() mutable {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            wipe(oldPassword);
            wipe(newPassword);
            return failure(path, WalletManager::tr("Cannot read %1: %2").arg(path, in.errorString()));
        }
        const QByteArray current = in.readAll();
        in.close();
        auto next = keystore::changePassword(current, oldPassword, newPassword);
        wipe(oldPassword);
        wipe(newPassword);
        if (!next)
            return failure(path, next.error().message, next.error().kind);
        // A temporary file renamed over the old one, both fsynced: a crash leaves either the old or
        // the new keystore, never a half-written one. The old file's permissions are kept.
        const auto written = keystore::writeFileDurably(path, next.value(), keystore::DurableWrite::Replace);
        if (!written)
            return failure(path, WalletManager::tr("Cannot write %1: %2").arg(path, written.error().message));
        WalletOperationResult ok;
        ok.ok = true;
        ok.path = path;
        return ok;
    });
}

void WalletManager::refreshAccounts(chain::Node* node) {
    const quint64 generation = ++m_accountGeneration;
    m_accountNode = node;
    m_pendingAccounts.clear();
    for (int row = 0; row < m_wallets.size(); ++row) {
        WalletEntry& entry = m_wallets[row];
        if (!node) {
            entry.accountLoaded = false;
            entry.accountError.clear();
            emit walletChanged(row);
            continue;
        }
        if (!entry.readable || entry.address().isEmpty())
            continue;
        const QString path = entry.path;
        m_pendingAccounts.insert(path);
        util::whenFinished(this, node->account(entry.address()),
                           [this, generation, path](std::optional<chain::NodeResult<chain::Account>> answer) {
                               if (generation != m_accountGeneration)
                                   return;
                               chain::NodeError interrupted;
                               interrupted.kind = chain::NodeError::Kind::Cancelled;
                               interrupted.message = tr("The balance request ended without an answer.");
                               const chain::NodeResult<chain::Account> result =
                                   answer ? *std::move(answer)
                                          : chain::NodeResult<chain::Account>(interrupted);
                               m_pendingAccounts.remove(path);
                               const int i = indexOfPath(path);
                               if (i < 0)
                                   return;
                               WalletEntry& e = m_wallets[i];
                               e.accountLoaded = true;
                               if (result) {
                                   e.account = result.value();
                                   e.accountError.clear();
                               } else {
                                   e.accountError = result.error().message;
                               }
                               emit walletChanged(i);
                               if (m_pendingAccounts.isEmpty())
                                   emit accountsRefreshed();
                           });
    }
}

bool WalletManager::accountsSettled() const {
    return m_accountNode && m_pendingAccounts.isEmpty() && !m_scanning;
}

std::optional<chain::Account> WalletManager::accountOf(const QString& address) const {
    const int row = indexOfAddress(address);
    if (row < 0 || !m_wallets[row].accountLoaded || !m_wallets[row].accountError.isEmpty())
        return std::nullopt;
    return m_wallets[row].account;
}

} // namespace aitbc::gui
