// Agent card verification (docs/agent-protocol.md §2) on a stored payload from a hostile chain. The input
// is the payload JSON.
//
// Properties: no crash; a valid card is bound to the transaction's sender and recipient and keeps every
// documented bound; the check is deterministic.

#include "fuzz_support.h"

#include "messaging/agent_card.h"
#include "json/parse.h"

using namespace aitbc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    json::Value payload;
    if (!json::parse(input, payload))
        return 0;
    static const QString kSender = QStringLiteral("ait1fuzzsender");
    const auto check = messaging::checkCard(payload, kSender, kSender, QStringLiteral("ait-devnet"), 1);
    if (check.valid()) {
        AITBC_FUZZ_CHECK(check.card.address == kSender, input);
        AITBC_FUZZ_CHECK(messaging::cardProblem(check.card).isEmpty(), input);
    }
    const auto again = messaging::checkCard(payload, kSender, kSender, QStringLiteral("ait-devnet"), 1);
    AITBC_FUZZ_CHECK(again.status == check.status, input);
    return 0;
}
