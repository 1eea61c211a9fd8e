// bench_fleet: fifty devnet nodes on 127.0.0.1 in the real Nodes and Sync panes (offscreen).
//
// The fleet is arranged (tests/sync/devnet_fleet.h): one leader carrying a few transfers, followers in
// step, a few REF followers that fall behind (and hold no transaction rows), one REF follower in step
// without transaction rows, one leader forked at height 1 and a few profiles on closed ports. The dashboard
// gets them as saved profiles (AppContext, as at startup), the Nodes pane and the Sync pane's fleet view
// are shown, and the benchmark reports:
//   - setup_ms: loading the profiles and building both panes (the GUI thread is busy meanwhile);
//   - max_stall_ms: the longest gap of a 5 ms timer on the GUI thread from then until the end of the
//     steady phase (polling, comparisons, repaints), and the same over the steady phase alone;
//   - nodes_rows_filled_ms / fleet_rows_filled_ms: until every row of each pane says something;
//   - findings_match_ms and findings_match: until the fleet view's findings equal what was arranged;
//   - peak concurrent node refreshes and pair comparisons (the bounds at work).
//
//   bench_fleet [--nodes 50] [--steady-s 10] [--timeout-s 180] [--json]
#include "devnet_fleet.h"
#include "panes/nodes/nodes_pane.h"
#include "panes/sync/fleet_model.h"
#include "panes/sync/sync_pane.h"
#include "secrets/in_memory_secret_store.h"
#include "settings/app_settings.h"
#include "state/app_context.h"
#include "state/node_registry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace aitbc;

namespace {

/// Longest gap between ticks of a 5 ms timer, i.e. how long the event loop was kept from running.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gap = (now - m_last) / 1e6 - 5.0;
            m_max = std::max(m_max, gap);
            m_last = now;
        });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_timer.start(5);
    }
    double maxMs() const { return std::max(0.0, m_max); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
};

/// Runs the event loop until `done()` or `timeoutMs`; returns the elapsed ms, or -1 on timeout.
template <typename F> qint64 waitUntil(F done, qint64 timeoutMs, const QElapsedTimer& since) {
    while (!done()) {
        if (since.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return since.elapsed();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aitbc.*.debug=false\naitbc.*.info=false"));
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const bool json = args.contains(QStringLiteral("--json"));
    const int count = std::max(6, option(QStringLiteral("--nodes"), 50));
    const int steadyMs = option(QStringLiteral("--steady-s"), 10) * 1000;
    const qint64 timeoutMs = qint64(option(QStringLiteral("--timeout-s"), 180)) * 1000;

    test::FleetShape shape;
    shape.lagging = std::max(1, count / 12);
    shape.unreachable = std::max(1, count / 12);
    shape.forked = 1;
    shape.withoutTransactions = 1;
    shape.inStep = count - 1 - shape.lagging - shape.unreachable - shape.forked - shape.withoutTransactions;
    test::Fleet fleet;
    QString error;
    QElapsedTimer fleetClock;
    fleetClock.start();
    if (!fleet.dir.isValid() || !test::startFleet(fleet, shape, &error)) {
        std::fprintf(stderr, "bench_fleet: the devnet did not start: %s\n", qPrintable(error));
        return 1;
    }
    if (waitUntil([&] { return fleet.nodes.front()->height() >= 4; }, 60'000, fleetClock) < 0) {
        std::fprintf(stderr, "bench_fleet: the leader made no blocks\n");
        return 1;
    }
    const qint64 devnetMs = fleetClock.elapsed();

    // The dashboard as at startup: saved profiles, polled every second.
    QTemporaryDir home;
    gui::AppSettings settings(home.filePath(QStringLiteral("settings.ini")));
    settings.setNodeProfiles(fleet.profiles);
    settings.setRefreshIntervalSeconds(1);
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    gui::AppContext context(&settings, new gui::InMemorySecretStore);
    context.loadFromSettings();
    gui::NodesPane nodesPane(&context);
    nodesPane.resize(1200, 800);
    nodesPane.show();
    gui::SyncPane syncPane(context.nodes());
    syncPane.resize(1200, 900);
    syncPane.show();
    syncPane.setFleetMode(true);
    const qint64 setupMs = clock.elapsed();
    meter.start();

    gui::NodeRegistry* registry = context.nodes();
    const auto nodesFilled = [&] {
        for (int row = 0; row < registry->count(); ++row) {
            const gui::NodeStatus& s = registry->status(row);
            if (!s.probed || (s.reachable && s.height < 0))
                return false;
        }
        return registry->count() == count;
    };
    gui::FleetModel* model = syncPane.fleet();
    const qint64 nodesFilledMs = waitUntil(nodesFilled, timeoutMs, clock);
    const qint64 fleetFilledMs = waitUntil([&] { return model->rowsFilled() == count; }, timeoutMs, clock);
    const qint64 matchMs =
        waitUntil([&] { return test::fleetMismatches(*model, fleet).isEmpty(); }, timeoutMs, clock);
    const double fillStall = meter.maxMs();

    // Steady state: everything keeps polling and comparing while the chain grows.
    StallMeter steady;
    steady.start();
    QElapsedTimer steadyClock;
    steadyClock.start();
    waitUntil([] { return false; }, steadyMs, steadyClock);
    const QStringList mismatches = test::fleetMismatches(*model, fleet);

    QJsonObject out{{QStringLiteral("nodes"), count},
                    {QStringLiteral("in_step"), shape.inStep},
                    {QStringLiteral("lagging"), shape.lagging},
                    {QStringLiteral("without_transactions"), shape.withoutTransactions},
                    {QStringLiteral("forked"), shape.forked},
                    {QStringLiteral("unreachable"), shape.unreachable},
                    {QStringLiteral("devnet_start_ms"), devnetMs},
                    {QStringLiteral("setup_ms"), setupMs},
                    {QStringLiteral("max_stall_ms"), std::max(meter.maxMs(), steady.maxMs())},
                    {QStringLiteral("max_stall_fill_ms"), fillStall},
                    {QStringLiteral("max_stall_steady_ms"), steady.maxMs()},
                    {QStringLiteral("nodes_rows_filled_ms"), nodesFilledMs},
                    {QStringLiteral("fleet_rows_filled_ms"), fleetFilledMs},
                    {QStringLiteral("findings_match_ms"), matchMs},
                    {QStringLiteral("findings_match"), matchMs >= 0},
                    {QStringLiteral("findings_match_after_steady"), mismatches.isEmpty()},
                    {QStringLiteral("peak_node_refreshes"), registry->peakActiveRefreshes()},
                    {QStringLiteral("max_node_refreshes"), registry->maxConcurrentRefreshes()},
                    {QStringLiteral("peak_pair_comparisons"), model->peakScansRunning()}};
    if (json) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("bench_fleet: %d nodes (%d in step, %d lagging, %d without transactions, %d forked, %d "
                    "unreachable)\n",
                    count, shape.inStep, shape.lagging, shape.withoutTransactions, shape.forked,
                    shape.unreachable);
        std::printf("  devnet started in           %lld ms\n", static_cast<long long>(devnetMs));
        std::printf("  profiles + panes built in   %lld ms (GUI thread busy)\n",
                    static_cast<long long>(setupMs));
        std::printf("  Nodes pane rows filled at   %lld ms\n", static_cast<long long>(nodesFilledMs));
        std::printf("  fleet rows filled at        %lld ms\n", static_cast<long long>(fleetFilledMs));
        std::printf("  findings as arranged at     %lld ms%s\n", static_cast<long long>(matchMs),
                    matchMs < 0 ? " (timed out)" : "");
        std::printf("  longest stall while filling %.1f ms, steady %d s: %.1f ms\n", fillStall,
                    steadyMs / 1000, steady.maxMs());
        std::printf("  peak node refreshes %d (bound %d), peak pair comparisons %d\n",
                    registry->peakActiveRefreshes(), registry->maxConcurrentRefreshes(),
                    model->peakScansRunning());
        if (!mismatches.isEmpty())
            std::printf("  after the steady phase, not as arranged: %s\n",
                        qPrintable(mismatches.join(QStringLiteral("; "))));
    }
    syncPane.setFleetMode(false);
    registry->setRefreshInterval(0);
    return matchMs >= 0 ? 0 : 2;
}
