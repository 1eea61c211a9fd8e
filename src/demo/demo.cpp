#include "demo/demo.h"

#include "demo/demo_log.h"
#include "demo/demo_traffic.h"
#include "devnet/devnet_node.h"
#include "keystore/keystore.h"
#include "json/canonical.h"
#include "json/value.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace aitbc::demo {

using devnet::DevnetNode;
using devnet::NodeConfig;
using devnet::Quirks;
using devnet::Role;

namespace {

struct DemoSeed {
    const char* name;
    qint64 balance;
};
// "genesis" is the authority (the proposer id of every block), like aitbc1genesis on the real chain.
// carol runs the demo responder and bob pings her (DemoTraffic); each message costs the fee (10).
const DemoSeed kDemoAccounts[] = {
    {"genesis", 1'000'000'000}, {"alice", 1'000'000}, {"bob", 1'000'000}, {"carol", 1'000'000}};

Result<void> writeFile(const QString& path, const QByteArray& data, bool secret) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, f.errorString())};
    f.write(data);
    if (!f.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, f.errorString())};
    if (secret)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace

Demo::Demo(QObject* parent)
    : QObject(parent) {}

Demo::~Demo() {
    stop();
}

Result<void> Demo::start(const DemoOptions& options) {
    stop();
    m_options = options;
    m_accounts.clear();
    const QDir root(options.dataDir);
    if (!root.mkpath(QStringLiteral("keystore")))
        return Error{QStringLiteral("cannot create %1").arg(root.filePath(QStringLiteral("keystore")))};
    protocol::GenesisFile genesis;
    genesis.chainId = options.chainId;
    for (const DemoSeed& seed : kDemoAccounts) {
        DemoAccount a;
        a.name = QString::fromLatin1(seed.name);
        a.keystorePath = root.filePath(QStringLiteral("keystore/%1.json").arg(a.name));
        a.passwordFile = root.filePath(QStringLiteral("keystore/%1.password").arg(a.name));
        a.balance = seed.balance;
        // Demo passwords are public on purpose: the demo is a local playground, never a wallet.
        const QByteArray password = "demo-" + QByteArray(seed.name) + "-password";
        QByteArray file;
        if (QFile::exists(a.keystorePath)) { // restarting a demo keeps its keys and chain
            QFile f(a.keystorePath);
            if (f.open(QIODevice::ReadOnly))
                file = f.readAll();
        }
        if (file.isEmpty()) {
            auto created = keystore::create(password);
            if (!created)
                return Error{created.error().message};
            file = created.value();
            if (auto written = writeFile(a.keystorePath, file, true); !written)
                return written;
            if (auto written = writeFile(a.passwordFile, password, true); !written)
                return written;
        }
        const auto info = keystore::inspect(file);
        if (!info)
            return Error{QStringLiteral("demo keystore %1: %2").arg(a.keystorePath, info.error().message)};
        a.address = info.value().address;
        genesis.allocations.append({a.address, a.balance, 0});
        m_accounts.append(a);
    }
    genesis.authorities.append(m_accounts.first().address);

    NodeConfig leader;
    leader.dataDir = root.filePath(QStringLiteral("leader"));
    leader.port = options.leaderPort;
    leader.chainId = options.chainId;
    leader.blockTimeSeconds = options.blockTimeSeconds;
    leader.idleBlockSeconds = options.idleBlockSeconds;
    leader.genesis = genesis;
    m_leader = std::make_unique<devnet::DevnetNode>(leader);
    if (auto started = m_leader->start(); !started) {
        stop();
        return started;
    }
    NodeConfig follower = leader;
    follower.dataDir = root.filePath(QStringLiteral("follower"));
    follower.port = options.followerPort;
    follower.role = Role::Follower;
    follower.leaderUrl = m_leader->url();
    follower.quirks = options.followerQuirks;
    follower.importIntervalSeconds = options.importIntervalSeconds;
    m_follower = std::make_unique<devnet::DevnetNode>(follower);
    if (auto started = m_follower->start(); !started) {
        stop();
        return started;
    }
    if (options.traffic) {
        if (auto started = startTraffic(); !started) {
            stop();
            return started;
        }
    }
    // demo.json is a convenience copy of what describeJson() returns: the demo runs without it.
    (void)writeFile(root.filePath(QStringLiteral("demo.json")), describeJson(), false);
    qCInfo(lcDemo).noquote() << "demo leader" << leaderUrl().toString() << "follower"
                             << followerUrl().toString();
    return {};
}

const DemoAccount* Demo::account(const QString& name) const {
    for (const DemoAccount& a : m_accounts)
        if (a.name == name)
            return &a;
    return nullptr;
}

Result<void> Demo::startTraffic() {
    const DemoAccount* alice = account(QStringLiteral("alice"));
    const DemoAccount* bob = account(QStringLiteral("bob"));
    const DemoAccount* carol = account(QStringLiteral("carol"));
    DemoTrafficOptions t;
    t.leaderUrl = m_leader->url();
    t.chainId = m_options.chainId;
    t.stateDir = QDir(m_options.dataDir).filePath(QStringLiteral("traffic"));
    t.pinger = {bob->keystorePath, bob->passwordFile};
    t.replier = {carol->keystorePath, carol->passwordFile};
    t.chatPartner = alice->address;
    t.intervalMs = m_options.trafficIntervalMs;
    t.pollMs = m_options.trafficPollMs;
    m_traffic = std::make_unique<DemoTraffic>();
    return m_traffic->start(t);
}

void Demo::stop() {
    m_traffic.reset(); // it talks to the leader: stop it first
    if (m_follower)
        m_follower->stop();
    if (m_leader)
        m_leader->stop();
    m_follower.reset();
    m_leader.reset();
}

QUrl Demo::leaderUrl() const {
    return m_leader ? m_leader->url() : QUrl();
}

QUrl Demo::followerUrl() const {
    return m_follower ? m_follower->url() : QUrl();
}

QString Demo::chainId() const {
    return m_options.chainId;
}

QByteArray Demo::describeJson() const {
    json::Value accounts = json::Value::array();
    for (const DemoAccount& a : m_accounts) {
        json::Value o = json::Value::object();
        o.insert(QStringLiteral("name"), a.name);
        o.insert(QStringLiteral("address"), a.address);
        o.insert(QStringLiteral("keystore"), a.keystorePath);
        o.insert(QStringLiteral("password_file"), a.passwordFile);
        o.insert(QStringLiteral("balance"), a.balance);
        accounts.append(o);
    }
    json::Value o = json::Value::object();
    o.insert(QStringLiteral("chain_id"), m_options.chainId);
    o.insert(QStringLiteral("leader_url"), leaderUrl().toString());
    o.insert(QStringLiteral("follower_url"), followerUrl().toString());
    o.insert(QStringLiteral("follower_quirks"), quirksName(m_options.followerQuirks));
    o.insert(QStringLiteral("data_dir"), m_options.dataDir);
    o.insert(QStringLiteral("traffic"), m_traffic != nullptr);
    o.insert(QStringLiteral("accounts"), accounts);
    return json::dump(o, {json::Separators::Spaced, false, false});
}

} // namespace aitbc::demo
