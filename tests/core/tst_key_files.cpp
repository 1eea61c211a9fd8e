// Password files and durable keystore writes: the files a headless signer reads its secret from are
// refused when others can read them or when they are not plain, small files (a FIFO or /dev/zero must
// not hang a command), and keystores reach the disk through a temporary file, fsync and rename.
#include "keystore/durable_file.h"
#include "keystore/key_files.h"
#include "keystore/keystore.h"
#include "test_result.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QtConcurrent>
#include <QtTest>

#include <cerrno>

#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

using namespace aitbc;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content, mode_t mode) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

struct ReadResult {
    bool ok = false;
    QByteArray password;
    QString error;
};

/// readPasswordFile on a worker thread, so a read that never returns (the old behaviour on /dev/zero or a
/// FIFO) fails this test instead of hanging it. The limit is a hang guard, not a timing assertion.
std::optional<ReadResult>
readGuarded(const QString& path,
            keystore::PasswordFileAccess access = keystore::PasswordFileAccess::OwnerOnly) {
    QFuture<ReadResult> f = QtConcurrent::run([path, access] {
        ReadResult r;
        auto read = keystore::readPasswordFile(path, access);
        r.ok = read.ok();
        if (read)
            r.password = std::move(read).value();
        else
            r.error = read.error().message;
        return r;
    });
    QDeadlineTimer limit(60000);
    while (!f.isFinished() && !limit.hasExpired())
        QThread::msleep(20);
    if (!f.isFinished())
        return std::nullopt;
    return f.result();
}

/// A POSIX access ACL in the kernel's xattr format: {version 2}, then {le16 tag, le16 perm, le32 id}.
QByteArray aclBlob(const QList<std::array<quint32, 3>>& entries) {
    QByteArray b;
    const auto le = [&b](quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    le(2, 4);
    for (const auto& e : entries) {
        le(e[0], 2);
        le(e[1], 2);
        le(e[2], 4);
    }
    return b;
}

constexpr quint32 kUserObj = 0x01, kUser = 0x02, kGroupObj = 0x04, kMask = 0x10, kOther = 0x20;
constexpr quint32 kNoId = 0xffffffffu;

} // namespace

class TestKeyFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv(keystore::kAllowInsecurePasswordFileEnv);
    }

    void privateFileIsRead() {
        const QString path = writeFile(m_dir, QStringLiteral("ok"), "correct horse\r\n", 0600);
        const auto r = readGuarded(path);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        QCOMPARE(r->password, QByteArray("correct horse"));
        // Read-only for the owner is just as private.
        ::chmod(QFile::encodeName(path).constData(), 0400);
        QVERIFY(readGuarded(path)->ok);
    }

    void groupOrOtherAccessIsRefused_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620") << 0620;
    }
    void groupOrOtherAccessIsRefused() {
        QFETCH(int, mode);
        const QString path = writeFile(m_dir, QStringLiteral("open"), "hunter2\n", mode_t(mode));
        const auto r = readGuarded(path);
        QVERIFY(r);
        QVERIFY(!r->ok);
        QVERIFY(r->password.isEmpty());
        QVERIFY2(r->error.contains(path), qPrintable(r->error));
        QVERIFY2(r->error.contains(QStringLiteral("mode 0%1").arg(mode, 3, 8, QLatin1Char('0'))),
                 qPrintable(r->error));
        QVERIFY(r->error.contains(QLatin1String("--allow-insecure-password-file")));
        // The explicit override reads it.
        const auto allowed = readGuarded(path, keystore::PasswordFileAccess::AllowGroupOrOther);
        QVERIFY(allowed && allowed->ok);
        QCOMPARE(allowed->password, QByteArray("hunter2"));
        // And so does the environment switch, which is the default argument.
        qputenv(keystore::kAllowInsecurePasswordFileEnv, "1");
        QVERIFY(keystore::readPasswordFile(path));
        qputenv(keystore::kAllowInsecurePasswordFileEnv, "0");
        QVERIFY(!keystore::readPasswordFile(path));
        qunsetenv(keystore::kAllowInsecurePasswordFileEnv);
    }

    void devicesAndFifosFailAtOnce() {
        const auto zero = readGuarded(QStringLiteral("/dev/zero"));
        QVERIFY2(zero, "reading /dev/zero did not return");
        QVERIFY(!zero->ok);
        QVERIFY2(zero->error.contains(QLatin1String("/dev/zero")) &&
                     zero->error.contains(QLatin1String("not a regular file")),
                 qPrintable(zero->error));

        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto r = readGuarded(fifo); // no writer: a blocking open would wait forever
        QVERIFY2(r, "opening a FIFO without a writer did not return");
        QVERIFY(!r->ok);
        QVERIFY(r->error.contains(QLatin1String("not a regular file")));

        const auto dir = readGuarded(m_dir.path());
        QVERIFY(dir && !dir->ok);
    }

    void sizeIsCapped() {
        const QString big = writeFile(m_dir, QStringLiteral("big"),
                                      QByteArray(keystore::kMaxPasswordFileBytes + 1, 'x'), 0600);
        const auto r = readGuarded(big);
        QVERIFY(r && !r->ok);
        QVERIFY2(r->error.contains(QString::number(keystore::kMaxPasswordFileBytes)), qPrintable(r->error));
        QVERIFY(r->password.isEmpty());
        const QString edge =
            writeFile(m_dir, QStringLiteral("edge"), QByteArray(keystore::kMaxPasswordFileBytes, 'y'), 0600);
        const auto e = readGuarded(edge);
        QVERIFY(e && e->ok);
        QCOMPARE(e->password.size(), keystore::kMaxPasswordFileBytes);
    }

    /// systemd's LoadCredential= gives a service a 0400 file plus an ACL entry for the service's user, so
    /// `ls -l` shows 0440: that is private to this user and must be accepted; an ACL that names anybody
    /// else must not.
    void aclsAreJudgedByWhoTheyAdmit() {
        const QString path = writeFile(m_dir, QStringLiteral("acl"), "credential\n", 0400);
        const QByteArray name = QFile::encodeName(path);
        const QByteArray mine = aclBlob({{kUserObj, 4, kNoId},
                                         {kUser, 4, quint32(::geteuid())},
                                         {kGroupObj, 0, kNoId},
                                         {kMask, 4, kNoId},
                                         {kOther, 0, kNoId}});
        if (::setxattr(name.constData(), "system.posix_acl_access", mine.constData(),
                       std::size_t(mine.size()), 0) != 0)
            QSKIP("this file system takes no POSIX ACLs");
        struct stat st {};
        QCOMPARE(::stat(name.constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0440)); // the mask shows in the group bits
        const auto ok = readGuarded(path);
        QVERIFY2(ok && ok->ok, ok ? qPrintable(ok->error) : "hang");
        QCOMPARE(ok->password, QByteArray("credential"));

        const QByteArray someoneElse = aclBlob({{kUserObj, 4, kNoId},
                                                {kUser, 4, quint32(::geteuid()) + 4242},
                                                {kGroupObj, 0, kNoId},
                                                {kMask, 4, kNoId},
                                                {kOther, 0, kNoId}});
        QCOMPARE(::setxattr(name.constData(), "system.posix_acl_access", someoneElse.constData(),
                            std::size_t(someoneElse.size()), 0),
                 0);
        const auto refused = readGuarded(path);
        QVERIFY(refused && !refused->ok);
        QVERIFY(refused->error.contains(QLatin1String("ACL")));
    }

    void openWithPasswordFileRefusesAnOpenFile() {
        keystore::CreateOptions o;
        o.iterations = 1000;
        const auto bytes = keystore::createFromSeed(QByteArray(32, 'k'), "pw", o);
        QVERIFY(bytes.ok());
        const QString ks = writeFile(m_dir, QStringLiteral("k.json"), bytes.value(), 0600);
        const QString open = writeFile(m_dir, QStringLiteral("k.pw"), "pw\n", 0644);
        const auto refused = keystore::openWithPasswordFile(ks, open);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("0644")));
        ::chmod(QFile::encodeName(open).constData(), 0600);
        const auto w = keystore::openWithPasswordFile(ks, open);
        QVERIFY(test::succeeded(w));
        QVERIFY(!w->address.isEmpty());
    }

    void hugeKeystoreIsNotReadWhole() {
        const QString ks = writeFile(m_dir, QStringLiteral("huge.json"), QByteArray(2 << 20, ' '), 0600);
        const QString pw = writeFile(m_dir, QStringLiteral("huge.pw"), "pw\n", 0600);
        const auto refused = keystore::openWithPasswordFile(ks, pw);
        QVERIFY(!refused);
        const QString error = refused.error().message;
        QVERIFY2(error.contains(ks) && error.contains(QLatin1String("larger than")), qPrintable(error));
    }

    void createNewIsPrivateAndNeverReplaces() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wallet.json"));
        QVERIFY(test::succeeded(
            keystore::writeFileDurably(path, "{\"a\":1}", keystore::DurableWrite::CreateNew)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"a\":1}"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        const auto refused = keystore::writeFileDurably(path, "{\"b\":2}", keystore::DurableWrite::CreateNew);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("already exists")));
        f.seek(0);
        QCOMPARE(f.readAll(), QByteArray("{\"a\":1}"));
        // No temporary file is left behind, after success or refusal.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("wallet.json")});
    }

    void replaceKeepsPermissionsAndLeavesNoTemp() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("wallet.json"), "old", 0640);
        QVERIFY(test::succeeded(keystore::writeFileDurably(path, "new", keystore::DurableWrite::Replace)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("wallet.json")});
        // A folder that does not exist: a clear error naming the file.
        const auto missing = keystore::writeFileDurably(dir.filePath(QStringLiteral("missing/w.json")), "x",
                                                        keystore::DurableWrite::CreateNew);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("missing")));
    }
};

QTEST_GUILESS_MAIN(TestKeyFiles)
#include "tst_key_files.moc"
