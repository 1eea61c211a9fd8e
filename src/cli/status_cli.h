#pragma once

// The status report of a node as the responder sends it: sync::readNodeView (the completeness scan of
// the most recent blocks) turned into messaging::StatusReport. Here, above both layers, because
// messaging may not depend on sync.
#include "messaging/status_report.h"
#include "sync/node_view.h"

#include <QDateTime>
#include <QPointer>

namespace aitbc::cli {

inline messaging::StatusReport statusReportOf(const sync::NodeView& v) {
    messaging::StatusReport r;
    r.reportedAt = QDateTime::currentDateTimeUtc();
    r.chainId = v.chainId;
    r.error = v.error;
    r.height = v.head.height;
    r.hash = v.head.hash;
    r.headTime = v.head.timestamp;
    if (v.head.timestamp.isValid())
        r.headAgeSeconds = qMax<qint64>(0, v.head.timestamp.secsTo(r.reportedAt));
    r.mempoolSize = v.mempoolSize;
    r.protocol = chain::protocolName(v.protocol);
    r.missingTxHeights = v.missingTxHeights.mid(0, messaging::kStatusReportMaxHeights);
    r.missingTxTruncated = v.missingTxHeights.size() > messaging::kStatusReportMaxHeights;
    r.scannedFrom = v.scannedFrom;
    r.scannedTo = v.scannedTo;
    return r;
}

/// The responder's status source over `node`, scanning its last `window` blocks.
inline messaging::StatusSource nodeStatusSource(chain::Node* node, QObject* context, int window) {
    QPointer<chain::Node> n(node);
    return [n, context, window](std::function<void(messaging::StatusReport)> done) {
        sync::readNodeView(n.data(), context, window,
                           [done](const sync::NodeView& v) { done(statusReportOf(v)); });
    };
}

} // namespace aitbc::cli
