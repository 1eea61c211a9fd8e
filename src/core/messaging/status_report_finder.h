#pragma once

#include "chain/types.h"
#include "messaging/status_report.h"

#include <optional>

namespace aitbc::messaging {

/// A verified status report and the messages around it.
struct FoundStatusReport {
    StatusReport report;
    chain::ChainMessage reply; ///< the agent's reply carrying the report
    QString requestHash;       ///< the request it answers
};

struct StatusReportSearch {
    std::optional<FoundStatusReport> newest; ///< the newest valid report (to `wanted` when set)
    /// Replies from the agent to the asker's requests that are no verified report (forged, tampered,
    /// unsigned, or not a report): counted, never shown.
    int ignored = 0;
};

/// Looks through the asker's messages (`messages`: chain order, as chain::Node::messages gives them)
/// for the agent's reports. A report counts only when its authorship is verified, it comes from `agent`
/// to `asker`, its signed `in_reply_to` names one of the asker's own verified status requests to the
/// agent (or `wanted`), and its text parses within the bounds. `wanted` non-empty: only the reply to that
/// request counts (it may be missing from `messages` while this node's list lags the asker's outbox).
StatusReportSearch findStatusReports(const QList<chain::ChainMessage>& messages, const QString& chainId,
                                     const QString& asker, const QString& agent, const QString& wanted = {});

} // namespace aitbc::messaging
