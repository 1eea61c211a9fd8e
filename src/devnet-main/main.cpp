// aitbc-devnet: run a local AITBC network that a client cannot tell from a real REF node.
//   aitbc-devnet node --data DIR --port P [--chain-id ID] [--role leader|follower] [--leader URL]
//                     [--block-time S] [--idle-block S] [--quirks ref|fixed] [--genesis FILE] [--proposer ID]
//   aitbc-devnet demo --data DIR
//   aitbc-devnet generate --out FILE --blocks N --txs N --addresses N [--seed S]
#include "demo/demo.h"
#include "demo/demo_traffic.h"
#include "devnet/chain_generator.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace aitbc;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

/// SIGINT/SIGTERM quit the event loop through a self-pipe, so nodes stop cleanly (databases closed,
/// nothing half-written) instead of dying mid-commit.
void installSignalHandlers(QCoreApplication& app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

int fail(const QString& message) {
    std::fprintf(stderr, "aitbc-devnet: %s\n", qPrintable(message));
    return 2;
}

bool parseSeconds(const QCommandLineParser& p, const QString& name, double* out) {
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

int runNode(QCoreApplication& app, const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Run one devnet node (leader or follower) with the REF node's RPC."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data folder; the db is DIR/data/<chain>/chain.db."),
         QStringLiteral("DIR")},
        {QStringLiteral("port"), QStringLiteral("RPC port (default 8006; 0 = any free port)."),
         QStringLiteral("P"), QStringLiteral("8006")},
        {QStringLiteral("bind"), QStringLiteral("Address to bind (default 127.0.0.1)."),
         QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("chain-id"),
         QStringLiteral("Chain id (default: the genesis file's, else ait-mainnet)."), QStringLiteral("ID")},
        {QStringLiteral("role"), QStringLiteral("leader or follower."), QStringLiteral("ROLE"),
         QStringLiteral("leader")},
        {QStringLiteral("leader"), QStringLiteral("Leader RPC URL (followers)."), QStringLiteral("URL")},
        {QStringLiteral("block-time"), QStringLiteral("Block time in seconds (default 10)."),
         QStringLiteral("S")},
        {QStringLiteral("idle-block"), QStringLiteral("Heartbeat block after S idle seconds (default 60)."),
         QStringLiteral("S")},
        {QStringLiteral("import-interval"), QStringLiteral("importBlock throttle in seconds (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("poll"), QStringLiteral("Follower poll interval in seconds (default 1)."),
         QStringLiteral("S")},
        {QStringLiteral("quirks"), QStringLiteral("ref (what the real node does) or fixed."),
         QStringLiteral("MODE"), QStringLiteral("ref")},
        {QStringLiteral("genesis"),
         QStringLiteral("The real node's genesis.json (default: DIR/data/<chain>/genesis.json if present)."),
         QStringLiteral("FILE")},
        {QStringLiteral("proposer"),
         QStringLiteral("Proposer id (default: the genesis file's first authority)."), QStringLiteral("ID")},
    });
    p.process(args);
    devnet::NodeConfig cfg;
    if (!p.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("node: --data DIR is required"));
    cfg.dataDir = p.value(QStringLiteral("data"));
    bool ok = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("node: --port must be 0..65535"));
    cfg.port = quint16(port);
    if (!cfg.bindAddress.setAddress(p.value(QStringLiteral("bind"))))
        return fail(QStringLiteral("node: --bind is not an IP address"));
    const QString role = p.value(QStringLiteral("role"));
    if (role != QLatin1String("leader") && role != QLatin1String("follower"))
        return fail(QStringLiteral("node: --role must be leader or follower"));
    cfg.role = role == QLatin1String("leader") ? devnet::Role::Leader : devnet::Role::Follower;
    const QString quirks = p.value(QStringLiteral("quirks"));
    if (quirks != QLatin1String("ref") && quirks != QLatin1String("fixed"))
        return fail(QStringLiteral("node: --quirks must be ref or fixed"));
    cfg.quirks = quirks == QLatin1String("ref") ? devnet::Quirks::Ref : devnet::Quirks::Fixed;
    if (cfg.role == devnet::Role::Follower) {
        cfg.leaderUrl = QUrl(p.value(QStringLiteral("leader")));
        if (!cfg.leaderUrl.isValid() || cfg.leaderUrl.scheme() != QLatin1String("http"))
            return fail(QStringLiteral("node: a follower needs --leader http://HOST:PORT"));
    }
    if (!parseSeconds(p, QStringLiteral("block-time"), &cfg.blockTimeSeconds) ||
        !parseSeconds(p, QStringLiteral("idle-block"), &cfg.idleBlockSeconds) ||
        !parseSeconds(p, QStringLiteral("import-interval"), &cfg.importIntervalSeconds) ||
        !parseSeconds(p, QStringLiteral("poll"), &cfg.followerPollSeconds))
        return fail(QStringLiteral("node: time options take a non-negative number of seconds"));

    QString genesisPath = p.value(QStringLiteral("genesis"));
    QString chain = p.value(QStringLiteral("chain-id"));
    if (genesisPath.isEmpty()) {
        // A real node reads /var/lib/aitbc/data/<chain_id>/genesis.json (§8).
        const QString candidate =
            QDir(cfg.dataDir)
                .filePath(QStringLiteral("data/%1/genesis.json")
                              .arg(chain.isEmpty() ? QStringLiteral("ait-mainnet") : chain));
        if (QFile::exists(candidate))
            genesisPath = candidate;
    }
    if (!genesisPath.isEmpty()) {
        const auto g = protocol::loadGenesisFile(genesisPath);
        if (!g)
            return fail(g.error().message);
        cfg.genesis = *g;
        if (chain.isEmpty())
            chain = g->chainId;
    }
    cfg.chainId = chain.isEmpty() ? QStringLiteral("ait-mainnet") : chain;
    cfg.proposerId = p.value(QStringLiteral("proposer"));

    devnet::DevnetNode node(cfg);
    if (const auto started = node.start(); !started)
        return fail(started.error().message);
    std::printf("{\"url\": \"%s\", \"role\": \"%s\", \"chain_id\": \"%s\", \"db\": \"%s\"}\n",
                qPrintable(node.url().toString()), qPrintable(devnet::roleName(cfg.role)),
                qPrintable(cfg.chainId), qPrintable(node.databasePath()));
    std::fflush(stdout);
    const int rc = app.exec();
    node.stop();
    return rc;
}

int runDemo(QCoreApplication& app, const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Start a leader and a follower with funded demo keystores."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("data"), QStringLiteral("Demo folder."), QStringLiteral("DIR")},
        {QStringLiteral("leader-port"), QStringLiteral("Leader port (0 = free)."), QStringLiteral("P"),
         QStringLiteral("0")},
        {QStringLiteral("follower-port"), QStringLiteral("Follower port (0 = free)."), QStringLiteral("P"),
         QStringLiteral("0")},
        {QStringLiteral("block-time"), QStringLiteral("Block time in seconds (default 2)."),
         QStringLiteral("S")},
        {QStringLiteral("follower-quirks"), QStringLiteral("ref or fixed."), QStringLiteral("MODE"),
         QStringLiteral("ref")},
        {QStringLiteral("no-traffic"), QStringLiteral("Do not start the demo agents (bob pings carol, carol "
                                                      "answers pong, bob chats with alice).")},
        {QStringLiteral("traffic-interval"),
         QStringLiteral("Seconds between two messages of the demo agents (default 10)."),
         QStringLiteral("S")},
    });
    p.process(args);
    if (!p.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("demo: --data DIR is required"));
    demo::DemoOptions o;
    o.dataDir = QDir(p.value(QStringLiteral("data"))).absolutePath();
    o.leaderPort = quint16(p.value(QStringLiteral("leader-port")).toUInt());
    o.followerPort = quint16(p.value(QStringLiteral("follower-port")).toUInt());
    if (!parseSeconds(p, QStringLiteral("block-time"), &o.blockTimeSeconds))
        return fail(QStringLiteral("demo: --block-time takes seconds"));
    o.traffic = !p.isSet(QStringLiteral("no-traffic"));
    double interval = o.trafficIntervalMs / 1000.0;
    if (!parseSeconds(p, QStringLiteral("traffic-interval"), &interval))
        return fail(QStringLiteral("demo: --traffic-interval takes seconds"));
    o.trafficIntervalMs = int(interval * 1000);
    o.followerQuirks = p.value(QStringLiteral("follower-quirks")) == QLatin1String("fixed")
                           ? devnet::Quirks::Fixed
                           : devnet::Quirks::Ref;
    demo::Demo demo;
    if (const auto started = demo.start(o); !started)
        return fail(started.error().message);
    std::printf("%s\n", demo.describeJson().constData());
    std::fflush(stdout);
    if (demo.traffic()) // stdout stays the one JSON document; the agents' chatter goes to stderr
        QObject::connect(demo.traffic(), &demo::DemoTraffic::log, &app, [](const QString& line) {
            std::fprintf(stderr, "traffic: %s\n", qPrintable(line));
        });
    const int rc = app.exec();
    demo.stop();
    return rc;
}

int runGenerate(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a large synthetic chain.db in the real REF schema."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("out"), QStringLiteral("Output file (must not exist)."), QStringLiteral("FILE")},
        {QStringLiteral("blocks"), QStringLiteral("Blocks after genesis."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("txs"), QStringLiteral("Transactions."), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("addresses"), QStringLiteral("Distinct addresses."), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("chain-id"), QStringLiteral("Chain id."), QStringLiteral("ID"),
         QStringLiteral("ait-mainnet")},
    });
    p.process(args);
    if (!p.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("generate: --out FILE is required"));
    devnet::GenerateOptions o;
    o.outPath = p.value(QStringLiteral("out"));
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.blocks = p.value(QStringLiteral("blocks")).toLongLong(&ok1);
    o.transactions = p.value(QStringLiteral("txs")).toLongLong(&ok2);
    o.addresses = p.value(QStringLiteral("addresses")).toInt(&ok3);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok4);
    o.chainId = p.value(QStringLiteral("chain-id"));
    if (!ok1 || !ok2 || !ok3 || !ok4)
        return fail(QStringLiteral("generate: --blocks, --txs, --addresses and --seed take integers"));
    const auto r = devnet::generateChain(o);
    if (!r)
        return fail(r.error().message);
    std::printf("{\"out\": \"%s\", \"blocks\": %lld, \"transactions\": %lld, \"seconds\": %.2f}\n",
                qPrintable(o.outPath), r->blocks, r->transactions, r->seconds);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aitbc-devnet"));
    QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::printf("usage: aitbc-devnet node|demo|generate [options]   (aitbc-devnet <command> --help)\n");
        return command.isEmpty() ? 2 : 0;
    }
    args.removeAt(1);
    args[0] = QStringLiteral("aitbc-devnet ") + command;
    if (command == QLatin1String("generate"))
        return runGenerate(args);
    installSignalHandlers(app);
    if (command == QLatin1String("node"))
        return runNode(app, args);
    if (command == QLatin1String("demo"))
        return runDemo(app, args);
    return fail(QStringLiteral("unknown command '%1' (node, demo, generate)").arg(command));
}
