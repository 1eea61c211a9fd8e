#include "json/value.h"

#include "json/key_hash.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace aitbc::json {

namespace {
const Value kNull;
const Value::Array kEmptyArray;
const Value::Object kEmptyObject;
} // namespace

Value::Value(qint64 i)
    : m_type(Type::Integer)
    , m_digits(QByteArray::number(i)) {}

Value::Value(Array a)
    : m_type(Type::Array)
    , m_array(std::make_shared<Array>(std::move(a))) {}

Value::Value(Object o)
    : m_type(Type::Object)
    , m_object(std::make_shared<Object>(std::move(o))) {}

Value Value::integerFromDigits(QByteArray digits) {
    Value v;
    v.m_type = Type::Integer;
    v.m_digits = std::move(digits);
    return v;
}

std::optional<qint64> Value::toInt64() const {
    if (m_type != Type::Integer)
        return std::nullopt;
    qint64 out = 0;
    const char* begin = m_digits.constData();
    const char* end = begin + m_digits.size();
    auto [ptr, ec] = std::from_chars(begin, end, out);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return out;
}

double Value::toDouble() const {
    if (m_type == Type::Float)
        return m_double;
    if (m_type == Type::Integer)
        return m_digits.toDouble();
    return 0;
}

const Value::Array& Value::asArray() const {
    return m_array ? *m_array : kEmptyArray;
}

Value::Array& Value::asArray() {
    Q_ASSERT(m_type == Type::Array);
    detach();
    return *m_array;
}

const Value::Object& Value::asObject() const {
    return m_object ? *m_object : kEmptyObject;
}

Value::Object& Value::asObject() {
    Q_ASSERT(m_type == Type::Object);
    detach();
    return *m_object;
}

void Value::detach() {
    if (m_array && m_array.use_count() > 1)
        m_array = std::make_shared<Array>(*m_array);
    if (m_object && m_object.use_count() > 1)
        m_object = std::make_shared<Object>(*m_object);
}

const Value* Value::find(const QString& key) const {
    if (m_type != Type::Object)
        return nullptr;
    for (const auto& [k, v] : *m_object)
        if (k == key)
            return &v;
    return nullptr;
}

Value* Value::find(const QString& key) {
    if (m_type != Type::Object)
        return nullptr;
    detach();
    for (auto& [k, v] : *m_object)
        if (k == key)
            return &v;
    return nullptr;
}

const Value& Value::operator[](const QString& key) const {
    const Value* v = find(key);
    return v ? *v : kNull;
}

void Value::insert(const QString& key, Value v) {
    Q_ASSERT(m_type == Type::Object);
    if (Value* existing = find(key)) {
        *existing = std::move(v);
        return;
    }
    asObject().emplace_back(key, std::move(v));
}

bool Value::remove(const QString& key) {
    if (m_type != Type::Object)
        return false;
    auto& obj = asObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it->first == key) {
            obj.erase(it);
            return true;
        }
    }
    return false;
}

void Value::append(Value v) {
    Q_ASSERT(m_type == Type::Array);
    asArray().push_back(std::move(v));
}

bool Value::operator==(const Value& other) const {
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Integer:
        return m_digits == other.m_digits;
    case Type::Float:
        return m_double == other.m_double;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return asArray() == other.asArray();
    case Type::Object: {
        // Member order has no meaning for equality (a dict compares as a set of items).
        const auto& a = asObject();
        const auto& b = other.asObject();
        if (a.size() != b.size())
            return false;
        if (a.size() <= 8) {
            for (const auto& [k, v] : a) {
                const Value* ov = other.find(k);
                if (!ov || !(*ov == v))
                    return false;
            }
            return true;
        }
        // Big objects (a hostile payload may have 100 000 keys) compare through a hash: linear, not
        // quadratic. A hand-built object may repeat a key: the first one counts, as in find().
        struct Hash {
            size_t operator()(const QString& s) const { return keyHash(s); }
        };
        std::unordered_map<QString, const Value*, Hash> byKey;
        byKey.reserve(b.size());
        for (const auto& [k, v] : b)
            byKey.try_emplace(k, &v);
        for (const auto& [k, v] : a) {
            const auto it = byKey.find(k);
            if (it == byKey.end() || !(*it->second == v))
                return false;
        }
        return true;
    }
    }
    return false;
}

QJsonValue Value::toQJson() const {
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Integer: {
        if (auto i = toInt64())
            return *i;
        return toDouble();
    }
    case Type::Float:
        return m_double;
    case Type::String:
        return m_string;
    case Type::Array: {
        QJsonArray a;
        for (const auto& v : asArray())
            a.append(v.toQJson());
        return a;
    }
    case Type::Object: {
        // QJsonObject keeps its keys sorted and inserts by shifting the ones after: handing it the keys in
        // its own order makes every insert an append (linear), instead of O(n^2) for 100 000 keys.
        std::vector<const Member*> sorted;
        sorted.reserve(asObject().size());
        for (const Member& m : asObject())
            sorted.push_back(&m);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Member* a, const Member* b) { return a->first < b->first; });
        QJsonObject o;
        for (const Member* m : sorted)
            o.insert(m->first, m->second.toQJson());
        return o;
    }
    }
    return {};
}

Value Value::fromQJson(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        // QJsonValue keeps integers that fit in 64 bits as integers internally.
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int ||
            var.typeId() == QMetaType::ULongLong)
            return Value(var.toLongLong());
        return v.toDouble();
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        Array a;
        for (const auto& item : v.toArray())
            a.push_back(fromQJson(item));
        return Value(std::move(a));
    }
    case QJsonValue::Object: {
        Object o;
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.emplace_back(it.key(), fromQJson(it.value()));
        return Value(std::move(o));
    }
    }
    return {};
}

} // namespace aitbc::json
