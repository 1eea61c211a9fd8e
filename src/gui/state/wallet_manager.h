#pragma once

#include "common/inactivity_timer.h"
#include "crypto/ed25519.h"
#include "keystore/keystore.h"
#include "state/wallet_entry.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>

namespace aitbc::chain {
class Node;
}

namespace aitbc::gui {

/// What an unlock, create or change-password call ended with. Copyable; never holds key material.
struct WalletOperationResult {
    bool ok = false;
    std::optional<keystore::ErrorKind> errorKind; ///< set for keystore failures (WrongPassword, ...)
    QString message;                              ///< user-facing text when !ok
    QString path;                                 ///< the keystore file concerned

    /// The result of an operation that ended without an answer (the application is shutting down).
    static WalletOperationResult interrupted();
};

/// The wallets of this session: keystore sources, the files found in them, and the keys the user has
/// unlocked. One instance lives in AppContext; panes (wallets, messages) share it.
///
/// Threading: every file read, key derivation and file write runs on the Qt thread pool; results
/// come back on the GUI thread as QFuture continuations and signals. Nothing here blocks the caller.
///
/// Secrets: an unlocked key is kept only as a crypto::Ed25519Key (OpenSSL wipes it when freed). It is
/// dropped by lock(), lockAll(), when its file disappears from the sources, and after `idleLockMs`
/// without user input (InactivityTimer). Passwords passed in are wiped after the derivation.
///
/// Use from other panes (messaging):
///   - `signingKey(address)` gives the key to pass to tx::sign() while the wallet is unlocked (nullptr
///     when locked: ask the user to unlock in the wallets pane, or call requestUnlock(address)).
///   - `unlocked(path, address)` / `locked(path, address)` tell when keys appear and disappear.
///   - `accountOf(address)` gives balance and next nonce on the selected node (§1.5) when known.
class WalletManager : public QObject {
    Q_OBJECT
public:
    explicit WalletManager(QObject* parent = nullptr);
    ~WalletManager() override;

    // --- sources -------------------------------------------------------------------------------
    /// Folders and files scanned for keystores, in the order they were added.
    QStringList sources() const { return m_sources; }
    /// Sources the user added (saved in settings); the demo's folder and the system default are not.
    QStringList persistentSources() const { return m_persistent; }
    /// Adds a folder or a single keystore file and rescans. Returns false when already present.
    bool addSource(const QString& path, bool persistent = true);
    bool removeSource(const QString& path);
    /// Re-reads every source off the GUI thread; `walletsReset` follows. Unlocked keys whose files are
    /// still there stay unlocked.
    void rescan();
    bool isScanning() const { return m_scanning; }

    // --- wallets -------------------------------------------------------------------------------
    const QList<WalletEntry>& wallets() const { return m_wallets; }
    int count() const { return int(m_wallets.size()); }
    int indexOfPath(const QString& path) const;
    int indexOfAddress(const QString& address) const;

    // --- keys ----------------------------------------------------------------------------------
    /// Decrypts the keystore at `path` with `password` (UTF-8, wiped afterwards) on the thread pool.
    /// The future finishes on the GUI thread after `unlocked` was emitted (on success).
    QFuture<WalletOperationResult> unlock(const QString& path, QByteArray password);
    bool isUnlocked(const QString& path) const;
    bool isAddressUnlocked(const QString& address) const;
    /// The signing key of an unlocked wallet, or nullptr. Do not keep the pointer across event-loop
    /// turns: the wallet may lock at any time (idle lock, "Lock now").
    const crypto::Ed25519Key* signingKey(const QString& address) const;
    /// Signs `message` with the unlocked wallet of `address`; empty when that wallet is locked.
    QByteArray sign(const QString& address, QByteArrayView message) const;
    void lock(const QString& path);
    void lockAll();
    bool anyUnlocked() const { return !m_keys.empty(); }

    /// Idle time after which every key is locked; <= 0 disables the idle lock. Milliseconds so tests
    /// can use short times; the settings store minutes.
    void setIdleLockMs(int ms);
    int idleLockMs() const { return m_idle.interval(); }
    /// Keeps the wallet at `path` unlocked through the idle lock (the demo's wallets, whose agents go
    /// on signing in the background: showing them locked would be false). Lock and Lock All still
    /// lock it. The state column marks such wallets.
    void setIdleLockExempt(const QString& path, bool exempt);
    bool isIdleLockExempt(const QString& path) const;

    /// Writes a new keystore `<folder>/<name>.json` (CLI layout, mode 0600) for a fresh key, then
    /// rescans. Fails when the file exists.
    QFuture<WalletOperationResult> createWallet(const QString& folder, const QString& name,
                                                QByteArray password);
    /// Re-encrypts the keystore at `path` under a new password (atomic replace, same permissions).
    QFuture<WalletOperationResult> changePassword(const QString& path, QByteArray oldPassword,
                                                  QByteArray newPassword);

    // --- accounts on the selected node -----------------------------------------------------------
    /// Asks `node` for the balance and nonce of every wallet; `walletChanged` fires per answer.
    /// Answers from an earlier node are dropped. nullptr clears the account columns.
    void refreshAccounts(chain::Node* node);
    /// True when every readable wallet has an answer (or error) for the current node.
    bool accountsSettled() const;
    std::optional<chain::Account> accountOf(const QString& address) const;

    /// Asks the UI to show the unlock dialog for `address` (emits unlockRequested).
    void requestUnlock(const QString& address) { emit unlockRequested(address); }

signals:
    void sourcesChanged();
    void walletsAboutToReset();
    void walletsReset();
    void walletChanged(int row);
    void unlocked(const QString& path, const QString& address);
    void locked(const QString& path, const QString& address);
    /// Every key (but the exempt ones) was dropped because the user was idle for idleLockMs().
    void idleLocked();
    /// The idle lock will happen in `secondsLeft` unless the user does something; repeated each second.
    void idleLockPending(int secondsLeft);
    /// User input postponed a pending idle lock.
    void idleLockPostponed();
    void unlockRequested(const QString& address);
    void accountsRefreshed();

private:
    void applyScan(const QList<WalletEntry>& scanned, quint64 generation);
    void updateIdleTimer();
    bool hasIdleLockableKey() const;
    void markUnlocked(const QString& path, bool unlocked);

    QStringList m_sources;
    QStringList m_persistent;
    QList<WalletEntry> m_wallets;
    std::map<QString, std::unique_ptr<crypto::Ed25519Key>> m_keys; ///< by keystore path
    InactivityTimer m_idle;
    QSet<QString> m_idleExempt; ///< by absolute keystore path
    quint64 m_scanGeneration = 0;
    bool m_scanning = false;
    quint64 m_accountGeneration = 0;
    QPointer<chain::Node> m_accountNode;
    QSet<QString> m_pendingAccounts; ///< keystore paths still waiting for an account answer
};

} // namespace aitbc::gui
