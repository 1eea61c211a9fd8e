#pragma once
// Deterministic keys and a future waiter for the messaging tests (no devnet needed).

#include "address/address.h"
#include "crypto/ed25519.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <memory>

namespace aitbc::test {

/// A deterministic Ed25519 key from a one-byte seed pattern, with its CLI-style address (§2.1).
struct TestKey {
    std::unique_ptr<crypto::Ed25519Key> key;
    QString address;
};

inline TestKey makeKey(char fill, address::Style style = address::Style::Cli) {
    TestKey k;
    k.key = std::make_unique<crypto::Ed25519Key>(crypto::Ed25519Key::fromSeed(QByteArray(32, fill)).value());
    k.address = address::derive(style, k.key->publicKey());
    return k;
}

/// Waits for a future while the event loop runs (no timed assertion: QtTest's own timeout applies).
template <typename T> T waitFor(QFuture<T> f) {
    if (!f.isFinished()) {
        QFutureWatcher<T> w;
        QEventLoop loop;
        QObject::connect(&w, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        w.setFuture(f);
        if (!f.isFinished())
            loop.exec();
    }
    return f.result();
}

} // namespace aitbc::test
