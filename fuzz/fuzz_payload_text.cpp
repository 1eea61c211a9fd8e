// Message text extraction from a stored transaction.payload column (protocol.md §4.3), whatever program
// wrote the row. The input is the payload column text, optionally followed by a NUL byte and the
// tx_metadata column text.
//
// Properties: no crash; a found text names the field it came from; the raw-text and parsed-value entry
// points agree; `structured` is exactly looksStructured(text).

#include "fuzz_support.h"

#include "chain/payload_text.h"
#include "json/parse.h"

using namespace aitbc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray payloadColumn, metadataColumn;
    fuzz::splitAtNul(fuzz::bytes(data, size), payloadColumn, metadataColumn);
    const QString metadata = QString::fromUtf8(metadataColumn);

    const auto fromText = chain::extractPayloadText(payloadColumn, metadata);
    if (fromText) {
        static const QStringList kFields = {QStringLiteral("message"), QStringLiteral("payload"),
                                            QStringLiteral("content"), QStringLiteral("tx_metadata")};
        AITBC_FUZZ_CHECK(kFields.contains(fromText->field), payloadColumn);
        AITBC_FUZZ_CHECK(fromText->structured == chain::looksStructured(fromText->text), payloadColumn);
    }
    json::Value parsed;
    if (json::parse(payloadColumn, parsed)) {
        const auto fromValue = chain::extractPayloadText(parsed, metadata);
        AITBC_FUZZ_CHECK(fromValue.has_value() == fromText.has_value(),
                         payloadColumn + '\0' + metadataColumn);
        if (fromValue)
            AITBC_FUZZ_CHECK(fromValue->text == fromText->text && fromValue->field == fromText->field,
                             payloadColumn + '\0' + metadataColumn);
    }
    return 0;
}
