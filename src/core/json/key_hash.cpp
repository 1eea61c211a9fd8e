#include "json/key_hash.h"

#include <QRandomGenerator>

#include <array>
#include <cstdint>
#include <cstring>

namespace aitbc::json {

namespace {

std::array<std::uint64_t, 2> processKey() {
    static const std::array<std::uint64_t, 2> key = [] {
        std::array<std::uint64_t, 2> k{};
        QRandomGenerator::system()->fillRange(k.data(), k.size());
        return k;
    }();
    return key;
}

constexpr std::uint64_t rotl(std::uint64_t x, int b) {
    return (x << b) | (x >> (64 - b));
}

struct SipState {
    std::uint64_t v0, v1, v2, v3;
    void round() {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }
};

} // namespace

std::size_t keyHash(const QString& key) {
    const auto k = processKey();
    SipState s{k[0] ^ 0x736f6d6570736575ULL, k[1] ^ 0x646f72616e646f6dULL, k[0] ^ 0x6c7967656e657261ULL,
               k[1] ^ 0x7465646279746573ULL};
    const auto* in = reinterpret_cast<const unsigned char*>(key.constData());
    const std::size_t len = std::size_t(key.size()) * sizeof(QChar);
    const std::size_t whole = len & ~std::size_t(7);
    for (std::size_t i = 0; i < whole; i += 8) {
        std::uint64_t m;
        std::memcpy(&m, in + i, 8);
        s.v3 ^= m;
        s.round();
        s.v0 ^= m;
    }
    std::uint64_t last = std::uint64_t(len) << 56;
    for (std::size_t i = 0; i < len - whole; ++i)
        last |= std::uint64_t(in[whole + i]) << (8 * i);
    s.v3 ^= last;
    s.round();
    s.v0 ^= last;
    s.v2 ^= 0xff;
    s.round();
    s.round();
    s.round();
    return std::size_t(s.v0 ^ s.v1 ^ s.v2 ^ s.v3);
}

} // namespace aitbc::json
