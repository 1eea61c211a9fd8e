#include "devnet/signature_check.h"

#include "json/canonical.h"

#include <openssl/evp.h>

#include <memory>

namespace aitbc::devnet {

namespace {
bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature) {
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.constData()), 32),
        &EVP_PKEY_free);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), 64,
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

QByteArray hexBytes(const json::Value& v) {
    if (!v.isString())
        return {};
    const QByteArray text = v.toString().toLatin1();
    for (char c : text)
        if (!isxdigit(static_cast<unsigned char>(c)))
            return {};
    return QByteArray::fromHex(text);
}
} // namespace

bool clientSignatureValid(const json::Value& body, bool* checked) {
    if (checked)
        *checked = false;
    const json::Value* pub = body.find(QStringLiteral("public_key"));
    if (!body.isObject() || !pub)
        return true;
    if (checked)
        *checked = true;
    const json::Value* sig = body.find(QStringLiteral("signature"));
    if (!sig || sig->isNull())
        sig = body.find(QStringLiteral("sig"));
    if (!sig)
        return false;
    json::Value signedObject = body;
    signedObject.remove(QStringLiteral("signature"));
    signedObject.remove(QStringLiteral("sig"));
    signedObject.remove(QStringLiteral("public_key"));
    return ed25519Verify(hexBytes(*pub), json::dumpSigned(signedObject), hexBytes(*sig));
}

} // namespace aitbc::devnet
