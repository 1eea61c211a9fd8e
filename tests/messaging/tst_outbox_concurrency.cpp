// Several processes share one outbox file: concurrent `aitbc-agent message send --wait` processes, a
// dashboard-style in-process MessageSender next to them, and a sender that dies mid-send. Every message
// must be on chain exactly once and none lost. Real processes (QProcess), real HTTP to a devnet leader on
// 127.0.0.1, one real SQLite file; counts are taken from the leader's blocks.
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_keystores.h"

#include "keystore/keystore.h"
#include "messaging/message_sender.h"
#include "messaging/outbox_store.h"
#include "test_result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <sys/stat.h>

using namespace aitbc;
using namespace aitbc::messaging;

namespace {

constexpr int kWaitMs = 120000; // hang guard only: a loaded machine with 7 processes is slow
constexpr int kProcesses = 6;
constexpr int kRounds = 4;

using test::agentBinary;

/// The permission bits of a file, or -1 when it does not exist.
int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

struct Finished {
    int exitCode = -1;
    QJsonObject out;
    QByteArray stderrText;
};

} // namespace

class TestOutboxConcurrency : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    std::unique_ptr<chain::Node> m_rpc;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');

    void writeKeystore(const QString& name, char fill) {
        test::writeTestKeystore(m_dir.path(), name, fill, "secret " + QByteArray(1, fill),
                                test::PasswordFile::Yes);
    }

    /// Starts `aitbc-agent message send --wait --json` through `outbox`, from Alice to Bob, or from Bob to
    /// Alice with `fromBob`.
    std::unique_ptr<QProcess> startSend(const QString& outbox, const QString& text, bool fromBob = false) {
        const QString who = fromBob ? QStringLiteral("bob") : QStringLiteral("alice");
        auto p = std::make_unique<QProcess>();
        p->setProgram(agentBinary());
        p->setArguments({QStringLiteral("message"),
                         QStringLiteral("send"),
                         QStringLiteral("--keystore"),
                         m_dir.filePath(who + QStringLiteral(".json")),
                         QStringLiteral("--password-file"),
                         m_dir.filePath(who + QStringLiteral(".password")),
                         QStringLiteral("--node"),
                         m_leader->url().toString(),
                         QStringLiteral("--to"),
                         fromBob ? alice.address : bob.address,
                         QStringLiteral("--text"),
                         text,
                         QStringLiteral("--fee"),
                         QStringLiteral("0"),
                         QStringLiteral("--outbox"),
                         outbox,
                         QStringLiteral("--timeout"),
                         QString::number(kWaitMs / 1000),
                         QStringLiteral("--wait"),
                         QStringLiteral("--json")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p->setProcessEnvironment(env);
        p->start();
        if (!p->waitForStarted())
            qFatal("aitbc-agent did not start");
        return p;
    }

    static Finished finish(QProcess& p) {
        Finished f;
        if (!p.waitForFinished(kWaitMs + 20000))
            qFatal("aitbc-agent did not finish");
        f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        f.stderrText = p.readAllStandardError();
        f.out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return f;
    }

    /// How many transactions on the leader's chain carry each message text.
    QHash<QString, int> textsOnChain() {
        QHash<QString, int> counts;
        const auto head = test::waitFor(m_rpc->head());
        if (!head.ok())
            qFatal("head: %s", qPrintable(head.error().message));
        const auto blocks = test::waitFor(m_rpc->blocks(0, head->height, true));
        if (!blocks.ok())
            qFatal("blocks: %s", qPrintable(blocks.error().message));
        for (const chain::Block& b : blocks.value())
            for (const chain::Transaction& t : b.transactions)
                if (const auto pt = chain::extractPayloadText(t.payload, t.txMetadata))
                    ++counts[pt->text];
        return counts;
    }

    bool mempoolEmpty() {
        const auto m = test::waitFor(m_rpc->mempool());
        return m.ok() && m.value().isEmpty();
    }

    /// Nothing is pending any more, then every text is on chain exactly once.
    void verifyExactlyOnce(const QStringList& texts) {
        QTRY_VERIFY_WITH_TIMEOUT(mempoolEmpty(), kWaitMs);
        const QHash<QString, int> counts = textsOnChain();
        for (const QString& text : texts)
            QVERIFY2(
                counts.value(text) == 1,
                qPrintable(QStringLiteral("\"%1\" is on chain %2 times").arg(text).arg(counts.value(text))));
    }

    /// Every message of the outbox file is confirmed, once, each with its own transaction hash.
    static void verifyOutboxFile(const QString& path, const QStringList& texts) {
        OutboxStore store(path);
        QVERIFY(test::succeeded(store.open()));
        QHash<QString, int> seen;
        QSet<QString> hashes;
        for (const OutboxEntry& e : store.entries()) {
            ++seen[e.text];
            QVERIFY2(e.state == OutboxState::Confirmed,
                     qPrintable(e.text + QStringLiteral(": ") + outboxStateName(e.state)));
            hashes.insert(e.txHash);
        }
        for (const QString& text : texts)
            QCOMPARE(seen.value(text), 1);
        QCOMPARE(hashes.size(), store.entries().size());
    }

    /// One process per text, all at once; with `twoSenders`, every other one sends from Bob (two leases
    /// held by different processes at the same time).
    void runConcurrentSends(const QString& outbox, const QStringList& texts, bool twoSenders = false) {
        std::vector<std::unique_ptr<QProcess>> procs;
        for (const QString& text : texts)
            procs.push_back(startSend(outbox, text, twoSenders && procs.size() % 2 == 1));
        for (size_t i = 0; i < procs.size(); ++i) {
            const Finished f = finish(*procs[i]);
            QVERIFY2(f.exitCode == 0, f.stderrText.constData());
            QCOMPARE(f.out[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
            QVERIFY(f.out[QStringLiteral("block_height")].toInteger() > 0);
        }
    }

    MessageSender::KeyProvider aliceKeys() {
        return [this](const QString& a) { return a == alice.address ? alice.key.get() : nullptr; };
    }

    std::unique_ptr<MessageSender> startInProcess(const QString& outbox, chain::Node* node) {
        auto s = std::make_unique<MessageSender>(outbox, node, aliceKeys());
        s->setFee(0);
        s->setPollInterval(100);
        QSignalSpy ready(s.get(), &MessageSender::ready);
        s->start();
        if (!ready.wait(kWaitMs) || !ready.first().at(0).toBool())
            qFatal("outbox did not open");
        return s;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("bob"), 'b');
        m_leader = test::startLeader(m_dir.filePath(QStringLiteral("leader")), {alice.address, bob.address},
                                     0, 100000);
        m_rpc = test::rpcClient(m_leader->url());
    }

    /// Six processes, each sending its own text through one outbox file, in several rounds (the first
    /// round also creates the file from six processes at once; the later ones mix two senders).
    void concurrentSendersShareOneOutbox() {
        const QString outbox = m_dir.filePath(QStringLiteral("shared-outbox.sqlite"));
        QStringList all;
        for (int round = 0; round < kRounds; ++round) {
            QStringList texts;
            for (int i = 0; i < kProcesses; ++i)
                texts << QStringLiteral("round %1 process %2").arg(round).arg(i);
            runConcurrentSends(outbox, texts, round >= kRounds / 2);
            if (QTest::currentTestFailed())
                return;
            all << texts;
            verifyExactlyOnce(all);
            if (QTest::currentTestFailed())
                return;
        }
        verifyOutboxFile(outbox, all);
    }

    /// One process writes a backlog into the outbox without sending it; several processes drain it
    /// while each sends its own message.
    void backlogDrainedBySeveralProcesses() {
        const QString outbox = m_dir.filePath(QStringLiteral("backlog-outbox.sqlite"));
        QStringList all;
        {
            // No node: this sender only writes (as a dashboard that has not connected yet).
            MessageSender writer(outbox, nullptr, aliceKeys());
            QSignalSpy ready(&writer, &MessageSender::ready);
            writer.start();
            QVERIFY(ready.wait(kWaitMs));
            for (int i = 0; i < kProcesses; ++i) {
                const QString text = QStringLiteral("backlog %1").arg(i);
                QVERIFY(test::waitFor(writer.enqueue(alice.address, bob.address, text)) > 0);
                all << text;
            }
        }
        QStringList texts;
        for (int i = 0; i < kProcesses; ++i)
            texts << QStringLiteral("drainer %1").arg(i);
        runConcurrentSends(outbox, texts);
        all << texts;
        verifyExactlyOnce(all);
        verifyOutboxFile(outbox, all);
    }

    /// The dashboard's long-lived MessageSender and CLI processes share the file: messages enqueued in
    /// both go out once each, and the dashboard's view shows the CLI's messages confirmed.
    void dashboardAndCliShareOneOutbox() {
        const QString outbox = m_dir.filePath(QStringLiteral("dashboard-outbox.sqlite"));
        auto node = test::rpcClient(m_leader->url());
        auto dashboard = startInProcess(outbox, node.get());
        QStringList dashTexts;
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            dashTexts << QStringLiteral("dashboard early %1").arg(i);
            ids << test::waitFor(dashboard->enqueue(alice.address, bob.address, dashTexts.last()));
        }
        QStringList cliTexts;
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < 4; ++i) {
            cliTexts << QStringLiteral("cli beside the dashboard %1").arg(i);
            procs.push_back(startSend(outbox, cliTexts.last()));
        }
        for (int i = 0; i < 3; ++i) {
            dashTexts << QStringLiteral("dashboard late %1").arg(i);
            ids << test::waitFor(dashboard->enqueue(alice.address, bob.address, dashTexts.last()));
        }
        for (auto& p : procs) {
            const Finished f = finish(*p);
            QVERIFY2(f.exitCode == 0, f.stderrText.constData());
            QCOMPARE(f.out[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        }
        for (qint64 id : std::as_const(ids)) {
            QVERIFY(id > 0);
            QTRY_COMPARE_WITH_TIMEOUT(dashboard->entry(id)->state, OutboxState::Confirmed, kWaitMs);
        }
        // The dashboard sees what the processes did in the shared file.
        auto confirmedInView = [&] {
            const QList<OutboxEntry> view = dashboard->entries();
            return std::count_if(view.cbegin(), view.cend(),
                                 [](const OutboxEntry& e) { return e.state == OutboxState::Confirmed; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(confirmedInView(), qsizetype(10), kWaitMs);
        verifyExactlyOnce(dashTexts + cliTexts);
        dashboard.reset();
        verifyOutboxFile(outbox, dashTexts + cliTexts);
    }

    /// A sender dies holding its message in flight (signed and written, then either never posted or
    /// posted with the answer never recorded). A process started afterwards finishes that message with
    /// the same signed body, never a second one, then sends its own.
    void senderKilledMidSendIsRecoveredOnce_data() {
        QTest::addColumn<int>("stage");
        QTest::newRow("prepared, not posted") << int(MessageSender::Stage::Prepared);
        QTest::newRow("posted, answer not written") << int(MessageSender::Stage::Posted);
    }
    void senderKilledMidSendIsRecoveredOnce() {
        QFETCH(int, stage);
        const QString outbox = m_dir.filePath(
            QStringLiteral("killed-outbox-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
        const QString doomed =
            QStringLiteral("in flight when killed (%1)").arg(QString::fromUtf8(QTest::currentDataTag()));
        auto node = test::rpcClient(m_leader->url());
        auto dying = startInProcess(outbox, node.get());
        OutboxEntry atDeath;
        dying->setCrashHook([&](MessageSender::Stage s, const OutboxEntry& e) {
            if (int(s) != stage || e.text != doomed)
                return false;
            atDeath = e;
            return true;
        });
        const qint64 id = test::waitFor(dying->enqueue(alice.address, bob.address, doomed));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(dying->isDead(), kWaitMs);
        QCOMPARE(atDeath.id, id);
        const QString mine =
            QStringLiteral("sent after the death (%1)").arg(QString::fromUtf8(QTest::currentDataTag()));
        auto p = startSend(outbox, mine);
        const Finished f = finish(*p);
        QVERIFY2(f.exitCode == 0, f.stderrText.constData());
        verifyExactlyOnce({doomed, mine});
        dying.reset(); // after the check: its lease was never given back, as in a real crash

        OutboxStore store(outbox);
        QVERIFY(test::succeeded(store.open()));
        const OutboxEntry recovered = *store.entry(id);
        QCOMPARE(recovered.state, OutboxState::Confirmed);
        QCOMPARE(recovered.txHash, atDeath.txHash); // the body signed before the death, not a new one
        QVERIFY(store.superseded(id).isEmpty());
    }

    /// Six processes at once; the one holding Alice's lease is killed (SIGKILL) while a message is in
    /// flight. The others take over once the lease expires; a final run drains what the dead one left.
    void leaseHolderKilledMidSend() {
        const QString outbox = m_dir.filePath(QStringLiteral("kill-outbox.sqlite"));
        QStringList texts;
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < kProcesses; ++i) {
            texts << QStringLiteral("kill round %1").arg(i);
            procs.push_back(startSend(outbox, texts.last()));
        }
        // Wait for a message in flight and its sender's lease holder, read from the shared file.
        qint64 victimPid = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                OutboxStore store(outbox);
                if (!QFileInfo::exists(outbox) || !test::succeeded(store.open()))
                    return false;
                const QList<OutboxEntry> all = store.entries();
                if (std::none_of(all.cbegin(), all.cend(), [](const OutboxEntry& e) { return e.inFlight(); }))
                    return false;
                const QString owner = store.senderLeaseOwner(QStringLiteral("ait-devnet"), alice.address);
                // The owner names its process: "pid <pid> <uuid>".
                victimPid = owner.section(QLatin1Char(' '), 1, 1).toLongLong();
                return victimPid > 0;
            }(),
            kWaitMs);
        size_t victim = procs.size();
        for (size_t i = 0; i < procs.size(); ++i)
            if (procs[i]->processId() == victimPid && procs[i]->state() == QProcess::Running) {
                procs[i]->kill(); // SIGKILL: no destructor, no lease given back
                victim = i;
            }
        if (victim == procs.size())
            qInfo("the lease holder finished before it could be killed; nothing was interrupted");
        for (size_t i = 0; i < procs.size(); ++i) {
            const Finished f = finish(*procs[i]);
            if (i == victim)
                continue;
            QVERIFY2(f.exitCode == 0, f.stderrText.constData());
            QCOMPARE(f.out[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
        }
        // Whatever the dead process left in the outbox goes out with the next run, once.
        const QString after = QStringLiteral("after the kill");
        auto last = startSend(outbox, after);
        const Finished f = finish(*last);
        QVERIFY2(f.exitCode == 0, f.stderrText.constData());
        texts << after;
        verifyExactlyOnce(texts);
        verifyOutboxFile(outbox, texts);
    }

    /// The outbox file and its side files are private from the moment they exist, under umask 022, and
    /// a file left readable by an older version is made private when it is opened.
    void outboxFilesArePrivate() {
        const mode_t oldMask = ::umask(022);
        const QString path = m_dir.filePath(QStringLiteral("private/outbox.sqlite"));
        {
            OutboxStore store(path);
            QVERIFY(test::succeeded(store.open()));
            OutboxEntry e;
            e.sender = alice.address;
            e.recipient = bob.address;
            e.text = QStringLiteral("private");
            QVERIFY(store.insert(e));
            // The connection is open: the WAL and shared-memory files exist now.
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                const int mode = modeOf(path + QLatin1String(suffix));
                if (mode < 0 && QByteArray(suffix) == "-journal")
                    continue; // only in rollback-journal mode
                QVERIFY2(
                    mode == 0600,
                    qPrintable(
                        QStringLiteral("%1%2 has mode %3").arg(path, QLatin1String(suffix)).arg(mode, 0, 8)));
            }
            // An older build left them readable to everybody.
            for (const char* suffix : {"", "-wal", "-shm"})
                QVERIFY(::chmod(QFile::encodeName(path + QLatin1String(suffix)).constData(), 0644) == 0);
        }
        {
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
            OutboxStore reopened(path);
            QVERIFY(test::succeeded(reopened.open()));
            QCOMPARE(reopened.entries().size(), 1);
            for (const char* suffix : {"", "-wal", "-shm"})
                QCOMPARE(modeOf(path + QLatin1String(suffix)), 0600);
        }
        // A process started under umask 022 creates a private file as well.
        const QString cliPath = m_dir.filePath(QStringLiteral("private/cli-outbox.sqlite"));
        auto p = startSend(cliPath, QStringLiteral("private from the CLI"));
        const Finished f = finish(*p);
        ::umask(oldMask);
        QVERIFY2(f.exitCode == 0, f.stderrText.constData());
        QCOMPARE(modeOf(cliPath), 0600);
    }

    void cleanupTestCase() {
        m_rpc.reset();
        m_leader.reset();
    }
};

QTEST_GUILESS_MAIN(TestOutboxConcurrency)
#include "tst_outbox_concurrency.moc"
