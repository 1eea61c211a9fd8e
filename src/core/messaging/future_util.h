#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <utility>

namespace aitbc::messaging {

/// Calls `fn(result)` on `context`'s thread when `future` finishes, and never after `context` was
/// destroyed (the watcher is a child of the context). A cancelled future calls `fn(std::nullopt)`.
/// Used instead of QFuture::then(context, ...) because an object that is deleted mid-flight (the "kill
/// the application" case of the outbox) must simply stop, not run half a continuation.
template <typename T, typename F> void whenFinished(QObject* context, QFuture<T> future, F&& fn) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, fn = std::forward<F>(fn)]() mutable {
                         watcher->deleteLater();
                         QFuture<T> f = watcher->future();
                         if (f.isCanceled() || f.resultCount() == 0)
                             fn(std::optional<T>());
                         else
                             fn(std::optional<T>(f.result()));
                     });
    watcher->setFuture(future);
}

} // namespace aitbc::messaging
