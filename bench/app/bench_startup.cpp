// bench_startup: cold start of the dashboard on its embedded demo. Launches `aitbc-dashboard --demo`
// offscreen several times (each in fresh settings, cache and demo folders) with AITBC_REPORT_STARTUP
// set, reads the `aitbc-startup: first-paint|first-data <epoch ms>` lines the dashboard prints (see
// src/app/startup_report.h) and reports the medians from launch, beside the targets (window painted
// within 500 ms, data within 2000 ms). Usage: bench_startup [--runs N] [--json]
// Nothing here asserts a speed.
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRunLimitMs = 60000; // a hang guard, not a measure

double median(std::vector<double> v) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Run {
    double paintMs = -1;
    double dataMs = -1;
};

Run launchOnce(QString* error) {
    Run run;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("AITBC_REPORT_STARTUP"), QStringLiteral("1"));
    // Cold: no saved window state, settings, caches or keychain of the user's.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const QStringList args{QStringLiteral("--demo"), QStringLiteral("--demo-dir"),
                           home.filePath(QStringLiteral("demo")), QStringLiteral("--settings"),
                           home.filePath(QStringLiteral("settings.ini"))};
    const qint64 launched = QDateTime::currentMSecsSinceEpoch();
    p.start(QStringLiteral(AITBC_DASHBOARD_BIN), args);
    if (!p.waitForStarted(kRunLimitMs)) {
        *error = p.errorString();
        return run;
    }
    QByteArray pending;
    const qint64 deadline = launched + kRunLimitMs;
    while ((run.paintMs < 0 || run.dataMs < 0) && QDateTime::currentMSecsSinceEpoch() < deadline &&
           p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        pending += p.readAllStandardError();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts[0] != "aitbc-startup:")
                continue;
            const double ms = double(parts[2].toLongLong() - launched);
            if (parts[1] == "first-paint" && run.paintMs < 0)
                run.paintMs = ms;
            else if (parts[1] == "first-data" && run.dataMs < 0)
                run.dataMs = ms;
        }
    }
    if (run.paintMs < 0 || run.dataMs < 0)
        *error = QStringLiteral("no startup report within %1 s (exit state %2)")
                     .arg(kRunLimitMs / 1000)
                     .arg(int(p.state()));
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(10000);
    }
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool jsonOut = args.contains(QStringLiteral("--json"));
    int runs = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    FILE* const out = jsonOut ? stderr : stdout;

    std::vector<double> paint, data;
    for (int i = 0; i < runs; ++i) {
        QString error;
        const Run r = launchOnce(&error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "run %d: %s\n", i + 1, qPrintable(error));
            return 1;
        }
        std::fprintf(out, "run %d: first paint %.0f ms, first data %.0f ms\n", i + 1, r.paintMs, r.dataMs);
        paint.push_back(r.paintMs);
        data.push_back(r.dataMs);
    }
    const double p = median(paint), d = median(data);
    if (jsonOut)
        std::printf("{\"first_paint_ms\": %.0f, \"first_data_ms\": %.0f, \"paint_target_ms\": 500, "
                    "\"data_target_ms\": 2000, \"runs\": %d}\n",
                    p, d, runs);
    std::fprintf(out, "\naitbc-dashboard --demo (offscreen), median of %d launches:\n", runs);
    std::fprintf(out, "%-28s %8.0f ms   target 500 ms: %s\n", "window painted", p,
                 p <= 500 ? "met" : "NOT met");
    std::fprintf(out, "%-28s %8.0f ms   target 2000 ms: %s\n", "first data (selected head)", d,
                 d <= 2000 ? "met" : "NOT met");
    return 0;
}
