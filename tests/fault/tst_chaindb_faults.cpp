// Fault injection on a node's chain.db while a DbNode has it open (issue 9, part 3): the file replaced
// by another one (a re-synced node, another chain, not a database at all) and truncated in place. The
// reader must never crash or serve the old file's index for the new file, must report a broken file as
// a database error in words, and must recover once a good file is back. Real copies of the real chain.

#include "test_future.h"
#include "testdata.h"

#include "chain/db_node.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace aitbc;
using namespace aitbc::chain;

namespace {

const QString kAlice = QStringLiteral("ait17k99r3vznamk8hsr29hcr3juct0n4a456ttxf7fvmz53dfpa8xcqe35qay");

/// Replaces `path` atomically (new inode), as a node re-sync or a restore from backup does.
void replaceFile(const QString& path, const QByteArray& content) {
    const QString tmp = path + QStringLiteral(".new");
    QFile f(tmp);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
    f.close();
    QVERIFY(::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) == 0);
}

/// Rewrites `path` in place (same inode) with `content`.
void rewriteInPlace(const QString& path, const QByteArray& content) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(0));
    QCOMPARE(f.write(content), content.size());
    f.close();
}

} // namespace

class TestChainDbFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_leader;
    QByteArray m_follower;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_leader = test::readTestData(QStringLiteral("real-chain/chain.db"));
        m_follower = test::readTestData(QStringLiteral("real-chain/follower_importblock_chain.db"));
    }

    void replacedWhileOpen() {
        const QString path = m_dir.filePath(QStringLiteral("replaced-chain.db"));
        replaceFile(path, m_leader);
        DbNode node(DbOptions{path, QStringLiteral("ait-mainnet")});
        const auto head = test::waitFor(node.head());
        QVERIFY2(head.ok(), qPrintable(head.error().message));
        QCOMPARE(head->height, qint64(22));
        const auto before = test::waitFor(node.messages(kAlice));
        QVERIFY(before.ok());
        QVERIFY(!before->isEmpty());

        // A follower re-synced through importBlock: headers only, no transactions (height 21).
        replaceFile(path, m_follower);
        const auto head2 = test::waitFor(node.head());
        QVERIFY2(head2.ok(), qPrintable(head2.error().message));
        QCOMPARE(head2->height, qint64(21));
        const auto after = test::waitFor(node.messages(kAlice));
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 0); // the old file's messages are not served from a stale index

        // Not a database at all.
        replaceFile(path, QByteArray(8192, 'x'));
        const auto broken = test::waitFor(node.head());
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, NodeError::Kind::Database);
        QVERIFY(!broken.error().message.isEmpty());
        QVERIFY(!test::waitFor(node.messages(kAlice)).ok());

        // Removed, then the good file back: recovery without restarting anything.
        QVERIFY(QFile::remove(path));
        const auto missing = test::waitFor(node.head());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QLatin1String("not found")),
                 qPrintable(missing.error().message));
        replaceFile(path, m_leader);
        const auto again = test::waitFor(node.messages(kAlice));
        QVERIFY(again.ok());
        QCOMPARE(again->size(), before->size());
    }

    void truncatedWhileOpen() {
        const QString path = m_dir.filePath(QStringLiteral("truncated-chain.db"));
        replaceFile(path, m_leader);
        DbNode node(DbOptions{path, QStringLiteral("ait-mainnet")});
        const auto full = test::waitFor(node.messages(kAlice));
        QVERIFY(full.ok());

        // Cut in half: whatever is still answered comes from the intact first half; what is not, is an
        // error in words. Nothing may crash or hang, on every call the GUI makes.
        rewriteInPlace(path, m_leader.left(m_leader.size() / 2));
        const auto head = test::waitFor(node.head());
        const auto blocks = test::waitFor(node.blocks(0, 22, true));
        const auto messages = test::waitFor(node.messages(kAlice));
        const auto account = test::waitFor(node.account(kAlice));
        for (const NodeError* e :
             {head.ok() ? nullptr : &head.error(), blocks.ok() ? nullptr : &blocks.error(),
              messages.ok() ? nullptr : &messages.error(), account.ok() ? nullptr : &account.error()}) {
            if (!e)
                continue;
            // A broken page is a database error; a table cut short may simply hold no matching row.
            QVERIFY2(e->kind == NodeError::Kind::Database || e->kind == NodeError::Kind::NotFound,
                     qPrintable(e->message));
            QVERIFY(!e->message.isEmpty());
        }
        QVERIFY2(!blocks.ok() || blocks->size() <= 23, "never more blocks than the file had");

        // Cut to nothing: an empty file has no tables.
        rewriteInPlace(path, {});
        const auto empty = test::waitFor(node.head());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, NodeError::Kind::Database);
        QVERIFY(!empty.error().message.isEmpty());

        // Restored in place: back to the full chain.
        rewriteInPlace(path, m_leader);
        const auto head2 = test::waitFor(node.head());
        // Known finding (reported): DbReader keeps its connection after "no such table" on the same
        // inode, and every later query fails with "Parameter count mismatch" until the app restarts.
        QEXPECT_FAIL("", "DbReader does not reopen after an in-place truncation (db_reader.cpp)", Abort);
        QVERIFY2(head2.ok(), qPrintable(head2.error().message));
        QCOMPARE(head2->height, qint64(22));
        const auto restored = test::waitFor(node.messages(kAlice));
        QVERIFY(restored.ok());
        QCOMPARE(restored->size(), full->size());
    }
};

QTEST_GUILESS_MAIN(TestChainDbFaults)
#include "tst_chaindb_faults.moc"
