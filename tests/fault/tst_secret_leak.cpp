// No secret in logs, settings, files or crash output (issue 9, part 4).
//
// A full scenario runs with every logging category at debug level and a message handler that keeps every
// line: a keystore is unlocked with its password (and once with a wrong one), its password changed and
// back, a message signed and sent through the real MessageSender to a real devnet node and confirmed.
// Then every aitbc-agent command that takes a password file runs as a child process (the daemon for a few
// seconds) with debug logging on and its settings/data folders inside the scanned tree. Finally the log
// lines, the children's stdout/stderr and every file written (settings, outbox, chain.db, caches) are
// searched for the password, the seed as lowercase and uppercase hex, as base64 and as raw bytes.
// The same run checks that every secret buffer the scenario released was zero at release.

#include "fault_fixture.h"

#include "crypto/secure_bytes.h"
#include "keystore/keystore.h"
#include "messaging/message_sender.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

using namespace aitbc;
using namespace aitbc::test;

namespace {

QMutex g_logMutex;
QByteArray g_log;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message) {
    QMutexLocker lock(&g_logMutex);
    g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

class TestSecretLeak : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;  ///< everything the scenario may write: scanned at the end
    QTemporaryDir m_input; ///< the user's own input (password file): not scanned
    QByteArray m_password;
    QByteArray m_seed;
    QString m_keystorePath;
    QByteArray m_childOutput;
    QList<QByteArray> m_patterns;
    QStringList m_patternNames;

    /// Every place a needle was found, as "<where>: <pattern name>".
    QStringList findSecrets(const QByteArray& haystack, const QString& where) const {
        QStringList hits;
        for (int i = 0; i < m_patterns.size(); ++i)
            if (haystack.contains(m_patterns[i]))
                hits << where + QStringLiteral(": ") + m_patternNames[i];
        return hits;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_root.isValid() && m_input.isValid());
        m_password = readTestData(QStringLiteral("real-chain/keystore/.password"));
        const auto keys = json::parse(readTestData(QStringLiteral("real-chain/keys.json")));
        m_seed = QByteArray::fromHex(
            (*keys)[QStringLiteral("alice")][QStringLiteral("private_key_hex")].toString().toLatin1());
        QCOMPARE(m_seed.size(), 32);
        QVERIFY(!m_password.isEmpty());
        m_patterns = {m_password, m_seed.toHex(), m_seed.toHex().toUpper(), m_seed.toBase64(), m_seed};
        m_patternNames = {QStringLiteral("password"), QStringLiteral("seed hex"), QStringLiteral("seed HEX"),
                          QStringLiteral("seed base64"), QStringLiteral("seed bytes")};

        // Settings, data and caches of this process and its children go under the scanned root.
        for (const char* var :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, QFile::encodeName(m_root.filePath(QString::fromLatin1(var).toLower())));
        QCoreApplication::setOrganizationName(QStringLiteral("AITBC"));
        QCoreApplication::setApplicationName(QStringLiteral("aitbc-secret-leak-test"));

        m_keystorePath = m_root.filePath(QStringLiteral("alice.json"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("real-chain/keystore/alice.json")), m_keystorePath));
        QFile::setPermissions(m_keystorePath, QFile::ReadOwner | QFile::WriteOwner);

        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() {
        qInstallMessageHandler(nullptr);
        crypto::SecureBytes::setReleaseObserver({});
    }

    /// Unlock, wrong password, change password and back, sign and send a message to a devnet node.
    void inProcessScenario() {
        int releases = 0;
        int dirtyReleases = 0;
        crypto::SecureBytes::setReleaseObserver([&](const unsigned char* data, std::size_t size) {
            ++releases;
            for (std::size_t i = 0; i < size; ++i)
                if (data[i] != 0) {
                    ++dirtyReleases;
                    break;
                }
        });

        QFile f(m_keystorePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        QVERIFY(!keystore::unlock(file, "not the password").ok());
        const QByteArray changed = keystore::changePassword(file, m_password, "temporary-password").value();
        const QByteArray restored =
            keystore::changePassword(changed, "temporary-password", m_password).value();
        QVERIFY(!restored.contains(m_seed.toHex()));

        auto unlocked = keystore::unlock(restored, m_password);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
        QVERIFY(unlocked->seed.equals(m_seed));
        auto key = crypto::Ed25519Key::fromSeed(unlocked->seed.view());
        QVERIFY(key.ok());
        const QString address = unlocked->address;

        TestDevnet net(m_root.filePath(QStringLiteral("devnet")), QStringLiteral("ait-mainnet"));
        QVERIFY(net.start());
        auto node = rpcNode(net.port());
        const Account bob = realChainAccount(QStringLiteral("bob"));
        {
            messaging::MessageSender sender(
                m_root.filePath(QStringLiteral("outbox.sqlite")), node.get(),
                [&](const QString& a) { return a == address ? &key.value() : nullptr; });
            sender.setPollInterval(100);
            sender.start();
            QTRY_VERIFY(sender.isReady());
            const qint64 id =
                test::waitFor(sender.enqueue(address, bob.address, QStringLiteral("secret-leak scenario")));
            QTRY_COMPARE_WITH_TIMEOUT(sender.entry(id)->state, messaging::OutboxState::Confirmed, 30000);
        }
        QSettings settings;
        settings.setValue(QStringLiteral("wallets/last"), m_keystorePath);
        settings.sync();
        net.kill();

        unlocked = keystore::KeystoreError{}; // release the seed now, while the observer watches
        QVERIFY2(releases >= 2, "the derived key and the seed were held in SecureBytes");
        QCOMPARE(dirtyReleases, 0);
    }

    /// Every aitbc-agent command that reads a password file, run with debug logging on; the daemon
    /// briefly. Commands are found from the tool's own help so new ones are covered without editing this.
    void cliScenario() {
        const QString agent = QStringLiteral(AITBC_AGENT_PATH);
        if (!QFileInfo::exists(agent))
            QSKIP("aitbc-agent is not built in this tree");
        const QString passwordFile = m_input.filePath(QStringLiteral("password"));
        {
            QFile pw(passwordFile);
            QVERIFY(pw.open(QIODevice::WriteOnly));
            pw.write(m_password + '\n');
            pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // password files are private
        }
        TestDevnet net(m_root.filePath(QStringLiteral("devnet-cli")), QStringLiteral("ait-mainnet"));
        QVERIFY(net.start());
        const Account bob = realChainAccount(QStringLiteral("bob"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        auto run = [&](const QStringList& args, int ms) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(m_root.path());
            p.start(agent, args);
            p.closeWriteChannel(); // a command that prompts gets EOF, never the password
            if (!p.waitForFinished(ms)) {
                p.terminate(); // the daemon: stop it as a service manager would
                if (!p.waitForFinished(5000))
                    p.kill();
                p.waitForFinished(5000);
            }
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            m_childOutput += "$ aitbc-agent " + args.join(QLatin1Char(' ')).toUtf8() + '\n' + out;
            return out;
        };

        const QByteArray help = run({QStringLiteral("--help")}, 20000);
        // Values for the options a command may have; anything else keeps its default.
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("--password-file"), passwordFile},
            {QStringLiteral("--keystore"), m_keystorePath},
            {QStringLiteral("--wallet"), m_keystorePath},
            {QStringLiteral("--node"), QStringLiteral("http://127.0.0.1:%1").arg(net.port())},
            {QStringLiteral("--rpc"), QStringLiteral("http://127.0.0.1:%1").arg(net.port())},
            {QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(net.port())},
            {QStringLiteral("--to"), bob.address},
            {QStringLiteral("--text"), QStringLiteral("secret-leak cli")},
            {QStringLiteral("--message"), QStringLiteral("secret-leak cli")},
        };
        int ran = 0;
        for (const QByteArray& rawLine : help.split('\n')) {
            const QByteArray line = rawLine.trimmed();
            if (!line.startsWith("keystore") && !line.startsWith("message") && !line.startsWith("daemon") &&
                !line.startsWith("tx"))
                continue;
            // "keystore inspect      Summary": the words end where the padding (two spaces or more) starts.
            const qsizetype pad = line.indexOf("  ");
            const QStringList words =
                QString::fromLatin1(pad < 0 ? line : line.left(pad)).split(QLatin1Char(' '));
            const QByteArray commandHelp = run(words + QStringList{QStringLiteral("--help")}, 20000);
            if (!commandHelp.contains("--password-file"))
                continue;
            QStringList args = words;
            for (const auto& [option, value] : values)
                if (commandHelp.contains(option.toUtf8()))
                    args << option << value;
            // A keystore given as the positional argument (keystore inspect/unlock FILE); a command that
            // creates one gets a fresh path so that the wallet the others use stays as it is.
            if (!commandHelp.contains("--keystore") && commandHelp.contains("Arguments:"))
                args << (words.contains(QLatin1String("create"))
                             ? m_root.filePath(QStringLiteral("created.json"))
                             : m_keystorePath);
            const bool daemon = words.first() == QLatin1String("daemon");
            run(args, daemon ? 4000 : 30000);
            ++ran;
        }
        qInfo("ran %d aitbc-agent commands that read a password file", ran);
        net.kill();
    }

    /// The search itself.
    void noSecretAnywhere() {
        QStringList hits;
        {
            QMutexLocker lock(&g_logMutex);
            QVERIFY2(g_log.size() > 0, "debug logging was captured");
            hits += findSecrets(g_log, QStringLiteral("log"));
        }
        hits += findSecrets(m_childOutput, QStringLiteral("aitbc-agent output"));
        int files = 0;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            hits += findSecrets(f.readAll(), QDir(m_root.path()).relativeFilePath(path));
        }
        QVERIFY2(files >= 3, "the scenario wrote settings, the outbox and a chain.db");
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secret_leak.moc"
