#pragma once

#include <QString>

#include <algorithm>

namespace aitbc::sync {

/// What a comparison found at one height for a pair of nodes. The numeric order is the severity order:
/// a bucket of heights drawn as one pixel column takes the worst state it holds (worseOf).
enum class BlockState : quint8 {
    NotScanned = 0,          ///< not compared yet, or neither node has the height
    Equal = 1,               ///< same hash, and both nodes hold every transaction their block counts
    MissingTransactions = 2, ///< same hash, but a node's block counts more transactions than it holds (§7.1)
    MissingBlock = 3,        ///< one node has the height and the other does not
    HashDiffers = 4,         ///< both have the height with different hashes: the chains forked
};

inline BlockState worseOf(BlockState a, BlockState b) {
    return std::max(a, b);
}

/// Stable lower-case name for JSON and logs ("equal", "hash_differs", ...).
QString blockStateName(BlockState state);

} // namespace aitbc::sync
