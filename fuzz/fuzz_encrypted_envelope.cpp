// Encrypted message members (docs/agent-protocol.md §3) on a stored payload from a hostile chain, read
// with a fixed key. The input is the payload JSON.
//
// Properties: no crash; locked reads (no key) and keyed reads agree on whether the members are
// well-formed; parsed parts re-encode to members that parse to the same parts; the authorship check copes.

#include "fuzz_support.h"

#include "crypto/x25519.h"
#include "messaging/encrypted_envelope.h"
#include "messaging/envelope.h"
#include "json/parse.h"

using namespace aitbc;
using messaging::EncryptionStatus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    json::Value payload;
    if (!json::parse(input, payload))
        return 0;
    static const crypto::X25519Key key =
        std::move(crypto::X25519Key::fromPrivate(QByteArray(32, 'k')).value());
    static const QString kFrom = QStringLiteral("ait1from"), kTo = QStringLiteral("ait1to");
    const auto locked = messaging::decryptStoredMessage(payload, kFrom, kTo, QStringLiteral("c"), nullptr);
    const auto keyed = messaging::decryptStoredMessage(payload, kFrom, kTo, QStringLiteral("c"), &key);
    const bool lockedParsed = locked.status == EncryptionStatus::Locked;
    const bool keyedParsed = keyed.status == EncryptionStatus::NotForThisKey ||
                             keyed.status == EncryptionStatus::Tampered ||
                             keyed.status == EncryptionStatus::Decrypted ||
                             // an ephemeral key of small order parses but cannot be agreed with
                             keyed.status == EncryptionStatus::Malformed;
    if (lockedParsed)
        AITBC_FUZZ_CHECK(keyedParsed, input);
    else
        AITBC_FUZZ_CHECK(keyed.status == locked.status, input);

    if (const json::Value* p = messaging::messagePayloadObject(payload)) {
        EncryptionStatus status = EncryptionStatus::Plain;
        if (auto parts = messaging::parseEncryptedMembers(*p, &status)) {
            json::Value again = json::Value::object();
            messaging::insertEncryptedMembers(again, *parts);
            auto reparsed = messaging::parseEncryptedMembers(again, &status);
            AITBC_FUZZ_CHECK(reparsed && reparsed->ciphertext == parts->ciphertext &&
                                 reparsed->keyForRecipient == parts->keyForRecipient,
                             input);
        }
    }
    (void)messaging::checkAuthorship(payload, kFrom, kTo, QString::fromLatin1(messaging::kEncryptedMarker),
                                     QStringLiteral("c"));
    return 0;
}
