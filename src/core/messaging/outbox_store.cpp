#include "messaging/outbox_store.h"

#include "messaging/messaging_log.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace aitbc::messaging {

namespace {

constexpr int kSchemaVersion = 1;

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
  block_time TEXT))";

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

const char* kColumns =
    "id, chain_id, sender, recipient, text, in_reply_to, state, reason, nonce, tx_hash, body, "
    "since_height, block_height, attempts, created_at, submitted_at, confirmed_at, block_time";

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

bool OutboxStore::open(QString* error) {
    auto fail = [&](const QString& message) {
        m_lastError = message;
        if (error)
            *error = message;
        qCWarning(lcOutbox) << "outbox" << m_path << message;
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(QStringLiteral("cannot open outbox %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // A file that is not an SQLite database fails at the first statement.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return fail(QStringLiteral("%1 is not a usable outbox file: %2").arg(m_path, q.lastError().text()));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(
            QStringLiteral("outbox %1 was written by a newer version (schema %2)").arg(m_path).arg(version));
    if (!q.exec(QString::fromLatin1(kCreateMessages)) || !q.exec(QString::fromLatin1(kCreateSuperseded)) ||
        !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_reply ON outbox(in_reply_to)")) ||
        !q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)))
        return fail(QStringLiteral("cannot create the outbox tables: %1").arg(q.lastError().text()));
    // The file holds message texts: keep it private to the user.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_open = true;
    return true;
}

std::optional<qint64> OutboxStore::insert(const OutboxEntry& entry) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (chain_id, sender, recipient, text, in_reply_to, state, reason, nonce, tx_hash, "
        "body, "
        "since_height, block_height, attempts, created_at, submitted_at, confirmed_at, block_time) VALUES "
        "(:chain_id, :sender, :recipient, :text, :in_reply_to, :state, :reason, :nonce, :tx_hash, :body, "
        ":since_height, :block_height, :attempts, :created_at, :submitted_at, :confirmed_at, :block_time)"));
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
        "submitted_at=:submitted_at, confirmed_at=:confirmed_at, block_time=:block_time WHERE id=:id"));
    bindFields(q, entry);
    q.bindValue(QStringLiteral(":id"), entry.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_lastError = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no such message");
        qCWarning(lcOutbox) << "update failed:" << m_lastError;
        return false;
    }
    return true;
}

bool OutboxStore::supersede(const OutboxEntry& old, const OutboxEntry& replacement, const QString& reason) {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO superseded (message_id, nonce, tx_hash, body, reason, at) VALUES "
                             "(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(old.id);
    q.addBindValue(old.nonce);
    q.addBindValue(old.txHash);
    q.addBindValue(old.body);
    q.addBindValue(reason);
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !update(replacement)) {
        m_lastError = q.lastError().isValid() ? q.lastError().text() : m_lastError;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return true;
}

QList<OutboxEntry> OutboxStore::entries(const QString& chainId) const {
    QList<OutboxEntry> out;
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
