#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace aitbc::json {

/// A JSON value that keeps what Python's json module keeps and QJsonValue loses: the difference between
/// integers and floats (`1` vs `1.0` hash differently, protocol.md §10.5/7), integers of any size, and the
/// order of object members (stored payloads are insertion-ordered, §4.2). Objects with a repeated key keep
/// the first position and the last value, as a Python dict does.
class Value {
public:
    enum class Type { Null, Bool, Integer, Float, String, Array, Object };
    using Array = std::vector<Value>;
    using Member = std::pair<QString, Value>;
    using Object = std::vector<Member>;

    Value() = default; ///< null
    Value(std::nullptr_t) {}
    Value(bool b)
        : m_type(Type::Bool)
        , m_bool(b) {}
    Value(int i)
        : Value(static_cast<qint64>(i)) {}
    Value(qint64 i);
    Value(double d)
        : m_type(Type::Float)
        , m_double(d) {}
    Value(const QString& s)
        : m_type(Type::String)
        , m_string(s) {}
    Value(const char* utf8)
        : Value(QString::fromUtf8(utf8)) {}
    Value(Array a);
    Value(Object o);

    /// An integer given as decimal digits with an optional leading '-'; no validation beyond that.
    static Value integerFromDigits(QByteArray digits);
    static Value array() { return Value(Array{}); }
    static Value object() { return Value(Object{}); }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isFloat() const { return m_type == Type::Float; }
    bool isNumber() const { return isInteger() || isFloat(); }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    /// The integer if it fits in 64 bits; std::nullopt for other types or out-of-range integers.
    std::optional<qint64> toInt64() const;
    /// Decimal digits of an integer ("-12"); empty for other types.
    const QByteArray& integerDigits() const { return m_digits; }
    double toDouble() const;                             ///< floats, and integers converted (may round)
    const QString& toString() const { return m_string; } ///< empty unless a string

    const Array& asArray() const;
    Array& asArray();
    const Object& asObject() const;
    Object& asObject();

    /// Object member lookup; nullptr when absent or when this is not an object.
    const Value* find(const QString& key) const;
    Value* find(const QString& key);
    bool contains(const QString& key) const { return find(key) != nullptr; }
    /// Member value, or a null Value when absent.
    const Value& operator[](const QString& key) const;
    /// Sets a member: replaces the value in place when the key exists, appends otherwise.
    void insert(const QString& key, Value v);
    bool remove(const QString& key);
    void append(Value v); ///< arrays only

    /// Deep equality with Python semantics: 1 == 1.0 is *not* treated as equal here (types differ).
    bool operator==(const Value& other) const;

    /// Lossy conversions for display and for Qt APIs (big integers become doubles).
    QJsonValue toQJson() const;
    static Value fromQJson(const QJsonValue& v);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_double = 0;
    QByteArray m_digits; // integers
    QString m_string;
    std::shared_ptr<Array> m_array;   // copy-on-write
    std::shared_ptr<Object> m_object; // copy-on-write
    void detach();
};

} // namespace aitbc::json
