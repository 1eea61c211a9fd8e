// POST /rpc/transaction bodies as a REF node validates them (protocol.md §1.2, §1.6): the dashboard runs
// the same validation to predict the node's transaction hash and to explain a 422 before sending.
//
// Properties: a rejected body always comes with at least one pydantic-style error that serialises; an
// accepted one normalises to an object (or a clear admission error) whose hash is "0x" + 64 hex digits,
// and the convenience predictNodeHash() agrees with the step-by-step result.

#include "fuzz_support.h"

#include "protocol/ref_request.h"
#include "json/canonical.h"
#include "json/parse.h"

using namespace aitbc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    json::Value body;
    if (!json::parse(input, body))
        return 0;
    static const QString kChain = QStringLiteral("ait-mainnet");

    QList<protocol::ValidationError> errors;
    const auto request = protocol::parseRefRequest(body, &errors);
    const auto predicted = protocol::predictNodeHash(body, kChain);
    if (!request) {
        AITBC_FUZZ_CHECK(!errors.isEmpty(), input);
        for (const protocol::ValidationError& e : errors)
            AITBC_FUZZ_CHECK(!json::dumpCompact(e.toJson()).isEmpty(), input);
        AITBC_FUZZ_CHECK(!predicted, input);
        return 0;
    }
    protocol::AdmissionError admission;
    const auto normalized = protocol::normalizeRef(*request, kChain, &admission);
    if (!normalized) {
        AITBC_FUZZ_CHECK(!admission.reason.isEmpty(), input);
        AITBC_FUZZ_CHECK(!predicted, input);
        return 0;
    }
    AITBC_FUZZ_CHECK(normalized->isObject(), input);
    const QString hash = protocol::nodeTransactionHash(*normalized);
    AITBC_FUZZ_CHECK(hash.size() == 66 && hash.startsWith(QLatin1String("0x")), input);
    AITBC_FUZZ_CHECK(predicted && *predicted == hash, input);
    return 0;
}
