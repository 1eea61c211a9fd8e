#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace aitbc::messaging {

// ---- Status requests and reports through agents (docs/status-protocol.md) ----------------------------
//
// Both travel as ordinary signed messages (the authorship signature, envelope.h): the request's text is
// the fixed JSON statusRequestText(), the report's text a JSON object (encodeStatusReport) sent as a
// reply (`in_reply_to` = the request's node hash). The authorship signature covers the text, the
// sender, the recipient, the chain, the nonce and `in_reply_to`, so a verified report is the agent's
// own answer to that very request. Only this one built-in, read-only request exists: nothing in a
// request selects what is run or read.

/// Longest report text a reader accepts (a report of the bounded size below is about 1.5 KiB).
inline constexpr int kStatusReportMaxChars = 4096;
/// At most this many heights without transactions are listed; `missingTxTruncated` says there were more.
inline constexpr int kStatusReportMaxHeights = 64;

/// What an agent reports about its own node.
struct StatusReport {
    QString chainId;
    qint64 height = -1;         ///< head height; -1: the node has no blocks or could not be read
    QString hash;               ///< head hash
    QDateTime headTime;         ///< UTC; invalid when unknown
    qint64 headAgeSeconds = -1; ///< reportedAt - headTime; -1 when unknown
    qint64 mempoolSize = -1;    ///< -1: unknown
    QString protocol;           ///< chain::protocolName(): "ref", "april", ...
    /// Heights in [scannedFrom, scannedTo] whose block holds fewer transaction rows than its tx_count.
    QList<qint64> missingTxHeights;
    bool missingTxTruncated = false;
    qint64 scannedFrom = -1; ///< -1: not scanned
    qint64 scannedTo = -1;
    QDateTime reportedAt; ///< UTC, the agent's clock
    QString error;        ///< non-empty: the agent could not read its node (the other fields may be empty)
};

/// The text of a status request (canonical JSON, compared exactly).
QString statusRequestText();
bool isStatusRequest(const QString& text);

/// The report as the reply text: compact JSON with sorted keys.
QString encodeStatusReport(const StatusReport& report);
/// Reads a report text. An error when it is not a report or breaks a bound: the text comes from the chain
/// and is hostile until checked.
Result<StatusReport> parseStatusReport(const QString& text);

/// Gathers the report of the responder's node; calls `done` exactly once (on the caller's thread).
using StatusSource = std::function<void(std::function<void(StatusReport)> done)>;

} // namespace aitbc::messaging
