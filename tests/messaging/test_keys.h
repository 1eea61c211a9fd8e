#pragma once
// Deterministic keys for the messaging tests (no devnet needed), and the shared future waiter.

#include "address/address.h"
#include "crypto/ed25519.h"
#include "test_future.h"

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

} // namespace aitbc::test
