#pragma once

#include "devnet/node_config.h"
#include "util/error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace aitbc::devnet {
class DevnetNode;
}

namespace aitbc::demo {

class DemoTraffic;

/// One demo account: a CLI-layout keystore written to the demo folder with a known password, funded by
/// the demo genesis.
struct DemoAccount {
    QString name;         ///< "genesis", "alice", "bob", "carol"
    QString address;      ///< the keystore's address (CLI style)
    QString keystorePath; ///< <dataDir>/keystore/<name>.json
    QString passwordFile; ///< <dataDir>/keystore/<name>.password (no trailing newline)
    qint64 balance = 0;   ///< genesis balance
};

struct DemoOptions {
    QString dataDir;        ///< everything goes here: leader/, follower/, keystore/, demo.json
    quint16 leaderPort = 0; ///< 0: free ports
    quint16 followerPort = 0;
    QString chainId = QStringLiteral("ait-mainnet");
    double blockTimeSeconds = 2.0;
    double idleBlockSeconds = 60.0;
    double importIntervalSeconds = 1.0;
    devnet::Quirks followerQuirks = devnet::Quirks::Ref; ///< Ref shows the follower losing transactions
    /// Agents talking on their own (DemoTraffic: bob pings carol, carol answers, bob chats with alice).
    bool traffic = false;
    int trafficIntervalMs = 10000; ///< one new message from bob per interval
    int trafficPollMs = 1000;
};

/// A ready-made local network for `aitbc-dashboard --demo` and `aitbc-devnet demo`: a leader and one
/// follower on 127.0.0.1, four funded demo keystores with known passwords (genesis is the authority), and
/// with `traffic` set, agents exchanging messages on their own (DemoTraffic).
///
///     demo::Demo demo;
///     demo::DemoOptions o; o.dataDir = dir;
///     if (const auto started = demo.start(o); !started) ...;
///     demo.leaderUrl(); demo.followerUrl(); demo.accounts();
///
/// Nodes run in their own threads. start() blocks for setup only: keystores are written with the standard
/// 100 000 PBKDF2 iterations (about 0.1 s per account), so call it off the GUI thread if that matters.
class Demo : public QObject {
    Q_OBJECT
public:
    explicit Demo(QObject* parent = nullptr);
    ~Demo() override;

    Result<void> start(const DemoOptions& options);
    void stop();

    QUrl leaderUrl() const;
    QUrl followerUrl() const;
    QString chainId() const;
    QList<DemoAccount> accounts() const { return m_accounts; }
    devnet::DevnetNode* leader() const { return m_leader.get(); }
    devnet::DevnetNode* follower() const { return m_follower.get(); }
    /// The running traffic (nullptr when DemoOptions::traffic is off).
    DemoTraffic* traffic() const { return m_traffic.get(); }
    /// {"chain_id","leader_url","follower_url","data_dir","accounts":[{name,address,keystore,password_file,balance}]}
    /// as `aitbc-devnet demo` prints it (also written to <dataDir>/demo.json).
    QByteArray describeJson() const;

private:
    const DemoAccount* account(const QString& name) const;
    Result<void> startTraffic();

    DemoOptions m_options;
    QList<DemoAccount> m_accounts;
    std::unique_ptr<devnet::DevnetNode> m_leader;
    std::unique_ptr<devnet::DevnetNode> m_follower;
    std::unique_ptr<DemoTraffic> m_traffic;
};

} // namespace aitbc::demo
