#include "crypto/hkdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace aitbc::crypto {

SecureBytes hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length) {
    if (length < 1 || length > 255 * 32)
        return {};
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                          &EVP_KDF_free);
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()),
                                                                  &EVP_KDF_CTX_free);
    if (!ctx)
        return {};
    // OSSL_PARAM wants non-const pointers although it only reads them; an empty octet string needs a
    // valid pointer, hence the one-byte dummy.
    static unsigned char empty = 0;
    auto octets = [](QByteArrayView v) {
        return v.isEmpty() ? static_cast<void*>(&empty) : const_cast<char*>(v.data());
    };
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, octets(ikm), std::size_t(ikm.size()));
    if (!salt.isEmpty())
        params[n++] =
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, octets(salt), std::size_t(salt.size()));
    params[n++] =
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, octets(info), std::size_t(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    SecureBytes out{std::size_t(length)};
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return {};
    return out;
}

} // namespace aitbc::crypto
