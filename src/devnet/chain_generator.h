#pragma once

#include "util/error.h"

#include <QString>

namespace aitbc::devnet {

/// What `aitbc-devnet generate` makes: a synthetic chain.db in the real REF schema for benchmarks and
/// sync tools. Blocks 1..blocks carry the transactions evenly (one per sender per block, as REF allows),
/// CLI-style message envelopes, node transaction hashes (§1.6) and block hashes (§7.4) computed properly.
struct GenerateOptions {
    QString outPath;
    QString chainId = QStringLiteral("ait-mainnet");
    qint64 blocks = 1000;
    qint64 transactions = 10000;
    int addresses = 100;
    quint64 seed = 1;
    qint64 initialBalance = 1'000'000'000;
};

struct GeneratedChain {
    qint64 blocks = 0; ///< including genesis
    qint64 transactions = 0;
    double seconds = 0;
};

/// Writes the chain. Refuses to overwrite an existing file. Fast path: one SQL transaction, prepared
/// statements, journal off while writing; the finished file is switched to WAL like a node's.
/// Generated blocks have a NULL state_root (allowed by the schema, §4.2): a per-block root over every
/// account would dominate the run time.
Result<GeneratedChain> generateChain(const GenerateOptions& options);

} // namespace aitbc::devnet
