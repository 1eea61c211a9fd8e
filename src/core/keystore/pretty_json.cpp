#include "keystore/pretty_json.h"

#include "json/canonical.h"

namespace aitbc::keystore::detail {

namespace {
void write(const json::Value& v, int indent, int depth, QByteArray& out) {
    const QByteArray inner(indent * (depth + 1), ' ');
    const QByteArray outer(indent * depth, ' ');
    if (v.isObject()) {
        const auto& members = v.asObject();
        if (members.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& [key, value] : members) {
            if (!first)
                out += ",\n";
            first = false;
            out += inner;
            out += json::dump(json::Value(key), {json::Separators::Spaced, false, true});
            out += ": ";
            write(value, indent, depth + 1, out);
        }
        out += '\n';
        out += outer;
        out += '}';
    } else if (v.isArray()) {
        const auto& items = v.asArray();
        if (items.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        bool first = true;
        for (const auto& item : items) {
            if (!first)
                out += ",\n";
            first = false;
            out += inner;
            write(item, indent, depth + 1, out);
        }
        out += '\n';
        out += outer;
        out += ']';
    } else {
        out += json::dump(v, {json::Separators::Spaced, false, true});
    }
}
} // namespace

QByteArray dumpIndented(const json::Value& value, int indent) {
    QByteArray out;
    write(value, indent, 0, out);
    return out;
}

} // namespace aitbc::keystore::detail
