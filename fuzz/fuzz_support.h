#pragma once

// Small helpers shared by the libFuzzer targets.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace aitbc::fuzz {

/// The fuzzer's bytes as a QByteArray (a deep copy: the input buffer belongs to libFuzzer).
inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// Splits the input at the first NUL byte: `first` before it, `second` after it (empty when absent).
/// Lets one input carry two independent strings (e.g. a payload column and its tx_metadata).
inline void splitAtNul(const QByteArray& in, QByteArray& first, QByteArray& second) {
    const qsizetype nul = in.indexOf('\0');
    first = nul < 0 ? in : in.left(nul);
    second = nul < 0 ? QByteArray() : in.mid(nul + 1);
}

/// A property of the code under test does not hold: abort so libFuzzer records the input as a finding.
[[noreturn]] inline void violated(const char* what, const QByteArray& detail = {}) {
    std::fprintf(stderr, "FUZZ PROPERTY VIOLATED: %s\n%s\n", what, detail.left(2000).constData());
    std::abort();
}

} // namespace aitbc::fuzz

#define AITBC_FUZZ_CHECK(cond, detail)                                                                       \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::aitbc::fuzz::violated(#cond, (detail));                                                        \
    } while (false)
