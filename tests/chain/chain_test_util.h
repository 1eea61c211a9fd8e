#pragma once

#include "chain/node.h"
#include "util/wait_for.h"

#include <QFuture>

#include <optional>

namespace aitbc::test {

/// Waits for a node call while this thread's event loop keeps running (raw test servers live on it).
/// Returns std::nullopt when the future did not finish within `limitMs`: a hang is a test failure, not
/// a stuck test run.
template <typename T> std::optional<T> awaitFuture(QFuture<T> future, int limitMs = 60000) {
    return util::waitFor(std::move(future), limitMs);
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
