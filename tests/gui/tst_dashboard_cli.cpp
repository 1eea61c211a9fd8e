// `aitbc-dashboard --help` and `--version` answer on a machine without a display (a server, an SSH
// session, CI): no QT_QPA_PLATFORM, no DISPLAY, no WAYLAND_DISPLAY. A real process.
#include <QProcess>
#include <QtTest>

class TestDashboardCli : public QObject {
    Q_OBJECT

    static QProcessEnvironment headless() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    static int run(const QStringList& args, QByteArray* out, QByteArray* err) {
        QProcess p;
        p.setProcessEnvironment(headless());
        p.start(QStringLiteral(AITBC_DASHBOARD_PATH), args);
        if (!p.waitForFinished(60000)) { // hang guard only
            p.kill();
            p.waitForFinished();
            return -2;
        }
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void helpWithoutDisplay() {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY2(out.contains("--demo") && out.contains("--rpc-url"), out.constData());
        QVERIFY2(!err.contains("could not connect to display"), err.constData());
    }

    void versionWithoutDisplay() {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--version")}, &out, &err), 0);
        QVERIFY2(out.startsWith("aitbc-dashboard "), out.constData());
    }

    void unknownOptionNextToHelpIsAnErrorWithoutDisplay() {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--help"), QStringLiteral("--no-such-option")}, &out, &err), 1);
        QVERIFY2(err.contains("no-such-option"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "tst_dashboard_cli.moc"
