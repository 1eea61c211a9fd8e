#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace aitbc::util {

/// The project's one way to continue after a QFuture: calls `fn(result)` on `context`'s thread when
/// `future` finishes, and never after `context` was destroyed (the watcher is a child of the context).
/// A cancelled or result-less future calls `fn(std::nullopt)`, so the caller always hears back.
///
/// Used instead of QFuture::then(context, ...), whose continuation Qt 6.4 sometimes never ran under load:
/// a lost continuation froze whatever waited for it (a node's status, an unlock dialog).
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

/// whenFinished for a continuation that produces a value for the caller: the returned future gets
/// `fn(result)`, computed on `context`'s thread, or `onCancel()` when `future` ends without a result
/// (cancelled, or `context` destroyed first: then the returned future is cancelled).
template <typename T, typename F, typename C>
auto thenOn(QObject* context, QFuture<T> future, F&& fn, C&& onCancel)
    -> QFuture<std::invoke_result_t<F, T>> {
    using R = std::invoke_result_t<F, T>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> result = promise->future();
    promise->start();
    // The watcher dies with `context`; the promise must still end so nobody waits forever.
    auto onDestroyed = std::make_shared<QMetaObject::Connection>();
    *onDestroyed = QObject::connect(context, &QObject::destroyed, [promise] {
        if (!promise->future().isFinished()) {
            promise->future().cancel();
            promise->finish();
        }
    });
    whenFinished(context, std::move(future),
                 [promise, onDestroyed, fn = std::forward<F>(fn),
                  onCancel = std::forward<C>(onCancel)](std::optional<T> value) mutable {
                     QObject::disconnect(*onDestroyed);
                     promise->addResult(value ? fn(std::move(*value)) : onCancel());
                     promise->finish();
                 });
    return result;
}

} // namespace aitbc::util
