#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace aitbc {

/// A value or an error, for operations whose failure the user must see (C++20 has no std::expected).
/// E is an error struct with at least a `message` member.
template <typename T, typename E> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(E error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const E& error() const { return m_error; }

private:
    std::optional<T> m_value;
    E m_error{};
};

} // namespace aitbc
