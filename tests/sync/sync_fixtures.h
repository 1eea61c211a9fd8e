#pragma once
// Fixtures for the sync tests: the real leader and follower databases (copied, never opened in place)
// and a forked copy of the leader, made by rewriting the block rows above a height the way a second
// proposer would have written them: new hashes, parents linked to them, another proposer.

#include "testdata.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace aitbc::test {

inline const QString kLeaderDb = QStringLiteral("real-chain/chain.db");
inline const QString kFollowerDb = QStringLiteral("real-chain/follower_importblock_chain.db");

/// Runs `statements` on a writable connection to `path` (a test's own copy).
inline void execOn(const QString& path, const std::function<void(QSqlDatabase&)>& work) {
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

inline void execSql(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {}) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

/// Makes `path` a second branch from `forkHeight` on: every block at or above it gets a new hash, its
/// child's parent_hash follows, and the proposer becomes `proposer`.
inline void forkChain(const QString& path, qint64 forkHeight,
                      const QString& proposer = QStringLiteral("branch-b")) {
    execOn(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT height, hash FROM block WHERE height >= ? ORDER BY height"));
        q.addBindValue(forkHeight);
        if (!q.exec())
            qFatal("select failed");
        QList<QPair<qint64, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString()});
        q.finish();
        QString parent;
        for (const auto& [height, hash] : rows) {
            const QString fresh =
                QStringLiteral("0x") +
                QString::fromLatin1(
                    QCryptographicHash::hash((hash + proposer).toUtf8(), QCryptographicHash::Sha256).toHex());
            execSql(db, QStringLiteral("UPDATE block SET hash = ?, proposer = ? WHERE height = ?"),
                    {fresh, proposer, height});
            if (!parent.isEmpty())
                execSql(db, QStringLiteral("UPDATE block SET parent_hash = ? WHERE height = ?"),
                        {parent, height});
            parent = fresh;
        }
    });
}

} // namespace aitbc::test
