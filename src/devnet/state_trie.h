#pragma once

#include "devnet/chain_store.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace aitbc::devnet {

/// One key/value pair of a state trie, both raw bytes.
using TrieEntry = std::pair<QByteArray, QByteArray>;

/// Root hash (32 raw bytes) of REF's Merkle-Patricia state trie over `entries` (protocol.md §7.3,
/// `state/merkle_patricia_trie.py`). Keys are split into 4-bit nibbles, high nibble first; the trie is the
/// canonical compressed one (leaf, extension, 16-way branch), so the root depends only on the set of
/// pairs, not on their order. Each node is hashed with sha256 over its encoding:
///   leaf       `L` ‖ path ‖ value
///   extension  `E` ‖ path ‖ sha256(child)
///   branch     `B` ‖ 16 × (`\x00` | `\x01` ‖ sha256(child)) ‖ (`\x00` | `\x01` ‖ value)
/// where path = u32 big-endian nibble count ‖ one byte per nibble, and value = u64 big-endian length ‖ bytes.
/// An empty trie's root is 32 zero bytes. With duplicate keys the last value counts.
/// Cost: O(total key length) time; no recursion, so hostile keys (long, deeply nested) cannot exhaust the
/// stack.
QByteArray merklePatriciaRoot(std::vector<TrieEntry> entries);

/// REF's state root of an account state: `0x` + hex of merklePatriciaRoot over (UTF-8 address,
/// "balance:nonce") for every account, zero balances included. The genesis allocations of
/// tests/data/real-chain give 0x189b81…c24a, as the real node stores in its genesis block.
QString accountStateRoot(const AccountState& state);

} // namespace aitbc::devnet
