#include "devnet_support.h"

#include "testdata.h"

namespace aitbc::test {

protocol::GenesisFile realGenesis() {
    const auto genesis = protocol::loadGenesisFile(testDataPath(QStringLiteral("real-chain/genesis.json")));
    if (!genesis)
        qFatal("genesis: %s", qPrintable(genesis.error().message));
    return genesis.value();
}

std::unique_ptr<devnet::DevnetNode> startDevnet(const devnet::NodeConfig& config) {
    auto node = std::make_unique<devnet::DevnetNode>(config);
    if (const auto started = node->start(); !started)
        qWarning("devnet %s did not start: %s", qPrintable(devnet::roleName(config.role)),
                 qPrintable(started.error().message));
    return node;
}

} // namespace aitbc::test
