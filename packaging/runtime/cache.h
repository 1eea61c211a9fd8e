/* The per-version extraction cache: ${XDG_CACHE_HOME:-~/.cache}/aitbc-dashboard/<name>-<hash>/.
 *
 * A version folder only ever appears complete: it is extracted into a private temporary folder and
 * renamed into place, so several copies started at once each extract or reuse, never see half a tree.
 * Every running copy holds a shared flock on <folder>.lock (the descriptor survives exec and is
 * inherited by AppRun and the application), and pruning only removes a version whose lock it can take
 * exclusively, so a version still in use is never deleted under a running program. */
#ifndef AITBC_RUNTIME_CACHE_H
#define AITBC_RUNTIME_CACHE_H

#include <stddef.h>
#include <sys/types.h>

/** What the cache needs to know about the running AppImage. */
typedef struct {
    const char* image;      /**< absolute path of the AppImage file */
    off_t offset;           /**< where the SquashFS payload starts */
    const char* name;       /**< folder name prefix, e.g. "AITBC_Dashboard-0.1.0" */
    const char* family;     /**< prefix shared by all versions, e.g. "AITBC_Dashboard-" */
    const char* digest_hex; /**< 64 hex chars of the payload SHA-256 (stamped at build time) */
} cache_request;

/** Makes sure the version folder exists and is locked shared for the life of this process; writes
 *  its path into appdir. Prunes other, unused versions after a fresh extraction. Returns 0 on
 *  success, -1 after printing the reason. */
int cache_prepare(const cache_request* req, char* appdir, size_t cap);

/** Computes the SHA-256 of everything from offset to the end of image as 64 hex chars. Returns 0 on
 *  success, -1 when the file cannot be read. */
int payload_sha256_hex(const char* image, off_t offset, char hex[65]);

/** Removes a folder tree without following symlinks. Returns 0 on success. */
int remove_tree(const char* path);

#endif
