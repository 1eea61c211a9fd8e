// `aitbc-agent service install|status` as real processes: the unit, keystore and password file written
// under a test root (--root), the password file private (0600) and owned by the service's user, the unit
// accepted by `systemd-analyze verify`; a wrong password writes nothing; `service status` says clearly
// when systemd cannot be asked (as in this container, where systemd is not PID 1) and still shows the
// responder's record.
#include "messaging/responder_rules.h"
#include "test_result.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

Run agent(const QStringList& args,
          const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AITBC_AGENT_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("aitbc-agent did not finish");
    Run r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCliService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keystore;
    QString m_password;

    QString write(const QString& name, const QByteArray& bytes) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return f.fileName();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_password = write(QStringLiteral("pw"), "service secret\n");
        m_keystore = m_dir.filePath(QStringLiteral("wallet.json"));
        const Run created = agent({QStringLiteral("keystore"), QStringLiteral("create"),
                                   QStringLiteral("--password-file"), m_password, m_keystore});
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void systemServiceUnderRoot() {
        // The service user must exist here; `nobody` always does (no account is created by the test).
        const passwd* nobody = getpwnam("nobody");
        QVERIFY(nobody);
        const QString root = m_dir.filePath(QStringLiteral("root"));
        const Run r =
            agent({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--keystore"),
                   m_keystore, QStringLiteral("--password-file"), m_password, QStringLiteral("--root"), root,
                   QStringLiteral("--service-user"), QStringLiteral("nobody"), QStringLiteral("--node"),
                   QStringLiteral("http://127.0.0.1:8082"), QStringLiteral("--answer-status"),
                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString unitPath = root + QStringLiteral("/etc/systemd/system/aitbc-agent-daemon.service");
        const QString passwordPath = root + QStringLiteral("/etc/aitbc-agent/password");
        const QString keystorePath = root + QStringLiteral("/etc/aitbc-agent/keystore.json");
        QCOMPARE(r.json[QStringLiteral("unit")].toString(), unitPath);
        QCOMPARE(r.json[QStringLiteral("password_file")].toString(), passwordPath);

        // The password file: 0600, owned by the service user, the password itself (it opens the keystore).
        const QFileInfo pw(passwordPath);
        QVERIFY(pw.exists());
        QCOMPARE(pw.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (::geteuid() == 0) {
            QCOMPARE(pw.ownerId(), uint(nobody->pw_uid));
            QCOMPARE(QFileInfo(keystorePath).ownerId(), uint(nobody->pw_uid));
        }
        QCOMPARE(readAll(passwordPath), QStringLiteral("service secret\n"));
        QCOMPARE(QFileInfo(keystorePath).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readAll(keystorePath), readAll(m_keystore));

        const QString unit = readAll(unitPath);
        QVERIFY(unit.contains(QStringLiteral("User=nobody\n")));
        QVERIFY(unit.contains(QStringLiteral("LoadCredential=password:/etc/aitbc-agent/password\n")));
        QVERIFY(unit.contains(QStringLiteral("\"--keystore\" \"/etc/aitbc-agent/keystore.json\"")));
        QVERIFY(unit.contains(QStringLiteral("--answer-status")));
        QVERIFY(!unit.contains(QStringLiteral("service secret")));
        QVERIFY(r.json[QStringLiteral("commands")].toArray().first().toString().contains(
            QStringLiteral("enable")));

        // systemd's own check. The unit names the final paths (/etc/aitbc-agent/...), so it is verified
        // as a file rather than with --root (whose tree lacks the system's targets).
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (scripts/install-deps.sh installs systemd)");
        QProcess verify;
        verify.start(analyze, {QStringLiteral("verify"), unitPath});
        QVERIFY(verify.waitForFinished(120000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }

    void wrongPasswordWritesNothing() {
        const QString root = m_dir.filePath(QStringLiteral("root-bad"));
        const QString wrong = write(QStringLiteral("wrong"), "not it\n");
        const Run r =
            agent({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--keystore"),
                   m_keystore, QStringLiteral("--password-file"), wrong, QStringLiteral("--root"), root,
                   QStringLiteral("--service-user"), QStringLiteral("nobody")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(root));
    }

    void refusesUnknownUserAndHostileWords() {
        const QString root = m_dir.filePath(QStringLiteral("root-refused"));
        Run r = agent({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--keystore"),
                       m_keystore, QStringLiteral("--password-file"), m_password, QStringLiteral("--root"),
                       root, QStringLiteral("--service-user"), QStringLiteral("no-such-user-aitbc")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("useradd"));
        r = agent({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--keystore"),
                   m_keystore, QStringLiteral("--password-file"), m_password, QStringLiteral("--root"), root,
                   QStringLiteral("--service-user"), QStringLiteral("nobody"), QStringLiteral("--node"),
                   QStringLiteral("http://127.0.0.1:8082/$HOME\" --evil")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(root));
    }

    void userService() {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        const Run r = agent({QStringLiteral("service"), QStringLiteral("install"), QStringLiteral("--user"),
                             QStringLiteral("--keystore"), m_keystore, QStringLiteral("--password-file"),
                             m_password, QStringLiteral("--json")},
                            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString unitPath = home + QStringLiteral("/.config/systemd/user/aitbc-agent-daemon.service");
        const QString passwordPath = home + QStringLiteral("/.config/aitbc-agent/password");
        const QFileInfo pw(passwordPath);
        QCOMPARE(pw.ownerId(), uint(::getuid()));
        QCOMPARE(pw.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(home + QStringLiteral("/.config/aitbc-agent")).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        const QString unit = readAll(unitPath);
        QVERIFY(!unit.contains(QStringLiteral("User=")));
        QVERIFY(unit.contains(QStringLiteral("--password-file \"%1\"").arg(passwordPath)));
        QVERIFY(unit.contains(QStringLiteral("WantedBy=default.target")));
        QVERIFY(r.json[QStringLiteral("commands")].toArray().last().toString().startsWith(
            QStringLiteral("systemctl --user enable --now")));
    }

    void statusWithoutSystemd() {
        aitbc::messaging::ResponderState s;
        s.address = QStringLiteral("ait1") + QString(40, QLatin1Char('b'));
        s.startHeight = 7;
        s.handled.insert(QStringLiteral("0xaa"), QStringLiteral("answered"));
        s.handled.insert(QStringLiteral("0xbb"), QStringLiteral("replying"));
        s.pending.insert(QStringLiteral("0xbb"), {});
        const QString statePath = m_dir.filePath(QStringLiteral("state.json"));
        QVERIFY(aitbc::test::succeeded(s.save(statePath)));
        const Run r = agent({QStringLiteral("service"), QStringLiteral("status"), QStringLiteral("--state"),
                             statePath, QStringLiteral("--json")});
        const QJsonObject state = r.json[QStringLiteral("state")].toObject();
        QCOMPARE(state[QStringLiteral("address")].toString(), s.address);
        QCOMPARE(state[QStringLiteral("answered")].toInt(), 1);
        QCOMPARE(state[QStringLiteral("pending")].toInt(), 1);
        QCOMPARE(state[QStringLiteral("start_height")].toInt(), 7);
        if (r.json[QStringLiteral("systemd")].toBool()) {
            // A host with systemd as PID 1: the unit's properties are shown.
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.json.contains(QStringLiteral("LoadState")));
        } else {
            QCOMPARE(r.exitCode, 3);
            QVERIFY(r.json[QStringLiteral("error")].toString().startsWith(
                QStringLiteral("systemd is not reachable")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliService)
#include "tst_cli_service.moc"
