// `aitbc-agent outbox list|cancel|retry|set-fee` end to end: real aitbc-agent processes, a real devnet
// leader over HTTP on 127.0.0.1, real outbox files. A node refusing for lack of funds, a retry with a
// fee the sender can pay, a cancelled message that never reaches the chain, a fee changed while queued;
// every text is counted on chain (nothing twice).
#include "agent_process.h"
#include "messaging_fixtures.h"
#include "test_result.h"

#include "keystore/keystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace aitbc;

namespace {
/// Hang guard only (the machine is loaded); every wait below ends on an outcome.
constexpr int kWaitMs = 120000;

quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen");
    return probe.serverPort(); // closed when probe goes: connections are refused
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliOutbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    std::unique_ptr<chain::Node> m_rpc;
    test::TestKey alice = test::makeKey('a');
    test::TestKey bob = test::makeKey('b');
    test::TestKey poor = test::makeKey('p');

    void writeKeystore(const QString& name, char fill) {
        keystore::CreateOptions o;
        o.iterations = 1000; // fast for tests; the format is the real CLI layout
        const auto bytes =
            keystore::createFromSeed(QByteArray(32, fill), QByteArray("secret " + QByteArray(1, fill)), o);
        if (!bytes.ok())
            qFatal("keystore: %s", qPrintable(bytes.error().message));
        QFile f(m_dir.filePath(name + QStringLiteral(".json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.value());
        QFile pw(m_dir.filePath(name + QStringLiteral(".password")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(QByteArray("secret " + QByteArray(1, fill) + "\n"));
        pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    Run run(const QStringList& args) {
        const test::AgentRun r =
            test::runAgent(args, test::agentEnvironment(m_dir.filePath(QStringLiteral("xdg"))));
        if (!r.finished)
            qFatal("aitbc-agent did not finish");
        return Run{r.exitCode, r.out, r.err};
    }

    QStringList sendArgs(const QString& who, const QString& node, const QString& text, const QString& fee,
                         const QString& outbox) {
        return {QStringLiteral("message"),
                QStringLiteral("send"),
                QStringLiteral("--keystore"),
                m_dir.filePath(who + QStringLiteral(".json")),
                QStringLiteral("--password-file"),
                m_dir.filePath(who + QStringLiteral(".password")),
                QStringLiteral("--node"),
                node,
                QStringLiteral("--to"),
                bob.address,
                QStringLiteral("--text"),
                text,
                QStringLiteral("--fee"),
                fee,
                QStringLiteral("--outbox"),
                outbox,
                QStringLiteral("--timeout"),
                QStringLiteral("100"),
                QStringLiteral("--json")};
    }

    Run outbox(const QString& file, QStringList words) {
        words.prepend(QStringLiteral("outbox"));
        words << QStringLiteral("--outbox") << file << QStringLiteral("--json");
        return run(words);
    }

    QJsonObject entryWithText(const QString& file, const QString& text) {
        const Run r = outbox(file, {QStringLiteral("list")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        for (const QJsonValue& v : r.json()[QStringLiteral("entries")].toArray())
            if (v[QStringLiteral("text")].toString() == text)
                return v.toObject();
        return {};
    }

    QList<chain::Transaction> onChain(const QString& text) {
        return test::transactionsWithText(m_rpc.get(), text);
    }

private slots:
    void initTestCase() {
        QVERIFY(QFile::exists(test::agentBinary()));
        writeKeystore(QStringLiteral("alice"), 'a');
        writeKeystore(QStringLiteral("poor"), 'p');
        devnet::NodeConfig cfg;
        cfg.dataDir = m_dir.filePath(QStringLiteral("leader"));
        cfg.chainId = QStringLiteral("ait-devnet");
        cfg.blockTimeSeconds = 0.2;
        cfg.idleBlockSeconds = 3600;
        cfg.genesis.chainId = cfg.chainId;
        cfg.genesis.authorities = {QStringLiteral("devnet-proposer")};
        cfg.genesis.allocations.append({alice.address, 1000, 0});
        cfg.genesis.allocations.append({bob.address, 1000, 0});
        cfg.genesis.allocations.append({poor.address, 5, 0}); // pays a fee of 5 at most
        m_leader = std::make_unique<devnet::DevnetNode>(cfg);
        QVERIFY(test::succeeded(m_leader->start()));
        m_rpc = test::rpcClient(m_leader->url());
    }

    /// The node refuses a fee the sender cannot pay; the list says so in the node's words; retry with a
    /// fee it can pay puts the message on chain once.
    void refusedForFundsThenRetriedWithALowerFee() {
        const QString file = m_dir.filePath(QStringLiteral("poor-outbox.sqlite"));
        const QString node = m_leader->url().toString();
        const Run sent =
            run(sendArgs(QStringLiteral("poor"), node, QStringLiteral("costly"), QStringLiteral("10"), file));
        QCOMPARE(sent.exitCode, 1);
        QCOMPARE(sent.json()[QStringLiteral("status")].toString(), QStringLiteral("failed"));

        QJsonObject e = entryWithText(file, QStringLiteral("costly"));
        QCOMPARE(e[QStringLiteral("state")].toString(), QStringLiteral("failed"));
        QCOMPARE(e[QStringLiteral("reason_code")].toString(), QStringLiteral("insufficient_balance"));
        QVERIFY2(e[QStringLiteral("reason")].toString().contains(QLatin1String("has 5, needs 10")),
                 qPrintable(e[QStringLiteral("reason")].toString()));
        QCOMPARE(e[QStringLiteral("from")].toString(), poor.address);
        QCOMPARE(e[QStringLiteral("to")].toString(), bob.address);
        const QString id = QString::number(e[QStringLiteral("id")].toInteger());

        // A failed message keeps its fee: only a queued one can change it, and cancel is for queued ones.
        Run r = outbox(file, {QStringLiteral("set-fee"), id, QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not queued"), r.err.constData());
        QCOMPARE(outbox(file, {QStringLiteral("cancel"), id}).exitCode, 1);
        QCOMPARE(outbox(file, {QStringLiteral("set-fee"), id, QStringLiteral("-3")}).exitCode, 2);
        QCOMPARE(outbox(file, {QStringLiteral("retry"), QStringLiteral("nine")}).exitCode, 2);

        r = outbox(file, {QStringLiteral("retry"), id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("state")].toString(), QStringLiteral("queued"));
        r = outbox(file, {QStringLiteral("set-fee"), id, QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("fee")].toInteger(), 2);
        QCOMPARE(outbox(file, {QStringLiteral("retry"), id}).exitCode, 1); // queued: nothing to retry

        // The next run with this outbox sends what is left first (one pending transaction per sender).
        const Run next =
            run(sendArgs(QStringLiteral("poor"), node, QStringLiteral("cheap"), QStringLiteral("0"), file)
                << QStringLiteral("--wait"));
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(next.json()[QStringLiteral("status")].toString(), QStringLiteral("confirmed"));

        const QList<chain::Transaction> costly = onChain(QStringLiteral("costly"));
        QCOMPARE(costly.size(), 1);
        QCOMPARE(costly.first().fee, qint64(2));
        QCOMPARE(onChain(QStringLiteral("cheap")).size(), 1);
        e = entryWithText(file, QStringLiteral("costly"));
        QCOMPARE(e[QStringLiteral("state")].toString(), QStringLiteral("confirmed"));
        QVERIFY(e[QStringLiteral("block_height")].toInteger() > 0);
    }

    /// Messages queued while the node was down: one cancelled (never on chain), one with a new fee.
    void cancelAndFeeChangeWhileQueued() {
        const QString file = m_dir.filePath(QStringLiteral("alice-outbox.sqlite"));
        const QString down = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        QCOMPARE(
            run(sendArgs(QStringLiteral("alice"), down, QStringLiteral("regret"), QStringLiteral("1"), file))
                .exitCode,
            3);
        QCOMPARE(
            run(sendArgs(QStringLiteral("alice"), down, QStringLiteral("keep"), QStringLiteral("1"), file))
                .exitCode,
            3);
        const QJsonObject regret = entryWithText(file, QStringLiteral("regret"));
        const QJsonObject keep = entryWithText(file, QStringLiteral("keep"));
        QCOMPARE(regret[QStringLiteral("state")].toString(), QStringLiteral("queued"));
        QCOMPARE(keep[QStringLiteral("state")].toString(), QStringLiteral("queued"));
        // No process is sending for alice now; the younger one waits behind the older one.
        QCOMPARE(regret[QStringLiteral("reason_code")].toString(), QStringLiteral("wallet_locked"));
        QCOMPARE(keep[QStringLiteral("reason_code")].toString(), QStringLiteral("one_pending_per_sender"));

        const QString regretId = QString::number(regret[QStringLiteral("id")].toInteger());
        const QString keepId = QString::number(keep[QStringLiteral("id")].toInteger());
        Run r = outbox(file, {QStringLiteral("cancel"), regretId});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(outbox(file, {QStringLiteral("cancel"), regretId}).exitCode, 1); // already final
        QCOMPARE(outbox(file, {QStringLiteral("set-fee"), keepId, QStringLiteral("7")}).exitCode, 0);
        QCOMPARE(entryWithText(file, QStringLiteral("keep"))[QStringLiteral("reason_code")].toString(),
                 QStringLiteral("wallet_locked")); // no longer behind the cancelled one

        const Run next = run(sendArgs(QStringLiteral("alice"), m_leader->url().toString(),
                                      QStringLiteral("last"), QStringLiteral("1"), file)
                             << QStringLiteral("--wait"));
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(onChain(QStringLiteral("regret")).size(), 0);
        const QList<chain::Transaction> kept = onChain(QStringLiteral("keep"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().fee, qint64(7));
        QCOMPARE(onChain(QStringLiteral("last")).size(), 1);
        QCOMPARE(onChain(QStringLiteral("last")).first().fee, qint64(1));

        // Human output lists all three with their states.
        const Run list =
            run({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--outbox"), file});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("cancelled"), list.out.constData());
        QCOMPARE(list.out.count("confirmed"), 2);
        QCOMPARE(outbox(file, {QStringLiteral("set-fee"), keepId, QStringLiteral("9")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOutbox)
#include "tst_cli_outbox.moc"
