// Canonical JSON reader/writer round trip (protocol.md §1.4/§1.6: what clients sign and what nodes hash).
//
// For any input the parser accepts, the canonical writers must produce text that the parser accepts
// again, giving the same value, and writing that value again must give the same bytes (a signature or a
// node hash computed twice over the same transaction cannot differ). Non-finite floats are excluded from
// the re-read check: Python writes them as NaN/Infinity, which the strict reader refuses by design.

#include "fuzz_support.h"

#include "json/canonical.h"
#include "json/parse.h"

#include <cmath>

using namespace aitbc;

namespace {

bool allFinite(const json::Value& v) {
    switch (v.type()) {
    case json::Value::Type::Float:
        return std::isfinite(v.toDouble());
    case json::Value::Type::Array:
        for (const json::Value& item : v.asArray())
            if (!allFinite(item))
                return false;
        return true;
    case json::Value::Type::Object:
        for (const json::Value::Member& m : v.asObject())
            if (!allFinite(m.second))
                return false;
        return true;
    default:
        return true;
    }
}

void checkRoundTrip(const json::Value& value, const json::DumpOptions& options) {
    const QByteArray text = json::dump(value, options);
    json::Value again;
    json::ParseError error;
    AITBC_FUZZ_CHECK(json::parse(text, again, &error), text);
    AITBC_FUZZ_CHECK(json::dump(again, options) == text, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    json::Value value;
    json::ParseError error;
    if (!json::parse(input, value, &error)) {
        AITBC_FUZZ_CHECK(error.offset >= 0 && error.offset <= input.size(), input);
        AITBC_FUZZ_CHECK(!error.message.isEmpty(), input);
        return 0;
    }
    // The writers must accept every parsed value, finite or not.
    const QByteArray signedText = json::dumpSigned(value);
    const QByteArray compactText = json::dumpCompact(value);
    const QByteArray unsortedUtf8 = json::dump(value, {json::Separators::Compact, false, false});
    AITBC_FUZZ_CHECK(!signedText.isEmpty() && !compactText.isEmpty() && !unsortedUtf8.isEmpty(), input);
    if (!allFinite(value))
        return 0;
    checkRoundTrip(value, {json::Separators::Spaced, true, true});
    checkRoundTrip(value, {json::Separators::Compact, true, true});
    // Unsorted output keeps member order, so it must reproduce the parsed value exactly.
    json::Value again;
    if (json::parse(json::dump(value, {json::Separators::Compact, false, true}), again))
        AITBC_FUZZ_CHECK(again == value, input);
    else
        fuzz::violated("unsorted ASCII output does not parse", input);
    return 0;
}
