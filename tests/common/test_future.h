#pragma once
// Waiting for a future in a test: one helper on util::waitFor, so every test waits the way the product
// continues (util::whenFinished) and a hang fails the test instead of stalling the run.

#include "util/wait_for.h"

#include <QFuture>
#include <QtGlobal>

#include <utility>

namespace aitbc::test {

/// The longest a test waits for one future: far beyond any healthy run, so it only turns a hang into a
/// failure and never decides a result by timing.
constexpr int kHangGuardMs = 120'000;

/// The result of `future`, this thread's event loop running meanwhile (network replies, queued signals
/// and continuations on this thread still arrive). Fatal when the future ends without a result or hangs.
template <typename T> T waitFor(QFuture<T> future, int limitMs = kHangGuardMs) {
    std::optional<T> result = util::waitFor(std::move(future), limitMs);
    if (!result)
        qFatal("a future ended without a result or did not finish within %d ms", limitMs);
    return std::move(*result);
}

/// Whether `future` finished (with a result or cancelled) before the hang guard, the event loop running.
template <typename T> bool finishes(QFuture<T> future, int limitMs = kHangGuardMs) {
    util::waitFor(future, limitMs);
    return future.isFinished();
}

} // namespace aitbc::test
