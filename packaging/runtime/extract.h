/* Writing the SquashFS payload (read with libsquashfuse, no FUSE mount) into a directory. */
#ifndef AITBC_RUNTIME_EXTRACT_H
#define AITBC_RUNTIME_EXTRACT_H

#include <sys/types.h>

/** Extracts the SquashFS image found at offset inside file image into dest (created if missing;
 *  existing files are replaced). When prefix is non-NULL only paths equal to it or below it are
 *  written. Directories, regular files (mode and mtime kept) and symlinks are supported; device
 *  nodes, fifos and sockets are skipped. Returns 0 on success, -1 after printing the reason. */
int extract_payload(const char* image, off_t offset, const char* dest, const char* prefix);

#endif
