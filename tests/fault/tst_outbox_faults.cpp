// Fault injection on the outbox database (issue 9, part 3): the file locked by another connection, and a
// full disk. Each must end with a clear message for the user, no message lost that was reported written,
// and a database that still opens and passes SQLite's integrity check.

#include "testdata.h"

#include "messaging/message_sender.h"
#include "messaging/outbox_store.h"
#include "test_result.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>

using namespace aitbc;
using messaging::MessageSender;
using messaging::OutboxEntry;
using messaging::OutboxStore;

namespace {

OutboxEntry message(const QString& text) {
    OutboxEntry e;
    e.chainId = QStringLiteral("ait-mainnet");
    e.sender = QStringLiteral("ait1sender");
    e.recipient = QStringLiteral("ait1recipient");
    e.text = text;
    e.createdAt = QDateTime::currentDateTimeUtc();
    return e;
}

QString integrityCheck(const QString& path) {
    const QString name = QStringLiteral("integrity-%1").arg(quintptr(&path));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                              : q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestOutboxFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// Another program holds an exclusive lock: writing a message fails after the busy timeout with
    /// SQLite's "database is locked" shown to the user; nothing already written is lost, and once the
    /// lock is gone the same message goes in.
    void lockedByAnotherConnection() {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        {
            OutboxStore store(path);
            QVERIFY(test::succeeded(store.open()));
            QVERIFY(store.insert(message(QStringLiteral("before the lock"))));
        }
        MessageSender sender(path, nullptr, [](const QString&) { return nullptr; });
        QStringList log;
        connect(&sender, &MessageSender::log, this, [&](const QString& line) { log << line; });
        sender.start();
        QTRY_VERIFY(sender.isReady());
        QCOMPARE(sender.entries().size(), 1);

        const QString lockName = QStringLiteral("locker");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery q(locker);
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));

            QFuture<qint64> refused =
                sender.enqueue(QStringLiteral("ait1sender"), QStringLiteral("ait1recipient"),
                               QStringLiteral("while locked"));
            QTRY_VERIFY_WITH_TIMEOUT(refused.isFinished(), 30000);
            QCOMPARE(refused.result(), qint64(-1));
            QVERIFY(!log.isEmpty());
            QVERIFY2(log.last().contains(QLatin1String("locked")), qPrintable(log.last()));
            QCOMPARE(sender.entries().size(), 1); // not shown as written: the user knows to write it again

            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(lockName);

        QFuture<qint64> accepted = sender.enqueue(
            QStringLiteral("ait1sender"), QStringLiteral("ait1recipient"), QStringLiteral("after the lock"));
        QTRY_VERIFY_WITH_TIMEOUT(accepted.isFinished(), 30000);
        QVERIFY(accepted.result() > 0);
        QCOMPARE(sender.entries().size(), 2);
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }

    /// A full disk: a child process writes messages with a file-size limit just above the current file.
    /// Every message it reported written must be in the file afterwards, nothing else, the refusal must
    /// be in words, and the file must pass the integrity check and accept writes again.
    void fullDisk() {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        QList<qint64> before;
        {
            OutboxStore store(path);
            QVERIFY(test::succeeded(store.open()));
            for (int i = 0; i < 3; ++i)
                before << store.insert(message(QStringLiteral("existing %1").arg(i))).value_or(-1);
        } // last connection closed: the WAL is checkpointed into the file
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 0);
        const rlim_t limit = rlim_t(size + 24 * 1024);

        QProcess child;
        child.setChildProcessModifier([limit] {
            // Runs in the forked child before exec: async-signal-safe calls only.
            struct rlimit r = {limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &r);
            ::signal(SIGXFSZ, SIG_IGN); // EFBIG from write() instead of death by signal
        });
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(AITBC_OUTBOX_FILL), {path, QStringLiteral("200")});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        QList<qint64> written;
        QString refusal;
        for (const QByteArray& line : lines) {
            if (line.startsWith("written "))
                written << line.mid(8).toLongLong();
            else if (line.startsWith("refused "))
                refusal = QString::fromUtf8(line.mid(8));
        }
        QVERIFY2(!refusal.isEmpty(), "the disk never filled up: the limit did not apply");
        QVERIFY2(refusal.contains(QLatin1String("full"), Qt::CaseInsensitive) ||
                     refusal.contains(QLatin1String("disk"), Qt::CaseInsensitive),
                 qPrintable(refusal));
        QVERIFY(!written.isEmpty());

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        OutboxStore store(path);
        QVERIFY(test::succeeded(store.open()));
        QList<qint64> ids;
        for (const OutboxEntry& e : store.entries())
            ids << e.id;
        QCOMPARE(ids, before + written); // nothing lost, nothing half-written
        QVERIFY(store.insert(message(QStringLiteral("after the disk was freed"))));
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"
