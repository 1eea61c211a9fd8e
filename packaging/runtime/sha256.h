/* SHA-256 (FIPS 180-4), small and dependency free: the runtime is a static binary and only needs
 * to fingerprint its own payload, so pulling in libcrypto.a would be out of proportion. */
#ifndef AITBC_RUNTIME_SHA256_H
#define AITBC_RUNTIME_SHA256_H

#include <stddef.h>
#include <stdint.h>

/** Incremental hashing state; initialise with sha256_init(). */
typedef struct {
    uint32_t h[8];
    uint64_t total_bytes;
    unsigned char block[64];
    size_t used;
} sha256_ctx;

/** Resets ctx to the initial hash value. */
void sha256_init(sha256_ctx* ctx);
/** Feeds len bytes. */
void sha256_update(sha256_ctx* ctx, const void* data, size_t len);
/** Pads, finishes and writes the 32-byte digest. ctx must be re-initialised before reuse. */
void sha256_final(sha256_ctx* ctx, unsigned char out[32]);
/** Writes the 64 lower-case hex characters of digest plus a NUL to hex. */
void sha256_hex(const unsigned char digest[32], char hex[65]);

#endif
