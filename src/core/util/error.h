#pragma once

#include "util/result.h"

#include <QString>

#include <utility>

namespace aitbc {

/// The error of an operation whose caller only shows or logs why it failed (files, databases, sockets).
/// Modules whose callers branch on the kind of failure keep their own error struct (NodeError, ...).
struct Error {
    QString message;
};

/// Result<T> is Result<T, Error>: this redeclaration adds the default error type to the template.
template <typename T, typename E = Error> class Result;

/// Success or an error, for operations that produce no value: `return {};` or `return Error{why};`.
template <typename E> class Result<void, E> {
public:
    Result() = default;
    Result(E error)
        : m_failed(true)
        , m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

private:
    bool m_failed = false;
    E m_error{};
};

} // namespace aitbc
