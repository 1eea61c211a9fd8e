#pragma once

#include <QString>

#include <cstddef>

namespace aitbc::json {

/// SipHash-1-3 of a key's UTF-16 text under a random per-process key, as Python hashes str: keys chosen by
/// somebody else cannot be made to collide on purpose, and it costs a few ns per short key (Qt 6.4's
/// seeded qHash takes ~300 ns for a 6-character string, which would dominate parsing many keys).
std::size_t keyHash(const QString& key);

} // namespace aitbc::json
