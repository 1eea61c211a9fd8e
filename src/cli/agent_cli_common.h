#pragma once
// Shared by cmd_agent.cpp and cmd_message.cpp (header only: the CLI's CMake compiles cmd_*.cpp files).

#include "chain/node.h"
#include "cli.h"
#include "messaging/agent_directory_feed.h"
#include "util/error.h"

#include <QDateTime>

namespace aitbc::cli::agentcli {

/// Blocks read per request while scanning for cards.
inline constexpr qint64 kScanPage = 100;

/// Reads every block of `node` and feeds the card transactions to a directory; the error of the node
/// when a read fails.
inline Result<messaging::AgentDirectory> scanCards(chain::Node* node) {
    messaging::AgentDirectory directory(node->chainId(), QDateTime::currentSecsSinceEpoch());
    const auto head = await(node->head());
    if (!head.ok())
        return Error{head.error().message};
    for (qint64 from = 0; from <= head->height; from += kScanPage) {
        const auto blocks = await(node->blocks(from, qMin(head->height, from + kScanPage - 1), true));
        if (!blocks.ok())
            return Error{blocks.error().message};
        messaging::addCardsFromBlocks(directory, blocks.value(), node->chainId());
    }
    return directory;
}

} // namespace aitbc::cli::agentcli
