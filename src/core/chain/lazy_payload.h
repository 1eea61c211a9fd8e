#pragma once

#include "json/value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <concepts>
#include <memory>
#include <optional>
#include <type_traits>

namespace aitbc::chain {

/// A transaction payload that may still be in its stored form (compact JSON text): parsed the first
/// time it is read, once for every copy, safely from any thread. Loading a long conversation from the
/// persisted index thus does not parse thousands of payloads that nobody looks at yet. It reads like a
/// `const json::Value` (implicit conversion, and the lookups callers use); it is assigned like one.
///
/// Stored text that does not parse reads as a null value (a warning is logged), as a chain.db row
/// with an unparseable payload does: such a message then simply carries no structured payload.
class LazyPayload {
public:
    LazyPayload() = default; ///< null
    template <typename T>
    requires(!std::same_as<std::remove_cvref_t<T>, LazyPayload> && std::constructible_from<json::Value, T>)
        LazyPayload(T&& value) // NOLINT(google-explicit-constructor): assigned like the json::Value it holds
        : LazyPayload(json::Value(std::forward<T>(value)), Parsed{}) {}

    /// The value, parsed now if it was not yet.
    const json::Value& value() const;
    operator const json::Value&() const { return value(); } // NOLINT(google-explicit-constructor)

    bool isNull() const { return value().isNull(); }
    bool isObject() const { return value().isObject(); }
    bool isArray() const { return value().isArray(); }
    bool isString() const { return value().isString(); }
    const QString& toString() const { return value().toString(); }
    const json::Value* find(const QString& key) const { return value().find(key); }
    bool contains(const QString& key) const { return value().contains(key); }
    const json::Value& operator[](const QString& key) const { return value()[key]; }
    const json::Value::Object& asObject() const { return value().asObject(); }
    const json::Value::Array& asArray() const { return value().asArray(); }

    bool operator==(const LazyPayload& other) const { return value() == other.value(); }
    bool operator==(const json::Value& other) const { return value() == other; }

    /// The stored JSON text while it has not been parsed (what a save writes back as is, without
    /// parsing and dumping it again); std::nullopt once parsed or when the payload was set as a value.
    std::optional<QByteArrayView> unparsedJson() const;

    /// Payloads of many messages stored in one buffer, each given by its place in it: one allocation
    /// for all of them, and the buffer lives as long as any of their payloads.
    class Batch {
    public:
        Batch(QByteArray buffer, qsizetype count);
        /// The payload at bytes [offset, offset + length) of the buffer (checked by the caller); an
        /// empty range is a null payload. Call at most once per index.
        LazyPayload take(qsizetype index, qsizetype offset, qsizetype length);

    private:
        struct Block;
        std::shared_ptr<Block> m_block;
    };

private:
    struct Slot;
    struct Parsed {};
    LazyPayload(json::Value value, Parsed);
    explicit LazyPayload(std::shared_ptr<const Slot> slot)
        : m_slot(std::move(slot)) {}

    std::shared_ptr<const Slot> m_slot; // null: a null value
};

} // namespace aitbc::chain
