#pragma once

#include "chain/node.h"
#include "crypto/ed25519.h"
#include "messaging/outbox_entry.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace aitbc::messaging {

class OutboxStore;

/// Sends the messages of the durable outbox (OutboxStore) through one node, exactly once each.
///
/// Rules it follows (protocol.md §1.5, §10.10): the node accepts one pending transaction per sender and
/// the nonce must equal the account's, so per sender only the oldest unfinished message is worked on;
/// the next is signed with a freshly read nonce after the previous one is in a block.
///
/// Exactly once, even if the application or the node dies at any moment:
///  - a message is written to disk (Queued) before anything else happens;
///  - it is signed, its node hash predicted (§1.6) and the exact body written (Prepared) BEFORE the POST;
///  - an unfinished attempt is looked up in the mempool, then the sender's account is read, then the head,
///    then the blocks since the attempt was prepared are scanned for its hash, in that order, so that a
///    transaction that left the mempool is always found on chain if it was included;
///  - only when neither has it: the same body is POSTed again if the nonce is still current (the node
///    admits a (sender, nonce) once, so this can never make two transactions), or, if another transaction
///    used the nonce, the attempt is marked superseded (never sent again) and the message is re-signed
///    with the new nonce.
///  - a node answer "already pending/confirmed" counts as accepted; nonce conflicts wait for the next
///    block; other 400/422 answers fail the message with the node's reason, verbatim.
///
/// Several processes may share the outbox file (the dashboard and `aitbc-agent` runs). Each tick re-reads
/// the file, a sender's messages are worked on only by the process holding that sender's lease
/// (OutboxStore::claimSender, renewed every tick, given back when idle or destroyed, taken over when it
/// expired), and every state change is a conditional write against the revision it was decided on: a
/// decision made on a stale copy is dropped and re-made on the next tick. A process killed mid-send leaves
/// its message Prepared or Submitted with the exact body; whoever takes the lease over finds that body on
/// chain or in the mempool, or posts the same body again, as after a restart.
///
/// Threading: the SQLite connection lives on a private one-thread pool; the state machine runs on the
/// thread of this object (GUI thread or CLI event loop) and never blocks it. Node calls are asynchronous.
class MessageSender : public QObject {
    Q_OBJECT
public:
    /// The unlocked signing key of `address`, or nullptr (locked: the message waits). The pointer is used
    /// at once and never kept.
    using KeyProvider = std::function<const crypto::Ed25519Key*(const QString& address)>;

    /// `node` is the node messages are submitted to: the proposer's RPC (§1.5: a follower never mines what
    /// it is sent). It must outlive the sender or be replaced with setNode().
    MessageSender(QString outboxPath, chain::Node* node, KeyProvider keys, QObject* parent = nullptr);
    ~MessageSender() override;

    /// Opens the outbox off this thread and loads it; `ready` follows, then processing starts.
    void start();
    bool isReady() const { return m_ready; }
    QString outboxPath() const { return m_path; }
    QString chainId() const { return m_chainId; }

    void setNode(chain::Node* node);
    chain::Node* node() const { return m_node; }
    /// Fee for messages signed from now on (the node profile's fee, §6.3).
    void setFee(qint64 fee) { m_fee = fee; }
    qint64 fee() const { return m_fee; }
    /// How often unfinished messages are re-examined (default 1000 ms).
    void setPollInterval(int ms);

    /// Writes a new message to the outbox. The future yields its id once it is on disk (-1 on failure,
    /// with the reason in the `log` signal); sending starts right after. With `encrypt`, the message is
    /// encrypted end to end when it is signed, for the encryption key of the recipient's agent card as
    /// the node has it then; without a valid card it fails (recipientHasNoCardReason()), never in clear.
    /// `extraMembers` (compact JSON object text) are further payload members signed with it (a card).
    QFuture<qint64> enqueue(const QString& from, const QString& to, const QString& text,
                            const QString& inReplyTo = {}, bool encrypt = false,
                            const QByteArray& extraMembers = {});
    /// The reason an encrypted message fails with when its recipient has no valid agent card.
    static QString recipientHasNoCardReason(const QString& recipient);
    /// Puts a Failed message back in the queue (the user's explicit retry).
    void retry(qint64 id);
    /// Re-examines the outbox soon (a wallet was unlocked, a block arrived).
    void poke();
    /// The unlocked signing key of `address` as the key provider has it (nullptr when locked), for a
    /// reader in the same process that must open encrypted messages (the responder). Used at once and
    /// never kept, like the provider's answer.
    const crypto::Ed25519Key* unlockedKey(const QString& address) const {
        return m_keys ? m_keys(address) : nullptr;
    }

    /// The outbox as last read or written (oldest first), including what other processes wrote to the
    /// file, as of the last tick.
    QList<OutboxEntry> entries() const;
    std::optional<OutboxEntry> entry(qint64 id) const;
    /// Whether a message answering `txHash` exists in the outbox, in any state.
    bool hasReplyTo(const QString& txHash) const;

    /// Test seam for crash tests: when the hook returns true at a stage, the sender stops dead right
    /// there, as if the process had been killed (nothing more is written or sent). Written: after the
    /// Queued write; Prepared: after the Prepared write, before the POST; Posted: after the node accepted
    /// the POST, before Submitted is written.
    enum class Stage { Written, Prepared, Posted };
    void setCrashHook(std::function<bool(Stage, const OutboxEntry&)> hook) { m_crashHook = std::move(hook); }
    bool isDead() const { return m_dead; }

signals:
    void ready(bool ok, const QString& error);
    /// A message was added or changed state (after the change is on disk).
    void entryChanged(const aitbc::messaging::OutboxEntry& entry);
    /// A line for the user's log ("sent ping to ait1… (0x…)", "node refused …").
    void log(const QString& line);
    /// One look at the node and the outbox ended, whatever it found or did: a check that nothing is sent
    /// counts these instead of waiting a time.
    void pollFinished();

private:
    struct Tick;
    struct Refreshed;
    /// Called when a write has finished: whether it is on disk, and the entry as stored (new revision).
    using Done = std::function<void(bool written, const OutboxEntry& stored)>;
    void tick();
    void resolveChain(std::shared_ptr<Tick> t);
    void refresh(std::shared_ptr<Tick> t);
    void applyRefreshed(const Refreshed& r);
    void readMempool(std::shared_ptr<Tick> t);
    void readAccounts(std::shared_ptr<Tick> t, int index);
    void readHead(std::shared_ptr<Tick> t);
    void scanBlocks(std::shared_ptr<Tick> t);
    void decide(std::shared_ptr<Tick> t, int index);
    void finishTick();
    /// The node failed during this tick: give the leases back (another process may reach its node).
    void abandonTick();

    void prepareAndPost(std::shared_ptr<Tick> t, int index, OutboxEntry entry,
                        const QString& supersedeReason);
    /// prepareAndPost once the recipient's encryption key is known (empty: a plain message).
    void signAndPost(std::shared_ptr<Tick> t, int index, OutboxEntry entry, const QString& supersedeReason,
                     const QByteArray& recipientKey);
    void post(std::shared_ptr<Tick> t, int index, OutboxEntry entry);
    void onPosted(std::shared_ptr<Tick> t, int index, OutboxEntry entry,
                  const chain::NodeResult<chain::SubmitResult>& r);

    /// Writes `entry` off-thread if the stored row still has `entry.revision` (and the guard holds); the
    /// mirror is updated after the write; `done` runs on this thread.
    void persist(const OutboxEntry& entry, Done done, bool signing = false);
    void persistSupersede(const OutboxEntry& old, const OutboxEntry& replacement, const QString& reason,
                          Done done);
    void writeFinished(bool ok, const OutboxEntry& stored, int result, const Done& done);
    void setMirror(const OutboxEntry& entry);
    bool crashAt(Stage stage, const OutboxEntry& entry);
    bool chainMatches(const OutboxEntry& e) const;

    QString m_path;
    QPointer<chain::Node> m_node;
    KeyProvider m_keys;
    qint64 m_fee = 10;
    QString m_chainId;
    std::shared_ptr<OutboxStore> m_store;
    QThreadPool m_dbPool; ///< exactly one thread: the only one that touches the SQLite connection
    QList<OutboxEntry> m_entries;
    QHash<QString, qint64> m_nextNonce; ///< per sender: the nonce after its last confirmed message
    /// Per in-flight hash: the blocks up to here were searched for it (each hash has its own range: an
    /// attempt prepared by another process may be older than this process's searches).
    QHash<QString, qint64> m_scannedUpTo;
    QHash<QString, std::pair<qint64, QDateTime>> m_found; ///< in-flight hash -> (height, block time)
    QString m_owner;                                      ///< this sender's name in the lease table
    QList<std::pair<QString, QString>> m_held;            ///< (chain, sender) leases this sender holds
    QTimer m_timer;
    bool m_ready = false;
    bool m_busy = false;
    bool m_again = false;
    bool m_dead = false;
    bool m_crashed = false;    ///< stopped by the crash hook: keeps its leases, as a killed process would
    bool m_forceReload = true; ///< re-read the file at the next tick even if no other process wrote
    /// The file's data_version at the last read; only the database thread touches it.
    std::shared_ptr<qint64> m_seenDataVersion = std::make_shared<qint64>(-1);
    std::function<bool(Stage, const OutboxEntry&)> m_crashHook;
};

} // namespace aitbc::messaging
