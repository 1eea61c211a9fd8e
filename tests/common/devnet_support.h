#pragma once
// Starting in-process devnet nodes for tests: one place for the genesis the suite uses and for the
// start-or-say-why step every devnet test needs.

#include "devnet/devnet_node.h"
#include "devnet/genesis.h"

#include <memory>

namespace aitbc::test {

/// The real chain's genesis file (tests/data/real-chain/genesis.json: the genesis account, alice, bob).
/// Fatal when unreadable: every test that uses it would fail for the same reason.
protocol::GenesisFile realGenesis();

/// A node with `config`, started. When it did not start, a warning says why and isRunning() is false, so
/// callers check `QVERIFY(node->isRunning())`.
std::unique_ptr<devnet::DevnetNode> startDevnet(const devnet::NodeConfig& config);

} // namespace aitbc::test
