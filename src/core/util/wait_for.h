#pragma once

#include "util/when_finished.h"

#include <QEventLoop>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <optional>
#include <utility>

namespace aitbc::util {

/// For command-line tools and tests only, never GUI code: returns `future`'s result once it finishes,
/// running this thread's event loop meanwhile (network replies and queued signals still arrive).
/// std::nullopt when the future ends without a result, or when `limitMs` (>= 0) passes first, so a hang
/// becomes a failure the caller reports instead of a stuck process. Built on whenFinished, so it waits
/// the same way the rest of the project continues.
template <typename T> std::optional<T> waitFor(QFuture<T> future, int limitMs = -1) {
    QObject context;
    QEventLoop loop;
    std::optional<T> result;
    bool finished = false;
    whenFinished(&context, std::move(future), [&](std::optional<T> value) {
        result = std::move(value);
        finished = true;
        loop.quit();
    });
    if (limitMs >= 0)
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return result;
}

} // namespace aitbc::util
