// `aitbc-agent sync compare` as a script would run it: the real process, real chain.db files, --json.
#include "sync_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestSyncCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_leader;
    QString m_follower;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run agent(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(AITBC_BINARY_DIR "/src/cli/aitbc-agent"), args);
        Run r;
        if (!p.waitForFinished(60'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QList<qint64> heights(const QJsonValue& v) {
        QList<qint64> out;
        for (const QJsonValue& h : v.toArray())
            out.append(h.toInteger());
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_leader = aitbc::test::copyTestData(aitbc::test::kLeaderDb, m_dir, QStringLiteral("leader.db"));
        m_follower = aitbc::test::copyTestData(aitbc::test::kFollowerDb, m_dir, QStringLiteral("follower.db"));
    }

    void realLeaderAgainstImportBlockFollower() {
        const Run r = agent({QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"),
                             m_leader, QStringLiteral("--node"), m_follower, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        const QJsonArray nodes = o.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(nodes.at(0)[QStringLiteral("name")].toString(), m_leader);
        QCOMPARE(nodes.at(0)[QStringLiteral("height")].toInteger(), 22);
        QCOMPARE(nodes.at(0)[QStringLiteral("hash")].toString(),
                 QStringLiteral("0xd9b7dab64b") + nodes.at(0)[QStringLiteral("hash")].toString().mid(12));
        QCOMPARE(nodes.at(1)[QStringLiteral("height")].toInteger(), 21);
        QCOMPARE(o.value(QStringLiteral("lag")).toInteger(), 1);
        QVERIFY(o.value(QStringLiteral("fork_height")).isNull());
        QList<qint64> expected;
        for (qint64 h = 2; h <= 21; ++h)
            expected.append(h);
        QCOMPARE(heights(o.value(QStringLiteral("missing_tx_heights"))), expected);
        QCOMPARE(heights(o.value(QStringLiteral("missing_block_heights"))), QList<qint64>{22});
        QVERIFY(o.value(QStringLiteral("verdict")).toString().contains(QStringLiteral("no fork")));
    }

    void reversedOrderGivesNegativeLag() {
        const Run r = agent({QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"),
                             m_follower, QStringLiteral("--node"), m_leader, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("lag")).toInteger(), -1);
        QCOMPARE(heights(o.value(QStringLiteral("missing_block_heights"))), QList<qint64>{22});
        QCOMPARE(o.value(QStringLiteral("missing_tx_heights")).toArray().size(), 20);
    }

    void rangeOptions() {
        const Run r =
            agent({QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"), m_leader,
                   QStringLiteral("--node"), m_follower, QStringLiteral("--from"), QStringLiteral("3"),
                   QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(heights(o.value(QStringLiteral("missing_tx_heights"))), (QList<qint64>{3, 4}));
        QVERIFY(o.value(QStringLiteral("missing_block_heights")).toArray().isEmpty());
    }

    void forkedCopy() {
        const QString branch =
            aitbc::test::copyTestData(aitbc::test::kLeaderDb, m_dir, QStringLiteral("branch.db"));
        aitbc::test::forkChain(branch, 13);
        const Run r = agent({QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"),
                             m_leader, QStringLiteral("--node"), branch, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("fork_height")).toInteger(), 13);
        QCOMPARE(o.value(QStringLiteral("verdict_code")).toString(), QStringLiteral("forked"));
    }

    void humanOutput() {
        const Run r = agent({QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"),
                             m_leader, QStringLiteral("--node"), m_follower});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("blocks without their transactions: 2-21"), r.out.constData());
        QVERIFY(r.out.contains("verdict: "));
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("one node") << QStringList{QStringLiteral("--node"), QStringLiteral("x.db")}
                                  << QByteArray("at least two nodes");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("--node"), QStringLiteral("/nonexistent/chain.db"),
                           QStringLiteral("--node"), QStringLiteral("/nonexistent/b.db")}
            << QByteArray("no such chain.db file");
        QTest::newRow("bad height") << QStringList{QStringLiteral("--from"), QStringLiteral("ten")}
                                    << QByteArray("--from needs a height");
    }

    void badArguments() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QStringList full{QStringLiteral("sync"), QStringLiteral("compare")};
        if (!args.contains(QStringLiteral("--node")))
            full << QStringLiteral("--node") << m_leader << QStringLiteral("--node") << m_follower;
        full << args << QStringLiteral("--json");
        const Run r = agent(full);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void unreachableRpcNodeFails() {
        // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
        const Run r =
            agent({QStringLiteral("sync"), QStringLiteral("compare"), QStringLiteral("--node"), m_leader,
                   QStringLiteral("--node"), QStringLiteral("http://127.0.0.1:9"),
                   QStringLiteral("--timeout-ms"), QStringLiteral("2000"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("http://127.0.0.1:9"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
