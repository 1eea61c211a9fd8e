// json::parse under small, fuzzer-chosen bounds (ParseOptions), against a parse under generous ones.
//
// Input: six bytes choosing the bounds (depth, members per object, values, string bytes, integer digits,
// input bytes), then the document. Small bounds let short inputs reach every limit. Properties:
// - a document accepted under the bounds is the very value the generous parse gives (a bound never
//   truncates or alters anything silently), and its tree respects every bound;
// - a syntax error is the same error at the same offset whatever the bounds (bounds only add errors);
// - a bound that is exceeded is reported as that bound (ParseError::limit), its name is in the message,
//   the offset is inside the input, and the output value is left untouched.

#include "fuzz_support.h"

#include "json/canonical.h"
#include "json/parse.h"

#include <algorithm>

using namespace aitbc;

namespace {

struct Measure {
    int depth = 0;
    qsizetype values = 0;
    qsizetype widestObject = 0;
    qsizetype longestString = 0; // UTF-16 units: never more than the bytes it was written with
    qsizetype longestInteger = 0;
};

void measure(const json::Value& v, int depth, Measure& m) {
    m.depth = std::max(m.depth, depth);
    ++m.values;
    switch (v.type()) {
    case json::Value::Type::String:
        m.longestString = std::max(m.longestString, v.toString().size());
        break;
    case json::Value::Type::Integer:
        m.longestInteger = std::max(m.longestInteger, v.integerDigits().size());
        break;
    case json::Value::Type::Array:
        for (const json::Value& item : v.asArray())
            measure(item, depth + 1, m);
        break;
    case json::Value::Type::Object:
        m.widestObject = std::max(m.widestObject, qsizetype(v.asObject().size()));
        for (const json::Value::Member& member : v.asObject()) {
            m.longestString = std::max(m.longestString, member.first.size());
            measure(member.second, depth + 1, m);
        }
        break;
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 6)
        return 0;
    json::ParseOptions bounds;
    bounds.maxDepth = data[0] % 40;
    bounds.maxObjectMembers = data[1] % 40;
    bounds.maxTotalValues = qsizetype(data[2]) * 4;
    bounds.maxStringBytes = qsizetype(data[3]) * 2;
    bounds.maxIntegerDigits = 1 + data[4] % 40;
    bounds.maxInputBytes = qsizetype(data[5]) * 256;
    const QByteArray doc = fuzz::bytes(data + 6, size - 6);

    // Generous bounds: nothing under -max_len reaches them except depth, kept where the stack is safe.
    json::ParseOptions generous;
    generous.maxDepth = 1000;
    generous.maxObjectMembers = 1 << 30;
    generous.maxTotalValues = 1 << 30;
    const json::Value sentinel(QStringLiteral("untouched"));

    json::Value bounded = sentinel;
    json::ParseError boundedError;
    const bool boundedOk = json::parse(doc, bounded, &boundedError, bounds);
    json::Value reference;
    json::ParseError referenceError;
    const bool referenceOk = json::parse(doc, reference, &referenceError, generous);

    if (boundedOk) {
        AITBC_FUZZ_CHECK(boundedError.limit == json::ParseLimit::None, doc);
        AITBC_FUZZ_CHECK(referenceOk, doc);
        AITBC_FUZZ_CHECK(bounded == reference, doc);
        AITBC_FUZZ_CHECK(json::dump(bounded, {json::Separators::Compact, false, false}) ==
                             json::dump(reference, {json::Separators::Compact, false, false}),
                         doc);
        Measure m;
        measure(bounded, 0, m);
        AITBC_FUZZ_CHECK(doc.size() <= bounds.maxInputBytes, doc);
        AITBC_FUZZ_CHECK(m.depth <= bounds.maxDepth, doc);
        AITBC_FUZZ_CHECK(m.values <= bounds.maxTotalValues, doc);
        AITBC_FUZZ_CHECK(m.widestObject <= bounds.maxObjectMembers, doc);
        AITBC_FUZZ_CHECK(m.longestString <= bounds.maxStringBytes, doc);
        AITBC_FUZZ_CHECK(m.longestInteger <= bounds.maxIntegerDigits, doc);
        return 0;
    }

    AITBC_FUZZ_CHECK(bounded == sentinel, doc); // a failed parse hands nothing out
    AITBC_FUZZ_CHECK(!boundedError.message.isEmpty(), doc);
    AITBC_FUZZ_CHECK(boundedError.offset >= 0 && boundedError.offset <= doc.size(), doc);
    if (boundedError.limit == json::ParseLimit::None) {
        // A syntax error: the generous parse meets the same one, unless it first ran out of depth.
        AITBC_FUZZ_CHECK(!referenceOk, doc);
        if (referenceError.limit == json::ParseLimit::None) {
            AITBC_FUZZ_CHECK(referenceError.offset == boundedError.offset, doc);
            AITBC_FUZZ_CHECK(referenceError.message == boundedError.message, doc);
        } else {
            AITBC_FUZZ_CHECK(referenceError.limit == json::ParseLimit::Depth, doc);
        }
        return 0;
    }
    // A bound: named in the message, and never reported past a syntax error the generous parse found.
    const QString name = json::parseLimitName(boundedError.limit);
    AITBC_FUZZ_CHECK(!name.isEmpty() && boundedError.message.contains(name), doc);
    if (!referenceOk && referenceError.limit == json::ParseLimit::None)
        AITBC_FUZZ_CHECK(boundedError.offset <= referenceError.offset, doc);
    if (boundedError.limit == json::ParseLimit::InputBytes)
        AITBC_FUZZ_CHECK(doc.size() > bounds.maxInputBytes, doc);
    return 0;
}
