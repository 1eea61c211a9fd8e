#include "settings/default_profiles.h"

#include <QCoreApplication>

namespace aitbc::gui {

QString roleKey(chain::NodeProfile::Role role) {
    return role == chain::NodeProfile::Role::Follower ? QStringLiteral("follower") : QStringLiteral("leader");
}

chain::NodeProfile::Role roleFromKey(const QString& key) {
    return key == QLatin1String("follower") ? chain::NodeProfile::Role::Follower
                                            : chain::NodeProfile::Role::Leader;
}

QList<chain::NodeProfile> defaultProfilesFromEnvironment(const QProcessEnvironment& env) {
    const QString port = env.value(QStringLiteral("RPC_PORT"), QStringLiteral("8006"));
    const QString chainId = env.value(QStringLiteral("CHAIN_ID"));
    const auto make = [&](const QString& name, const QString& host, chain::NodeProfile::Role role) {
        chain::NodeProfile p;
        p.name = name;
        p.rpcUrl = QStringLiteral("http://%1:%2").arg(host, port);
        p.chainId = chainId;
        p.role = role;
        return p;
    };
    QList<chain::NodeProfile> profiles;
    const QString genesis = env.value(QStringLiteral("GENESIS_IP"));
    const QString follower = env.value(QStringLiteral("FOLLOWER_IP"));
    if (!genesis.isEmpty())
        profiles.append(make(QCoreApplication::translate("aitbc::gui::Nodes", "Genesis node"), genesis,
                             chain::NodeProfile::Role::Leader));
    if (!follower.isEmpty())
        profiles.append(make(QCoreApplication::translate("aitbc::gui::Nodes", "Follower node"), follower,
                             chain::NodeProfile::Role::Follower));
    if (profiles.isEmpty())
        profiles.append(make(QCoreApplication::translate("aitbc::gui::Nodes", "Local node"),
                             QStringLiteral("127.0.0.1"), chain::NodeProfile::Role::Leader));
    return profiles;
}

} // namespace aitbc::gui
