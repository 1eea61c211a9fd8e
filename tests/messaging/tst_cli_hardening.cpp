// aitbc-agent as a newcomer and an attacker meet it, with real processes: recipients that are not AITBC
// addresses and empty texts are refused (exit 2) before the network or the outbox is touched; a node
// that cannot be reached ends `message send` at once with one line on stderr, the message kept in the
// outbox; internal log lines only with -v; password files that others can read, or that are devices,
// refused at once; and control characters from the chain shown, never sent to the terminal.
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "keystore/keystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace aitbc;

namespace {

/// Hang guard only: the old `message send` retried an unreachable node for 120 s, so anything that takes
/// this long has regressed. Nothing asserts on elapsed time.
constexpr int kHangGuardMs = 100000;

using test::agentBinary;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QByteArray> errLines() const {
        QList<QByteArray> lines = err.split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen");
    return probe.serverPort(); // closed when probe goes: connections are refused
}

} // namespace

class TestCliHardening : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    std::unique_ptr<devnet::DevnetNode> m_leader;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void writeKeystore(const QString& name, char fill) {
        test::writeTestKeystore(m_dir.path(), name, fill, "secret", test::PasswordFile::Yes);
    }

    Run run(const QStringList& args) {
        QProcess p;
        p.setProgram(agentBinary());
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // as a user runs it: the tool decides what is logged
        p.setProcessEnvironment(env);
        p.start();
        Run r;
        if (!p.waitForFinished(kHangGuardMs)) {
            p.kill();
            p.waitForFinished();
            qWarning() << "aitbc-agent" << args << "did not finish";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList sendArgs(const QString& node, const QString& to, const QString& text, const QString& outbox) {
        return {QStringLiteral("message"),
                QStringLiteral("send"),
                QStringLiteral("--keystore"),
                path(QStringLiteral("alice.json")),
                QStringLiteral("--password-file"),
                path(QStringLiteral("alice.password")),
                QStringLiteral("--node"),
                node,
                QStringLiteral("--to"),
                to,
                QStringLiteral("--text"),
                text,
                QStringLiteral("--fee"),
                QStringLiteral("0"),
                QStringLiteral("--outbox"),
                outbox};
    }

    QJsonArray outboxEntries(const QString& outbox) {
        const Run r = run({QStringLiteral("message"), QStringLiteral("outbox"), QStringLiteral("--outbox"),
                           outbox, QStringLiteral("--json")});
        return r.json()[QStringLiteral("messages")].toArray();
    }

    static bool hasLogLine(const Run& r) {
        for (const QByteArray& line : r.errLines())
            if (line.startsWith("aitbc."))
                return true;
        return false;
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("bob"), 'b');
    }

    void recipientMustBeAnAitbcAddress_data() {
        QTest::addColumn<QString>("to");
        QTest::newRow("issue example") << QStringLiteral("ait1notanaddress");
        QTest::newRow("a name") << QStringLiteral("bob");
        QTest::newRow("ethereum") << QStringLiteral("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
        QTest::newRow("one hex digit short") << bob.address.chopped(1);
        QTest::newRow("bad bech32 checksum")
            << QStringLiteral("ait12er44f65vdr5cq59mawm7272ku76v5f43qu7ndm5sxew4vg8wzxqfs79l4");
    }
    void recipientMustBeAnAitbcAddress() {
        QFETCH(QString, to);
        // A listening "node" that counts connections: none may arrive.
        QTcpServer node;
        QVERIFY(node.listen(QHostAddress::LocalHost, 0));
        const QString outbox = path(QStringLiteral("refused-outbox.sqlite"));
        const Run r = run(sendArgs(QStringLiteral("http://127.0.0.1:%1").arg(node.serverPort()), to,
                                   QStringLiteral("hello"), outbox));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not an AITBC address"), r.err.constData());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(outbox));
        QVERIFY(!node.waitForNewConnection(200)); // nothing connected
    }

    void everyAddressStyleIsAccepted() {
        // Valid recipients pass the check and reach the (closed) node: exit 3, not 2.
        const QString node = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        for (address::Style s : {address::Style::Cli, address::Style::Sha256, address::Style::Bech32}) {
            const QString to = test::makeKey('c', s).address;
            const Run r =
                run(sendArgs(node, to, QStringLiteral("hi"), path(QStringLiteral("styles.sqlite"))));
            QVERIFY2(r.exitCode == 3, r.err.constData());
            QVERIFY(!r.err.contains("not an AITBC address"));
        }
    }

    void emptyTextNeedsAllowEmpty() {
        QTcpServer node;
        QVERIFY(node.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(node.serverPort());
        const QString outbox = path(QStringLiteral("empty-outbox.sqlite"));
        for (const QString& text : {QString(), QStringLiteral("  ")}) {
            const Run r = run(sendArgs(url, bob.address, text, outbox));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--allow-empty"), r.err.constData());
            QVERIFY(!QFile::exists(outbox));
        }
        QVERIFY(!node.waitForNewConnection(200));
        // Allowed on request: the message is queued (the node here is closed, so it stays queued).
        QStringList args =
            sendArgs(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), bob.address, QString(), outbox);
        args << QStringLiteral("--allow-empty");
        const Run r = run(args);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(outboxEntries(outbox).size(), 1);
    }

    void unreachableNodeFailsFastAndKeepsTheMessage() {
        const QString outbox = path(QStringLiteral("down-outbox.sqlite"));
        const QString node = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        // Default --timeout (120 s): the hang guard (100 s) fails this test if the command waits it out.
        const Run r = run(sendArgs(node, bob.address, QStringLiteral("are you there?"), outbox));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.errLines().size(), 1); // one line, not one per retry
        QVERIFY2(r.err.contains("cannot reach"), r.err.constData());
        QVERIFY2(r.err.contains(outbox.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("retrying"));
        QVERIFY(!hasLogLine(r));
        const QJsonArray entries = outboxEntries(outbox);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0][QStringLiteral("status")].toString(), QStringLiteral("queued"));
        QCOMPARE(entries[0][QStringLiteral("to")].toString(), bob.address);

        // --json: one object on stdout that says what happened, still one line on stderr.
        QStringList args = sendArgs(node, bob.address, QStringLiteral("second"), outbox);
        args << QStringLiteral("--json");
        const Run j = run(args);
        QCOMPARE(j.exitCode, 3);
        QCOMPARE(j.json()[QStringLiteral("status")].toString(), QStringLiteral("queued"));
        QVERIFY(j.json()[QStringLiteral("error")].toString().contains(QLatin1String("cannot reach")));
        QCOMPARE(j.errLines().size(), 1);
        QCOMPARE(outboxEntries(outbox).size(), 2);
    }

    void silentNodeEndsAtTimeout() {
        // Accepts connections (the kernel's backlog: this thread does not serve them) and never answers.
        QTcpServer node;
        QVERIFY(node.listen(QHostAddress::LocalHost, 0));
        const QString outbox = path(QStringLiteral("silent-outbox.sqlite"));
        QStringList args = sendArgs(QStringLiteral("http://127.0.0.1:%1").arg(node.serverPort()), bob.address,
                                    QStringLiteral("hello?"), outbox);
        args << QStringLiteral("--timeout") << QStringLiteral("2");
        const Run r = run(args);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(!hasLogLine(r));
        QCOMPARE(outboxEntries(outbox).size(), 1);
        args.last() = QStringLiteral("0");
        QCOMPARE(run(args).exitCode, 2);
    }

    void logLinesOnlyWithVerbose() {
        const QString node = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        QStringList args = sendArgs(node, bob.address, QStringLiteral("v"), path(QStringLiteral("v.sqlite")));
        QVERIFY(!hasLogLine(run(args)));
        args << QStringLiteral("-v");
        const Run v = run(args);
        QCOMPARE(v.exitCode, 3);
        QVERIFY2(hasLogLine(v), v.err.constData());
        // Also before the command words.
        args.removeLast();
        args.prepend(QStringLiteral("--verbose"));
        QVERIFY(hasLogLine(run(args)));
        // Commands other than send: node status against the same closed port.
        const Run status =
            run({QStringLiteral("node"), QStringLiteral("status"), QStringLiteral("--node"), node});
        QVERIFY(status.exitCode != 0);
        QVERIFY(!hasLogLine(status));
        QVERIFY(status.out.contains("unreachable"));
    }

    /// The daemon's events go to stdout once; without -v nothing repeats them on stderr (journald got
    /// every line twice).
    void daemonWritesEachLineOnce() {
        QProcess p;
        p.setProgram(agentBinary());
        p.setArguments({QStringLiteral("daemon"), QStringLiteral("--keystore"),
                        path(QStringLiteral("bob.json")), QStringLiteral("--password-file"),
                        path(QStringLiteral("bob.password")), QStringLiteral("--node"),
                        QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("--state"),
                        path(QStringLiteral("daemon-state.json")), QStringLiteral("--poll-interval"),
                        QStringLiteral("100")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QDeadlineTimer guard(60000); // hang guard only
        while (out.count('\n') < 3 && !guard.hasExpired() && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            out += p.readAllStandardOutput();
        }
        p.terminate();
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
        }
        out += p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(out.count('\n') >= 3, out.constData());
        QCOMPARE(out.count("Responder started"), 1);
        QCOMPARE(err.count("Responder started"), 0);
        QVERIFY2(!err.contains("aitbc."), err.constData());
    }

    void helpNamesTheOutbox() {
        const QString expected =
            path(QStringLiteral("xdg")) + QStringLiteral("/AITBC/aitbc-agent/outbox.sqlite");
        for (const QString& command : {QStringLiteral("send"), QStringLiteral("outbox")}) {
            const Run r = run({QStringLiteral("message"), command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            // The help text is wrapped: compare without the line breaks and indentation.
            const QString text = QString::fromUtf8(r.out).simplified().remove(QLatin1Char(' '));
            QVERIFY2(text.contains(expected), qPrintable(QString::fromUtf8(r.out)));
        }
    }

    void passwordFilesMustBePrivateAndPlain() {
        QFile pw(path(QStringLiteral("shared.password")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("secret\n");
        pw.close();
        QVERIFY(pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ReadOther));
        const QStringList unlock = {QStringLiteral("keystore"), QStringLiteral("unlock"),
                                    path(QStringLiteral("alice.json")), QStringLiteral("--password-file"),
                                    pw.fileName()};
        const Run refused = run(unlock);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("0644") && refused.err.contains(pw.fileName().toUtf8()) &&
                     refused.err.contains("--allow-insecure-password-file"),
                 refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        const Run allowed = run(QStringList(unlock) << QStringLiteral("--allow-insecure-password-file"));
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(allowed.out.contains(alice.address.toUtf8()));

        // /dev/zero never ends and a FIFO without a writer never opens: both refused at once.
        const Run zero =
            run({QStringLiteral("keystore"), QStringLiteral("unlock"), path(QStringLiteral("alice.json")),
                 QStringLiteral("--password-file"), QStringLiteral("/dev/zero")});
        QCOMPARE(zero.exitCode, 1);
        QVERIFY2(zero.err.contains("not a regular file"), zero.err.constData());
        const Run send = run({QStringLiteral("message"), QStringLiteral("send"), QStringLiteral("--keystore"),
                              path(QStringLiteral("alice.json")), QStringLiteral("--password-file"),
                              QStringLiteral("/dev/zero"), QStringLiteral("--node"),
                              QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("--to"),
                              bob.address, QStringLiteral("--text"), QStringLiteral("x"),
                              QStringLiteral("--outbox"), path(QStringLiteral("zero.sqlite"))});
        QCOMPARE(send.exitCode, 1);
        QVERIFY(send.err.contains("not a regular file"));
    }

    /// A message text with a terminal escape, a bell and a newline, put on a devnet chain, read back by
    /// `messages`: the human output shows the characters, the JSON output keeps them exactly.
    void chainTextCannotDriveTheTerminal() {
        m_leader = test::startLeader(path(QStringLiteral("leader")), {alice.address, bob.address});
        const QString text = QStringLiteral("\x1b[2J\x1b]0;pwned\x07red\nfrom ait1fake: pay me");
        QStringList args =
            sendArgs(m_leader->url().toString(), bob.address, text, path(QStringLiteral("esc.sqlite")));
        args << QStringLiteral("--wait");
        const Run sent = run(args);
        QVERIFY2(sent.exitCode == 0, sent.err.constData());

        const QStringList read = {QStringLiteral("messages"), QStringLiteral("--address"), bob.address,
                                  QStringLiteral("--node"), m_leader->url().toString()};
        const Run human = run(read);
        QCOMPARE(human.exitCode, 0);
        QVERIFY(!human.out.contains('\x1b'));
        QVERIFY(!human.out.contains('\x07'));
        QVERIFY2(human.out.contains("\\x1b[2J\\x1b]0;pwned\\x07red\\nfrom ait1fake: pay me"),
                 human.out.constData());
        int linesWithFake = 0;
        for (const QByteArray& line : human.out.split('\n'))
            linesWithFake += line.contains("ait1fake");
        QCOMPARE(linesWithFake, 1); // the forged "line" stays inside its message's line
        QVERIFY(!hasLogLine(human));

        const Run json = run(QStringList(read) << QStringLiteral("--json"));
        QCOMPARE(json.exitCode, 0);
        bool exact = false;
        for (const QJsonValue& m : json.json()[QStringLiteral("messages")].toArray())
            exact |= m[QStringLiteral("text")].toString() == text;
        QVERIFY(exact);
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
