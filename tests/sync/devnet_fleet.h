#pragma once
// A fleet of devnet nodes on 127.0.0.1 arranged to show each finding the fleet view knows: followers in
// step, followers that fall behind (a slow import throttle), a REF follower that imports blocks without
// their transactions (the leader carries a few transfers), a second leader that forked at height 1
// (same genesis and chain id, its own proposer), and profiles whose ports are closed (unreachable).
// Followers other than the REF one run the corrected import (Quirks::Fixed), which keeps the rows.
// Used by tst_sync_fleet (a few nodes) and bench_fleet (fifty).

#include "chain/node_profile.h"
#include "devnet/devnet_node.h"
#include "devnet/genesis.h"
#include "devnet_support.h"
#include "devnet_traffic.h"
#include "panes/sync/fleet_model.h"
#include "sync/sync_advice.h"
#include "testdata.h"

#include <QHash>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

namespace aitbc::test {

struct FleetShape {
    int inStep = 3;
    int lagging = 1;
    int withoutTransactions = 1;
    int forked = 1;
    int unreachable = 2;
    int transfers = 2; ///< transfers mined on the leader before the followers start
    int total() const { return 1 + inStep + lagging + withoutTransactions + forked + unreachable; }
};

struct Fleet {
    QTemporaryDir dir;
    std::vector<std::unique_ptr<devnet::DevnetNode>> nodes; ///< nodes.front() is the leader
    QList<chain::NodeProfile> profiles;                     ///< the leader's first
    /// The findings each profile was arranged to show (sync::Advice::Kind values, ascending; empty: in
    /// step).
    QHash<QString, QList<int>> expected;
};

/// A port nothing listens on: bound once to get a free number, then closed.
inline quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9; // the discard port: nothing listens there either
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

inline chain::NodeProfile fleetProfile(const QString& name, const QString& url, bool follower) {
    chain::NodeProfile p;
    p.name = name;
    p.rpcUrl = url;
    p.role = follower ? chain::NodeProfile::Role::Follower : chain::NodeProfile::Role::Leader;
    // Unreachable nodes must fail fast: one attempt, a short timeout (closed ports refuse at once).
    p.timeoutMs = 4000;
    p.maxRetries = 0;
    return p;
}

/// Starts the fleet; false with `error` set when a node did not start.
inline bool startFleet(Fleet& fleet, const FleetShape& shape, QString* error) {
    using Kind = sync::Advice::Kind;
    devnet::NodeConfig leader;
    leader.dataDir = fleet.dir.filePath(QStringLiteral("leader"));
    leader.genesis = realGenesis();
    leader.blockTimeSeconds = 0.2;
    leader.idleBlockSeconds = 0.5; // two empty blocks a second: lag shows within seconds
    leader.proposerId = QStringLiteral("leader-a");
    auto start = [&](const devnet::NodeConfig& config, const QString& name, bool follower, QList<int> kinds) {
        auto node = std::make_unique<devnet::DevnetNode>(config);
        if (const auto started = node->start(); !started) {
            *error = started.error().message;
            return false;
        }
        fleet.profiles.append(fleetProfile(name, node->url().toString(), follower));
        std::sort(kinds.begin(), kinds.end());
        fleet.expected.insert(name, kinds);
        fleet.nodes.push_back(std::move(node));
        return true;
    };
    if (!start(leader, QStringLiteral("leader"), false, {}))
        return false;
    const QUrl leaderUrl = fleet.nodes.front()->url();
    if (shape.transfers > 0) {
        auto rpc = chain::createNode(fleet.profiles.constFirst());
        if (!submitTransfers(rpc.get(), *fleet.nodes.front(), shape.transfers)) {
            *error = QStringLiteral("the leader did not mine the transfers");
            return false;
        }
    }
    for (int i = 0; i < shape.withoutTransactions; ++i) {
        devnet::NodeConfig f = leader;
        f.dataDir = fleet.dir.filePath(QStringLiteral("ref-follower-%1").arg(i));
        f.role = devnet::Role::Follower;
        f.leaderUrl = leaderUrl;
        f.quirks = devnet::Quirks::Ref; // imports headers only, as the real REF follower does
        f.importIntervalSeconds = 0.02;
        f.followerPollSeconds = 0.25;
        if (!start(f, QStringLiteral("ref-follower-%1").arg(i), true,
                   shape.transfers > 0 ? QList<int>{int(Kind::MissingTransactions)} : QList<int>{}))
            return false;
    }
    for (int i = 0; i < shape.inStep; ++i) {
        devnet::NodeConfig f = leader;
        f.dataDir = fleet.dir.filePath(QStringLiteral("follower-%1").arg(i));
        f.role = devnet::Role::Follower;
        f.leaderUrl = leaderUrl;
        f.quirks = devnet::Quirks::Fixed;
        f.importIntervalSeconds = 0.02;
        f.followerPollSeconds = 0.25;
        if (!start(f, QStringLiteral("follower-%1").arg(i), true, {}))
            return false;
    }
    for (int i = 0; i < shape.lagging; ++i) {
        devnet::NodeConfig f = leader;
        f.dataDir = fleet.dir.filePath(QStringLiteral("slow-%1").arg(i));
        f.role = devnet::Role::Follower;
        f.leaderUrl = leaderUrl;
        // The REF import throttle makes it slow: one block per 4 s against the leader's two per second.
        // Being REF, it also keeps no transaction rows once it reaches the transfers' blocks.
        f.quirks = devnet::Quirks::Ref;
        f.importIntervalSeconds = 4.0;
        f.followerPollSeconds = 0.25;
        QList<int> kinds{int(Kind::Lagging)};
        if (shape.transfers > 0)
            kinds << int(Kind::MissingTransactions);
        if (!start(f, QStringLiteral("slow-%1").arg(i), true, kinds))
            return false;
    }
    for (int i = 0; i < shape.forked; ++i) {
        devnet::NodeConfig b = leader;
        b.dataDir = fleet.dir.filePath(QStringLiteral("fork-%1").arg(i));
        b.proposerId = QStringLiteral("branch-%1").arg(i);
        if (!start(b, QStringLiteral("fork-%1").arg(i), false, {int(Kind::Fork)}))
            return false;
    }
    for (int i = 0; i < shape.unreachable; ++i) {
        const QString name = QStringLiteral("down-%1").arg(i);
        fleet.profiles.append(
            fleetProfile(name, QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), true));
        fleet.expected.insert(name, {int(Kind::Unreachable)});
    }
    return true;
}

/// Names whose findings in `model` are not what was arranged, as "name: got [..], arranged [..]"
/// (empty: all match). A node not compared yet counts as a mismatch.
inline QStringList fleetMismatches(const gui::FleetModel& model, const Fleet& fleet) {
    QStringList out;
    const QStringList names = model.names();
    const auto text = [](const QList<int>& kinds) {
        QStringList parts;
        for (int k : kinds)
            parts << QString::number(k);
        return QStringLiteral("[%1]").arg(parts.join(QLatin1Char(',')));
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const QList<int> want = fleet.expected.value(names.at(row), {-2});
        QList<int> have;
        for (const sync::Advice& a : model.findings(row))
            have << int(a.kind);
        std::sort(have.begin(), have.end());
        have.erase(std::unique(have.begin(), have.end()), have.end());
        if (have.isEmpty() && row > 0 && !model.isCompared(row))
            have << -3; // not compared yet
        if (have != want)
            out << QStringLiteral("%1: got %2, arranged %3").arg(names.at(row), text(have), text(want));
    }
    return out;
}

} // namespace aitbc::test
