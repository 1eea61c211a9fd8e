#include "messaging/outbox_store.h"

#include "messaging/messaging_log.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QVariant>

namespace aitbc::messaging {

namespace {

/// 2: `revision` (conditional writes) and `sender_lease` (one sending process per sender).
/// 3: `fee` (a per-message fee the operator may change while the message is queued).
/// 4: `encrypt` (send end to end encrypted for the recipient's agent card key) and `extra` (payload
///    members signed with the message: an agent card).
constexpr int kSchemaVersion = 4;

/// How long a statement waits for another process's write transaction before giving up with "database
/// is locked". Writes are short (one row, one fsync); this only bounds a pathological holder.
constexpr int kBusyTimeoutMs = 10000;

QAtomicInteger<quint64> g_connectionCounter;

const char* kCreateMessages = R"(CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  chain_id TEXT NOT NULL,
  sender TEXT NOT NULL,
  recipient TEXT NOT NULL,
  text TEXT NOT NULL,
  in_reply_to TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  nonce INTEGER NOT NULL DEFAULT -1,
  tx_hash TEXT NOT NULL DEFAULT '',
  body BLOB,
  since_height INTEGER NOT NULL DEFAULT -1,
  block_height INTEGER NOT NULL DEFAULT -1,
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  submitted_at TEXT,
  confirmed_at TEXT,
  block_time TEXT,
  revision INTEGER NOT NULL DEFAULT 0,
  fee INTEGER NOT NULL DEFAULT -1,
  encrypt INTEGER NOT NULL DEFAULT 0,
  extra BLOB))";

/// At most one live owner per (chain, sender): the process that signs and sends that sender's messages.
/// `expires_ms` (milliseconds since the epoch) lets another process take over from one that died.
const char* kCreateLeases = R"(CREATE TABLE IF NOT EXISTS sender_lease (
  chain_id TEXT NOT NULL,
  sender TEXT NOT NULL,
  owner TEXT NOT NULL,
  expires_ms INTEGER NOT NULL,
  PRIMARY KEY (chain_id, sender)))";

const char* kCreateSuperseded = R"(CREATE TABLE IF NOT EXISTS superseded (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id INTEGER NOT NULL REFERENCES outbox(id),
  nonce INTEGER NOT NULL,
  tx_hash TEXT NOT NULL,
  body BLOB,
  reason TEXT NOT NULL,
  at TEXT NOT NULL))";

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v) {
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant nullableText(const QDateTime& t) {
    const QString s = iso(t);
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// Every column readEntry() reads, in its order: a column missing here reads as empty, and an entry read
/// back and written again (the sender re-reads the file whenever another connection wrote) loses it.
const char* kColumns =
    "id, chain_id, sender, recipient, text, in_reply_to, state, reason, nonce, tx_hash, body, "
    "since_height, block_height, attempts, created_at, submitted_at, confirmed_at, block_time, revision, "
    "fee, encrypt, extra";

OutboxEntry readEntry(const QSqlQuery& q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.chainId = q.value(1).toString();
    e.sender = q.value(2).toString();
    e.recipient = q.value(3).toString();
    e.text = q.value(4).toString();
    e.inReplyTo = q.value(5).toString();
    e.state = outboxStateFromName(q.value(6).toString()).value_or(OutboxState::Failed);
    e.reason = q.value(7).toString();
    e.nonce = q.value(8).toLongLong();
    e.txHash = q.value(9).toString();
    e.body = q.value(10).toByteArray();
    e.sinceHeight = q.value(11).toLongLong();
    e.blockHeight = q.value(12).toLongLong();
    e.attempts = q.value(13).toInt();
    e.createdAt = fromIso(q.value(14));
    e.submittedAt = fromIso(q.value(15));
    e.confirmedAt = fromIso(q.value(16));
    e.blockTime = fromIso(q.value(17));
    e.revision = q.value(18).toLongLong();
    e.fee = q.value(19).toLongLong();
    e.encrypt = q.value(20).toLongLong() != 0;
    e.extraMembers = q.value(21).toByteArray();
    return e;
}

/// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString text(const QString& s) {
    return s.isNull() ? QString(QLatin1String("")) : s;
}

void bindFields(QSqlQuery& q, const OutboxEntry& e) {
    q.bindValue(QStringLiteral(":chain_id"), text(e.chainId));
    q.bindValue(QStringLiteral(":sender"), text(e.sender));
    q.bindValue(QStringLiteral(":recipient"), text(e.recipient));
    q.bindValue(QStringLiteral(":text"), text(e.text));
    q.bindValue(QStringLiteral(":in_reply_to"), text(e.inReplyTo));
    q.bindValue(QStringLiteral(":state"), outboxStateName(e.state));
    q.bindValue(QStringLiteral(":reason"), text(e.reason));
    q.bindValue(QStringLiteral(":nonce"), e.nonce);
    q.bindValue(QStringLiteral(":tx_hash"), text(e.txHash));
    q.bindValue(QStringLiteral(":body"), e.body);
    q.bindValue(QStringLiteral(":since_height"), e.sinceHeight);
    q.bindValue(QStringLiteral(":block_height"), e.blockHeight);
    q.bindValue(QStringLiteral(":attempts"), e.attempts);
    q.bindValue(QStringLiteral(":created_at"),
                iso(e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":submitted_at"), nullableText(e.submittedAt));
    q.bindValue(QStringLiteral(":confirmed_at"), nullableText(e.confirmedAt));
    q.bindValue(QStringLiteral(":block_time"), nullableText(e.blockTime));
    q.bindValue(QStringLiteral(":fee"), e.fee);
    q.bindValue(QStringLiteral(":encrypt"), e.encrypt ? 1 : 0);
    q.bindValue(QStringLiteral(":extra"), e.extraMembers);
}

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kShared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

/// The outbox holds message texts and signed transactions: private to the user. SQLite gives the `-wal`,
/// `-shm` and `-journal` files it creates the mode of the database file (whatever the umask), so the file
/// is created here with 0600 before SQLite opens it; files an older build left readable are narrowed.
Result<void> makePrivate(const QString& path) {
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        // NewOnly: another process may be creating it at the same moment; then its file is used.
        if (!f.open(QIODevice::ReadWrite | QIODevice::NewOnly, kPrivate) && !QFileInfo::exists(path))
            return Error{QStringLiteral("cannot create outbox %1: %2").arg(path, f.errorString())};
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString p = path + QLatin1String(suffix);
        const QFileInfo info(p);
        if (info.exists() && (info.permissions() & kShared) && !QFile::setPermissions(p, kPrivate))
            return Error{QStringLiteral("cannot make %1 private to its owner").arg(p)};
    }
    return {};
}

bool isBusy(const QSqlError& e) {
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           e.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

/// Runs `sql`, retrying while another process holds the lock. SQLite's busy handler covers most waits;
/// a few (a journal-mode change, a WAL being recovered by another opener) return "locked" at once.
bool execPatiently(QSqlQuery& q, const QString& sql) {
    QDeadlineTimer deadline(2 * kBusyTimeoutMs);
    while (!q.exec(sql)) {
        if (!isBusy(q.lastError()) || deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

QString alreadyChanged() {
    return QStringLiteral("the message was changed by another process (or its lease was lost)");
}

} // namespace

QString outboxStateName(OutboxState s) {
    switch (s) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Prepared:
        return QStringLiteral("prepared");
    case OutboxState::Submitted:
        return QStringLiteral("submitted");
    case OutboxState::Confirmed:
        return QStringLiteral("confirmed");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

std::optional<OutboxState> outboxStateFromName(const QString& name) {
    for (OutboxState s : {OutboxState::Queued, OutboxState::Prepared, OutboxState::Submitted,
                          OutboxState::Confirmed, OutboxState::Failed})
        if (outboxStateName(s) == name)
            return s;
    return std::nullopt;
}

OutboxStore::OutboxStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("aitbc-outbox-%1").arg(++g_connectionCounter)) {}

OutboxStore::~OutboxStore() {
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Result<void> OutboxStore::open() {
    auto fail = [&](const QString& message) -> Result<void> {
        m_lastError = message;
        qCWarning(lcOutbox) << "outbox" << m_path << message;
        return Error{message};
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
    if (const Result<void> made = makePrivate(m_path); !made)
        return fail(made.error().message);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return fail(QStringLiteral("cannot open outbox %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // A file that is not an SQLite database fails at the first statement.
    if (!execPatiently(q, QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(QStringLiteral("%1 is not a usable outbox file: %2").arg(m_path, q.lastError().text()));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    // Several processes may open a new (or older) file at once: the schema is checked and created in
    // one write transaction, so exactly one of them creates or upgrades it.
    if (!execPatiently(q, QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot lock outbox %1: %2").arg(m_path, q.lastError().text()));
    auto rollbackAndFail = [&](const QString& message) -> Result<void> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return rollbackAndFail(q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return rollbackAndFail(
            QStringLiteral("outbox %1 was written by a newer version (schema %2)").arg(m_path).arg(version));
    if (version < kSchemaVersion) {
        bool hasRevision = false;
        bool hasFee = false;
        bool hasEncrypt = false;
        bool hasExtra = false;
        if (q.exec(QStringLiteral("PRAGMA table_info(outbox)")))
            while (q.next()) {
                hasRevision = hasRevision || q.value(1).toString() == QLatin1String("revision");
                hasFee = hasFee || q.value(1).toString() == QLatin1String("fee");
                hasEncrypt = hasEncrypt || q.value(1).toString() == QLatin1String("encrypt");
                hasExtra = hasExtra || q.value(1).toString() == QLatin1String("extra");
            }
        q.finish();
        const bool tableExists = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                                       "name='outbox'")) &&
                                 q.next();
        q.finish();
        if (!q.exec(QString::fromLatin1(kCreateMessages)) ||
            !q.exec(QString::fromLatin1(kCreateSuperseded)) || !q.exec(QString::fromLatin1(kCreateLeases)) ||
            !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_reply ON outbox(in_reply_to)")) ||
            !q.exec(QStringLiteral(
                "CREATE INDEX IF NOT EXISTS outbox_sender ON outbox(sender, chain_id, state)")) ||
            (tableExists && !hasRevision &&
             !q.exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"))) ||
            (tableExists && !hasFee &&
             !q.exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN fee INTEGER NOT NULL DEFAULT -1"))) ||
            (tableExists && !hasEncrypt &&
             !q.exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN encrypt INTEGER NOT NULL DEFAULT 0"))) ||
            (tableExists && !hasExtra &&
             !q.exec(QStringLiteral("ALTER TABLE outbox ADD COLUMN extra BLOB"))) ||
            !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)))
            return rollbackAndFail(
                QStringLiteral("cannot create the outbox tables: %1").arg(q.lastError().text()));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollbackAndFail(
            QStringLiteral("cannot create the outbox tables: %1").arg(q.lastError().text()));
    // The side files exist now; one left by an older build may still be readable by others.
    if (const Result<void> made = makePrivate(m_path); !made)
        return fail(made.error().message);
    m_open = true;
    return {};
}

std::optional<qint64> OutboxStore::insert(const OutboxEntry& entry) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (chain_id, sender, recipient, text, in_reply_to, state, reason, nonce, tx_hash, "
        "body, "
        "since_height, block_height, attempts, created_at, submitted_at, confirmed_at, block_time, fee, "
        "encrypt, extra) VALUES "
        "(:chain_id, :sender, :recipient, :text, :in_reply_to, :state, :reason, :nonce, :tx_hash, :body, "
        ":since_height, :block_height, :attempts, :created_at, :submitted_at, :confirmed_at, :block_time, "
        ":fee, :encrypt, :extra)"));
    bindFields(q, entry);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcOutbox) << "insert failed:" << m_lastError;
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool OutboxStore::update(const OutboxEntry& entry) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE outbox SET chain_id=:chain_id, sender=:sender, recipient=:recipient, text=:text, "
        "in_reply_to=:in_reply_to, state=:state, reason=:reason, nonce=:nonce, tx_hash=:tx_hash, body=:body, "
        "since_height=:since_height, block_height=:block_height, attempts=:attempts, created_at=:created_at, "
        "submitted_at=:submitted_at, confirmed_at=:confirmed_at, block_time=:block_time, fee=:fee, "
        "encrypt=:encrypt, extra=:extra, "
        "revision=revision+1 WHERE id=:id"));
    bindFields(q, entry);
    q.bindValue(QStringLiteral(":id"), entry.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such message");
        qCWarning(lcOutbox) << "update failed:" << m_lastError;
        return false;
    }
    return true;
}

namespace {

bool insertSuperseded(QSqlDatabase db, const OutboxEntry& old, const QString& reason, QString* error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO superseded (message_id, nonce, tx_hash, body, reason, at) VALUES "
                             "(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(old.id);
    q.addBindValue(old.nonce);
    q.addBindValue(text(old.txHash));
    q.addBindValue(old.body);
    q.addBindValue(text(reason));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool OutboxStore::supersede(const OutboxEntry& old, const OutboxEntry& replacement, const QString& reason) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery tx(db);
    // IMMEDIATE: take the write lock first, so the transaction cannot fail half way on another writer.
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = tx.lastError().text();
        return false;
    }
    if (!insertSuperseded(db, old, reason, &m_lastError) || !update(replacement)) {
        tx.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!tx.exec(QStringLiteral("COMMIT"))) {
        m_lastError = tx.lastError().text();
        tx.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

OutboxStore::WriteResult OutboxStore::updateIfUnchanged(OutboxEntry& entry, const WriteGuard& guard) {
    QString sql = QStringLiteral(
        "UPDATE outbox SET chain_id=:chain_id, sender=:sender, recipient=:recipient, text=:text, "
        "in_reply_to=:in_reply_to, state=:state, reason=:reason, nonce=:nonce, tx_hash=:tx_hash, body=:body, "
        "since_height=:since_height, block_height=:block_height, attempts=:attempts, created_at=:created_at, "
        "submitted_at=:submitted_at, confirmed_at=:confirmed_at, block_time=:block_time, fee=:fee, "
        "encrypt=:encrypt, extra=:extra, "
        "revision=revision+1 WHERE id=:id AND revision=:expected_revision");
    if (!guard.leaseOwner.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM sender_lease WHERE chain_id=:lease_chain AND "
                              "sender=:lease_sender AND owner=:lease_owner AND expires_ms>:lease_now)");
    if (guard.soleInFlight)
        sql +=
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM outbox AS other WHERE other.sender=:other_sender "
                           "AND other.chain_id=:other_chain AND other.id<>:other_id AND other.state IN "
                           "('prepared', 'submitted'))");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    bindFields(q, entry);
    q.bindValue(QStringLiteral(":id"), entry.id);
    q.bindValue(QStringLiteral(":expected_revision"), entry.revision);
    if (!guard.leaseOwner.isEmpty()) {
        q.bindValue(QStringLiteral(":lease_chain"), text(entry.chainId));
        q.bindValue(QStringLiteral(":lease_sender"), text(entry.sender));
        q.bindValue(QStringLiteral(":lease_owner"), guard.leaseOwner);
        q.bindValue(QStringLiteral(":lease_now"), QDateTime::currentMSecsSinceEpoch());
    }
    if (guard.soleInFlight) {
        q.bindValue(QStringLiteral(":other_sender"), text(entry.sender));
        q.bindValue(QStringLiteral(":other_chain"), text(entry.chainId));
        q.bindValue(QStringLiteral(":other_id"), entry.id);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcOutbox) << "conditional update failed:" << m_lastError;
        return WriteResult::Failed;
    }
    if (q.numRowsAffected() != 1) {
        m_lastError = alreadyChanged();
        qCDebug(lcOutbox) << "message" << entry.id << "revision" << entry.revision
                          << "not written:" << m_lastError;
        return WriteResult::Conflict;
    }
    ++entry.revision;
    return WriteResult::Written;
}

OutboxStore::WriteResult OutboxStore::supersedeIfUnchanged(const OutboxEntry& old, OutboxEntry& replacement,
                                                           const QString& reason, const WriteGuard& guard) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = tx.lastError().text();
        return WriteResult::Failed;
    }
    OutboxEntry written = replacement;
    written.revision = old.revision;
    const WriteResult r = updateIfUnchanged(written, guard);
    if (r != WriteResult::Written) {
        tx.exec(QStringLiteral("ROLLBACK"));
        return r;
    }
    if (!insertSuperseded(db, old, reason, &m_lastError)) {
        tx.exec(QStringLiteral("ROLLBACK"));
        return WriteResult::Failed;
    }
    if (!tx.exec(QStringLiteral("COMMIT"))) {
        m_lastError = tx.lastError().text();
        tx.exec(QStringLiteral("ROLLBACK"));
        return WriteResult::Failed;
    }
    replacement.revision = written.revision;
    return WriteResult::Written;
}

QString OutboxStore::cancelledReason() {
    return QStringLiteral("cancelled by the operator");
}

OutboxStore::WriteResult OutboxStore::operatorChange(qint64 id, OutboxState required, const QString& action,
                                                     const std::function<void(OutboxEntry&)>& change,
                                                     OutboxEntry* after) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery tx(db);
    // IMMEDIATE: no sender can write between the read of the state and the change made on it.
    if (!execPatiently(tx, QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = tx.lastError().text();
        return WriteResult::Failed;
    }
    auto rollback = [&](WriteResult r, const QString& why) {
        tx.exec(QStringLiteral("ROLLBACK"));
        m_lastError = why;
        return r;
    };
    std::optional<OutboxEntry> current = entry(id);
    if (!current)
        return rollback(WriteResult::Failed, QStringLiteral("there is no message %1 in the outbox").arg(id));
    if (current->state != required)
        return rollback(WriteResult::Conflict,
                        QStringLiteral("message %1 is %2, not %3: it cannot be %4")
                            .arg(id)
                            .arg(outboxStateName(current->state), outboxStateName(required), action));
    const OutboxEntry old = *current;
    OutboxEntry changed = old;
    change(changed);
    if (required == OutboxState::Failed && !old.txHash.isEmpty()) {
        QString error;
        if (!insertSuperseded(db, old, QStringLiteral("retried by the operator after: %1").arg(old.reason),
                              &error))
            return rollback(WriteResult::Failed, error);
    }
    const WriteResult r = updateIfUnchanged(changed);
    if (r != WriteResult::Written)
        return rollback(r, m_lastError);
    if (!tx.exec(QStringLiteral("COMMIT"))) {
        const QString error = tx.lastError().text();
        return rollback(WriteResult::Failed, error);
    }
    if (after)
        *after = changed;
    return WriteResult::Written;
}

OutboxStore::WriteResult OutboxStore::cancelQueued(qint64 id, OutboxEntry* after) {
    return operatorChange(
        id, OutboxState::Queued, QStringLiteral("cancelled"),
        [](OutboxEntry& e) {
            e.state = OutboxState::Failed;
            e.reason = cancelledReason();
        },
        after);
}

OutboxStore::WriteResult OutboxStore::retryFailed(qint64 id, OutboxEntry* after) {
    return operatorChange(
        id, OutboxState::Failed, QStringLiteral("retried"),
        [](OutboxEntry& e) {
            e.state = OutboxState::Queued;
            e.reason.clear();
            e.nonce = -1;
            e.txHash.clear();
            e.body.clear();
            e.sinceHeight = -1;
            e.blockHeight = -1;
            e.submittedAt = {};
            e.confirmedAt = {};
            e.blockTime = {};
        },
        after);
}

OutboxStore::WriteResult OutboxStore::setQueuedFee(qint64 id, qint64 fee, OutboxEntry* after) {
    if (fee < 0) {
        m_lastError = QStringLiteral("a fee is a non-negative integer");
        return WriteResult::Failed;
    }
    return operatorChange(
        id, OutboxState::Queued, QStringLiteral("given a new fee"), [fee](OutboxEntry& e) { e.fee = fee; },
        after);
}

bool OutboxStore::claimSender(const QString& chainId, const QString& sender, const QString& owner,
                              qint64 ttlMs) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    {
        // Renewing a lease that is far from expiry would cost a write (and an fsync) on every tick.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT owner, expires_ms FROM sender_lease WHERE chain_id=? AND sender=?"));
        q.addBindValue(text(chainId));
        q.addBindValue(text(sender));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        if (q.next()) {
            const QString holder = q.value(0).toString();
            const qint64 expires = q.value(1).toLongLong();
            if (holder == owner && expires - now > ttlMs / 2)
                return true;
            if (holder != owner && expires > now)
                return false;
        }
    }
    // One statement decides: taken only if free, expired or already ours (another process may have
    // claimed it since the read above).
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sender_lease (chain_id, sender, owner, expires_ms) VALUES (:chain, :sender, :owner, "
        ":expires) ON CONFLICT (chain_id, sender) DO UPDATE SET owner=excluded.owner, "
        "expires_ms=excluded.expires_ms WHERE sender_lease.owner=excluded.owner OR "
        "sender_lease.expires_ms<=:now"));
    q.bindValue(QStringLiteral(":chain"), text(chainId));
    q.bindValue(QStringLiteral(":sender"), text(sender));
    q.bindValue(QStringLiteral(":owner"), owner);
    q.bindValue(QStringLiteral(":expires"), now + ttlMs);
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool OutboxStore::releaseSender(const QString& owner, const QString& chainId, const QString& sender) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (sender.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM sender_lease WHERE owner=?"));
        q.addBindValue(owner);
    } else {
        q.prepare(QStringLiteral("DELETE FROM sender_lease WHERE owner=? AND chain_id=? AND sender=?"));
        q.addBindValue(owner);
        q.addBindValue(text(chainId));
        q.addBindValue(text(sender));
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QString OutboxStore::senderLeaseOwner(const QString& chainId, const QString& sender) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT owner FROM sender_lease WHERE chain_id=? AND sender=? AND expires_ms>?"));
    q.addBindValue(text(chainId));
    q.addBindValue(text(sender));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

qint64 OutboxStore::dataVersion() const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<OutboxEntry> OutboxStore::entries(const QString& chainId, bool* ok) const {
    QList<OutboxEntry> out;
    if (ok)
        *ok = false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (chainId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY id").arg(QLatin1String(kColumns)));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE chain_id = ? ORDER BY id")
                      .arg(QLatin1String(kColumns)));
        q.addBindValue(chainId);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readEntry(q));
    if (q.lastError().isValid()) {
        m_lastError = q.lastError().text();
        return {};
    }
    if (ok)
        *ok = true;
    return out;
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<SupersededAttempt> OutboxStore::superseded(qint64 messageId) const {
    QList<SupersededAttempt> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT message_id, nonce, tx_hash, body, reason, at FROM superseded WHERE "
                             "message_id = ? ORDER BY id"));
    q.addBindValue(messageId);
    if (!q.exec())
        return out;
    while (q.next()) {
        SupersededAttempt a;
        a.messageId = q.value(0).toLongLong();
        a.nonce = q.value(1).toLongLong();
        a.txHash = q.value(2).toString();
        a.body = q.value(3).toByteArray();
        a.reason = q.value(4).toString();
        a.at = fromIso(q.value(5));
        out.append(a);
    }
    return out;
}

bool OutboxStore::hasReplyTo(const QString& txHash) const {
    if (txHash.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE in_reply_to = ? LIMIT 1"));
    q.addBindValue(txHash);
    return q.exec() && q.next();
}

} // namespace aitbc::messaging
