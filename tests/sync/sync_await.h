#pragma once
// Waits for a comparison while the event loop runs (the comparator is driven by the nodes' futures).

#include "sync/sync_comparator.h"

#include <QFutureWatcher>
#include <QtTest>

namespace aitbc::test {

/// Returns the finished future, or fails the test if it does not finish within `timeoutMs`.
inline bool waitFor(QFuture<sync::SyncResult> future, int timeoutMs = 60'000) {
    QFutureWatcher<sync::SyncResult> watcher;
    QSignalSpy spy(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    return future.isFinished() || spy.wait(timeoutMs) || future.isFinished();
}

inline sync::SyncResult compareAndWait(const QList<chain::Node*>& nodes,
                                       const sync::CompareOptions& options = {}) {
    QFuture<sync::SyncResult> f = sync::compareNodes(nodes, options);
    if (!waitFor(f))
        qFatal("comparison did not finish");
    if (f.resultCount() == 0)
        qFatal("comparison finished without a result");
    return f.result();
}

} // namespace aitbc::test
