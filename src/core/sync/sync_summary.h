#pragma once

#include "sync/catch_up.h"
#include "sync/sync_report.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace aitbc::sync {

/// The overall finding, most severe first: a fork beats holes, holes beat missing transactions, those beat
/// plain lag.
enum class Verdict { Forked, MissingBlocks, MissingTransactions, Behind, InSync };
Verdict verdictOf(const SyncReport& report);
QString
verdictCode(Verdict verdict); ///< "forked", "missing_blocks", "missing_transactions", "behind", "in_sync"

/// The report in words, one clause per finding, e.g. "follower 3 blocks behind leader, catching up at
/// 1 block/s; 20 blocks on follower since height 2 imported without their transactions; no fork".
/// `catchUp` (optional, parallel to report.pairs) adds the catch-up rate and time estimate. Strings go
/// through QCoreApplication::translate (context "aitbc::sync::Summary") so the GUI shows them translated.
QString summarize(const SyncReport& report, const QList<const CatchUpEstimator*>& catchUp = {});

/// The `aitbc-agent sync compare --json` object: {"nodes":[{"name","height","hash",...}],"lag",
/// "fork_height","missing_tx_heights","missing_block_heights","verdict",...}. The top-level pair fields
/// describe node 0 against node 1; with more nodes every pair is listed under "pairs".
QJsonObject reportToJson(const SyncReport& report);

} // namespace aitbc::sync
