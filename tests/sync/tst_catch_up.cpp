// CatchUpEstimator: rates over a rolling window, never a negative or infinite time, "unknown" without
// progress.
#include "sync/catch_up.h"

#include <QtTest>

using aitbc::sync::CatchUpEstimator;

class TestCatchUp : public QObject {
    Q_OBJECT
private slots:
    void noSamplesIsUnknown() {
        CatchUpEstimator e;
        QCOMPARE(e.lag(), 0);
        QVERIFY(!e.behindRate());
        QVERIFY(!e.closingRate());
        QVERIFY(!e.etaSeconds());
    }

    void oneSampleHasNoRate() {
        CatchUpEstimator e;
        e.addSample(1000, 30, 20);
        QCOMPARE(e.lag(), 10);
        QVERIFY(!e.behindRate());
        QVERIFY(!e.etaSeconds()); // lag but no progress measured yet
    }

    void samplesAtTheSameInstantDoNotDivideByZero() {
        CatchUpEstimator e;
        e.addSample(1000, 30, 20);
        e.addSample(1000, 30, 25);
        QVERIFY(!e.behindRate());
        QVERIFY(!e.closingRate());
        QVERIFY(!e.etaSeconds());
    }

    void followerImportingOneBlockPerSecond() {
        // The leader is idle, the follower imports 1 block/s (the importBlock throttle, §7.2).
        CatchUpEstimator e;
        for (int s = 0; s <= 10; ++s)
            e.addSample(s * 1000, 40, 20 + s);
        QCOMPARE(e.lag(), 10);
        QCOMPARE(*e.behindRate(), 1.0);
        QCOMPARE(*e.closingRate(), 1.0);
        QCOMPARE(*e.etaSeconds(), 10);
    }

    void leaderGrowingWhileFollowerImports() {
        // Leader +1 block every 10 s, follower +1 every second: the gap closes at 0.9 block/s.
        CatchUpEstimator e;
        for (int s = 0; s <= 20; ++s)
            e.addSample(s * 1000, 100 + s / 10, 50 + s);
        QCOMPARE(e.lag(), 32);
        QVERIFY(qAbs(*e.closingRate() - 0.9) < 1e-9);
        QCOMPARE(*e.etaSeconds(), 36); // ceil(32 / 0.9)
    }

    void stalledFollowerIsUnknownNotNegative() {
        CatchUpEstimator e;
        for (int s = 0; s <= 10; ++s)
            e.addSample(s * 1000, 40 + s, 20); // the gap grows
        QCOMPARE(*e.behindRate(), 0.0);
        QVERIFY(!e.closingRate());
        QVERIFY(!e.etaSeconds());
    }

    void inStepIsZero() {
        CatchUpEstimator e;
        e.addSample(0, 5, 5);
        e.addSample(1000, 6, 6);
        QCOMPARE(*e.etaSeconds(), 0);
    }

    void whicheverNodeIsBehind() {
        CatchUpEstimator e; // node A is the one behind
        e.addSample(0, 10, 20);
        e.addSample(5000, 15, 20);
        QCOMPARE(e.lag(), -5);
        QCOMPARE(*e.behindRate(), 1.0);
        QCOMPARE(*e.etaSeconds(), 5);
    }

    void oldSamplesLeaveTheWindow() {
        CatchUpEstimator e(10'000);
        for (int s = 0; s <= 10; ++s) // fast at first...
            e.addSample(s * 1000, 1000, 10 * s);
        for (int s = 11; s <= 40; ++s) // ...then stalled: the window forgets the fast part
            e.addSample(s * 1000, 1000, 100);
        QVERIFY(!e.closingRate());
        QVERIFY(!e.etaSeconds());
        QVERIFY(e.sampleCount() <= 12);
    }

    void samplesGoingBackInTimeAreIgnored() {
        CatchUpEstimator e;
        e.addSample(5000, 10, 5);
        e.addSample(1000, 10, 9);
        QCOMPARE(e.sampleCount(), 1);
        QCOMPARE(e.lag(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCatchUp)
#include "tst_catch_up.moc"
