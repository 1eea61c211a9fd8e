// Keystore files (protocol.md §3.2/§3.3): a file the user picks, or one another program wrote.
//
// inspect() must classify any bytes without crashing and agree with unlock() about structural errors.
// unlock() derives a key with PBKDF2 for as many iterations as the file asks; to keep the fuzzer fast it
// is only called for files asking for a handful (the corpus has such copies of every layout), which still
// reaches every decoding, length and tag check. Fernet files are fixed at 100000 rounds (§3.3) and are
// therefore inspected only.

#include "fuzz_support.h"

#include "keystore/keystore.h"

using namespace aitbc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray file = fuzz::bytes(data, size);
    const auto info = keystore::inspect(file);
    if (!info.ok()) {
        AITBC_FUZZ_CHECK(!info.error().message.isEmpty(), file);
        AITBC_FUZZ_CHECK(!keystore::errorKindName(info.error().kind).isEmpty(), file);
        return 0;
    }
    AITBC_FUZZ_CHECK(info->iterations >= 1 && info->iterations <= keystore::kMaxIterations, file);
    AITBC_FUZZ_CHECK(!keystore::layoutName(info->layout).isEmpty(), file);
    if (info->layout == keystore::Layout::Fernet || info->iterations > 16)
        return 0;
    static const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");
    const auto key = keystore::unlock(file, kPassword);
    if (key.ok()) {
        AITBC_FUZZ_CHECK(key->seed.size() == 32, file);
        AITBC_FUZZ_CHECK(key->publicKey.size() == 32, file);
    } else {
        // A file inspect() accepted can only fail to open for reasons found after decryption starts.
        const keystore::ErrorKind kind = key.error().kind;
        AITBC_FUZZ_CHECK(
            kind == keystore::ErrorKind::WrongPassword || kind == keystore::ErrorKind::WrongSeedLength ||
                kind == keystore::ErrorKind::TruncatedCiphertext ||
                kind == keystore::ErrorKind::BadEncoding || kind == keystore::ErrorKind::Internal,
            file + "\n" + key.error().message.toUtf8());
    }
    return 0;
}
