// The GUI thread never waits on key derivation, the database or the network. A QTimer on the GUI thread
// ticks every millisecond and counts; unlock (PBKDF2, 100 000 rounds) and a node refresh (SQLite) are
// started, and the test asserts that (1) each call returns before its result exists (the result
// arrives later as a signal), and (2) the GUI thread kept ticking while the work ran. The longest gap
// between ticks is printed for information; it is not asserted (no timed assertions).

#include "gui_test_util.h"
#include "state/node_registry.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace aitbc;
using namespace aitbc::gui;

namespace {

/// Counts event-loop turns on the GUI thread and remembers the longest stall between them.
class Heartbeat : public QObject {
public:
    Heartbeat() {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestGapNs = qMax(m_longestGapNs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    double longestGapMs() const { return double(m_longestGapNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGapNs = 0;
    int m_ticks = 0;
};

} // namespace

class TestGuiResponsiveness : public QObject {
    Q_OBJECT
private slots:
    void unlockDoesNotBlock();
    void nodeRefreshDoesNotBlock();
};

void TestGuiResponsiveness::unlockDoesNotBlock() {
    QTemporaryDir dir;
    WalletManager wallets;
    QVERIFY(test::addSourceAndWait(wallets, test::copyRealKeystores(dir)));
    QSignalSpy unlocked(&wallets, &WalletManager::unlocked);
    QStringList paths;
    for (const WalletEntry& w : wallets.wallets())
        paths << w.path;
    QCOMPARE(paths.size(), 3);

    Heartbeat beat;
    QTest::qWait(20); // let the heartbeat settle
    const int ticksBefore = beat.ticks();
    for (const QString& path : paths)
        wallets.unlock(path, test::realKeystorePassword());
    // Three PBKDF2 derivations were requested; none has finished inside the calls.
    QCOMPARE(unlocked.count(), 0);
    const int ticksAtReturn = beat.ticks();
    QCOMPARE(ticksAtReturn, ticksBefore); // no event loop ran inside the calls either
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 3, 30000);
    const int ticksDuring = beat.ticks() - ticksAtReturn;
    qInfo("unlock x3: %d GUI ticks while deriving, longest GUI stall %.1f ms", ticksDuring,
          beat.longestGapMs());
    QVERIFY2(ticksDuring > 0, "the GUI thread did not run while the keys were derived");
}

void TestGuiResponsiveness::nodeRefreshDoesNotBlock() {
    QTemporaryDir dir;
    chain::NodeProfile p;
    p.name = QStringLiteral("leader");
    p.chainDbPath = test::copyTestData(QStringLiteral("real-chain/chain.db"), dir);
    p.chainId = QStringLiteral("ait-mainnet");
    NodeRegistry nodes;
    QSignalSpy status(&nodes, &NodeRegistry::statusChanged);

    Heartbeat beat;
    QTest::qWait(20);
    const int ticksBefore = beat.ticks();
    nodes.addProfile(p); // starts a refresh: health, head, mempool through the node's worker thread
    nodes.refreshAll();
    QCOMPARE(status.count(), 0); // answers come later, as signals
    QCOMPARE(beat.ticks(), ticksBefore);
    QTRY_VERIFY_WITH_TIMEOUT(nodes.allProbed() && nodes.status(0).height == 22, 20000);
    qInfo("refresh: %d GUI ticks until the answers, longest GUI stall %.1f ms", beat.ticks() - ticksBefore,
          beat.longestGapMs());
    QVERIFY(beat.ticks() > ticksBefore);
    QVERIFY(status.count() >= 3);
}

QTEST_MAIN(TestGuiResponsiveness)
#include "tst_gui_responsiveness.moc"
