#pragma once
// Shared by cmd_agent.cpp and cmd_message.cpp (header only: the CLI's CMake compiles cmd_*.cpp files).

#include "chain/node.h"
#include "chain/payload_text.h"
#include "cli.h"
#include "messaging/agent_directory.h"
#include "messaging/envelope.h"

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
        for (const chain::Block& b : blocks.value()) {
            for (const chain::Transaction& t : b.transactions) {
                const json::Value* p = messaging::messagePayloadObject(t.payload);
                if (!p || !p->contains(QStringLiteral("card")))
                    continue;
                chain::ChainMessage m;
                m.txHash = t.txHash;
                m.blockHeight = b.header.height;
                m.sender = t.sender;
                m.recipient = t.recipient;
                const auto text = chain::extractPayloadText(t.payload, t.txMetadata);
                m.text = text ? text->text : QString();
                m.timestamp = t.timestamp.isValid() ? t.timestamp : b.header.timestamp;
                m.payload = t.payload;
                const bool verified =
                    messaging::checkAuthorship(t.payload, t.sender, t.recipient, m.text, node->chainId())
                        .verified();
                directory.add(m, verified);
            }
        }
    }
    return directory;
}

} // namespace aitbc::cli::agentcli
