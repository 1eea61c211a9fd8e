#pragma once

#include "chain/node_profile.h"

#include <QList>
#include <QProcessEnvironment>

namespace aitbc::gui {

/// First-start node profiles from the hermes guide's environment variables (GENESIS_IP, FOLLOWER_IP,
/// RPC_PORT, CHAIN_ID): a leader profile for GENESIS_IP and a follower for FOLLOWER_IP. Without
/// either, one profile for a node on this machine (http://127.0.0.1:RPC_PORT, default 8006).
QList<chain::NodeProfile>
defaultProfilesFromEnvironment(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

/// "leader" / "follower" (settings and command line), and back (anything else: Leader).
QString roleKey(chain::NodeProfile::Role role);
chain::NodeProfile::Role roleFromKey(const QString& key);

} // namespace aitbc::gui
