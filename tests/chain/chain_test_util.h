#pragma once

#include "chain/node.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>

namespace aitbc::test {

/// Waits for a node call while this thread's event loop keeps running (raw test servers live on it).
/// Returns std::nullopt when the future did not finish within `limitMs`: a hang is a test failure, not
/// a stuck test run.
template <typename T> std::optional<T> awaitFuture(QFuture<T> future, int limitMs = 60000) {
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        limit.start(limitMs);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

/// A node call's result; a call that hangs becomes a Cancelled error naming the hang, so the test fails
/// on its assertion instead of stalling.
template <typename T> chain::NodeResult<T> get(QFuture<chain::NodeResult<T>> future, int limitMs = 60000) {
    auto r = awaitFuture(future, limitMs);
    if (!r) {
        chain::NodeError e;
        e.kind = chain::NodeError::Kind::Cancelled;
        e.message = QStringLiteral("test: the call did not finish (hang)");
        return e;
    }
    return *r;
}

} // namespace aitbc::test
