#pragma once
// Shared by cmd_agent.cpp and cmd_message.cpp (header only: the CLI's CMake compiles cmd_*.cpp files).

#include "chain/node.h"
#include "cli.h"
#include "messaging/agent_directory_feed.h"

#include <QDateTime>

namespace aitbc::cli::agentcli {

/// Blocks read per request while scanning for cards.
inline constexpr qint64 kScanPage = 100;

/// Reads every block of `node` and feeds the card transactions to a directory. Empty `error` on success.
inline messaging::AgentDirectory scanCards(chain::Node* node, QString* error) {
    messaging::AgentDirectory directory(node->chainId(), QDateTime::currentSecsSinceEpoch());
    const auto head = await(node->head());
    if (!head.ok()) {
        *error = head.error().message;
        return directory;
    }
    for (qint64 from = 0; from <= head->height; from += kScanPage) {
        const auto blocks = await(node->blocks(from, qMin(head->height, from + kScanPage - 1), true));
        if (!blocks.ok()) {
            *error = blocks.error().message;
            return directory;
        }
        messaging::addCardsFromBlocks(directory, blocks.value(), node->chainId());
    }
    return directory;
}

} // namespace aitbc::cli::agentcli
