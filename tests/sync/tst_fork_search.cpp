// ForkSearch: exhaustive over small ranges (every fork position, including none), with the probe count
// bounded by the logarithm of the range, plus the §7.3 shortcut of one probe when the tops agree.
#include "sync/fork_search.h"

#include <QtTest>

#include <cmath>

using aitbc::sync::ForkSearch;

class TestForkSearch : public QObject {
    Q_OBJECT
private:
    /// Runs a search over [low, high] against chains that differ from `fork` on (fork > high: never).
    static ForkSearch run(qint64 low, qint64 high, qint64 fork) {
        ForkSearch s(low, high);
        int guard = 0;
        while (!s.done() && ++guard < 200) {
            const qint64 h = s.nextProbe();
            if (h < low || h > high)
                qFatal("probe %lld outside [%lld, %lld]", h, low, high);
            s.feed(h < fork);
        }
        return s;
    }

private slots:
    void everyForkPositionIsFound() {
        for (qint64 low : {0, 5}) {
            for (qint64 n = 1; n <= 70; ++n) {
                const qint64 high = low + n - 1;
                const int bound = 1 + static_cast<int>(std::ceil(std::log2(double(n))));
                for (qint64 fork = low; fork <= high + 1; ++fork) {
                    const ForkSearch s = run(low, high, fork);
                    QVERIFY(s.done());
                    if (fork > high)
                        QVERIFY2(!s.firstDifferent(), qPrintable(QStringLiteral("n=%1").arg(n)));
                    else
                        QCOMPARE(s.firstDifferent().value_or(-1), fork);
                    QVERIFY2(s.probes() <= bound,
                             qPrintable(
                                 QStringLiteral("n=%1 fork=%2 probes=%3").arg(n).arg(fork).arg(s.probes())));
                }
            }
        }
    }

    void agreeingTopsNeedOneProbe() {
        const ForkSearch s = run(0, 1'000'000, 2'000'000);
        QCOMPARE(s.probes(), 1);
        QVERIFY(!s.firstDifferent());
    }

    void millionBlocksNeedAboutTwentyProbes() {
        const ForkSearch s = run(0, 999'999, 123'457);
        QCOMPARE(s.firstDifferent().value_or(-1), 123'457);
        QVERIFY(s.probes() <= 21);
        QVERIFY(s.probes() >= 20); // log2(10^6) ~ 19.9: a binary search cannot do better
    }

    void genesisDifferenceIsHeightZero() {
        const ForkSearch s = run(0, 40, 0);
        QCOMPARE(s.firstDifferent().value_or(-1), 0);
    }

    void emptyRangeIsDoneWithoutProbes() {
        ForkSearch s(0, -1); // a node with no blocks
        QVERIFY(s.done());
        QCOMPARE(s.probes(), 0);
        QVERIFY(!s.firstDifferent());
        s.feed(false); // ignored once done
        QCOMPARE(s.probes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForkSearch)
#include "tst_fork_search.moc"
