// Signed transaction bodies in both formats: REF (§1.2/§1.4) and legacy (§1.1), as they arrive from a
// node's mempool, a file or another client. verify() rebuilds the signed object, re-serialises it the
// canonical way and checks the Ed25519 signature; none of that may crash on hostile shapes.
//
// Property: "valid" is only reported for a body that carries a public key and a signature; a body whose
// signature is altered in one hex digit is never valid.

#include "fuzz_support.h"

#include "tx/transaction.h"
#include "json/parse.h"

using namespace aitbc;

namespace {

/// The body with the first hex digit of its `signature`/`sig` flipped (to another hex digit).
json::Value withFlippedSignature(json::Value body) {
    for (const QString& key : {QStringLiteral("signature"), QStringLiteral("sig")}) {
        json::Value* sig = body.find(key);
        if (!sig || !sig->isString() || sig->toString().isEmpty())
            continue;
        QString text = sig->toString();
        text[0] = text[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        *sig = json::Value(text);
    }
    return body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    json::Value body;
    if (!json::parse(input, body))
        return 0;
    const tx::Verification result = tx::verify(body);
    AITBC_FUZZ_CHECK(!tx::verificationName(result).isEmpty(), input);
    if (result != tx::Verification::Valid)
        return 0;
    AITBC_FUZZ_CHECK(body[QStringLiteral("public_key")].isString(), input);
    AITBC_FUZZ_CHECK(tx::verify(withFlippedSignature(body)) != tx::Verification::Valid, input);
    return 0;
}
