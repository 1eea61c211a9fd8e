/* AITBC Dashboard AppImage runtime (type 2).
 *
 * The AppImage is this static ELF followed directly by a SquashFS image of the AppDir. Bytes 8..10 of
 * the file are 'A' 'I' 0x02 (stamped when the AppImage is assembled) so tools recognise the type.
 * Instead of mounting the payload with FUSE (not available in containers, sandboxed services or CI),
 * the runtime extracts it once per version into the user's cache folder and then only execs AppRun:
 * later starts cost a stat and a lock, nothing more. */
#define _GNU_SOURCE
#include "cache.h"
#include "elf_payload.h"
#include "extract.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef AITBC_APPIMAGE_NAME
#define AITBC_APPIMAGE_NAME "AITBC_Dashboard"
#endif
#ifndef AITBC_VERSION
#define AITBC_VERSION "0.0.0"
#endif

/* Reserved sections of the type-2 format. They are filled (or left empty) after the build by update
 * and signing tools, so they must exist with these sizes; `used` keeps them in the binary. */
__attribute__((section(".upd_info"), used)) static const char update_information[1024] = "";
__attribute__((section(".sha256_sig"), used)) static const char sha256_signature[1024] = "";
__attribute__((section(".sig_key"), used)) static const char signature_key[8192] = "";
/* Our own: the payload's SHA-256 in hex, stamped by the assembly script. It names the cache folder
 * and is checked before the first extraction, so a damaged download fails loudly. */
__attribute__((section(".aitbc_digest"), used)) static const char payload_digest[65] = "";

static void print_help(const char* argv0) {
    printf("AITBC Dashboard %s (AppImage)\n\n"
           "Usage: %s [aitbc-agent|aitbc-devnet] [ARGS...]\n"
           "  With no tool name the dashboard starts. A symlink to this file named aitbc-agent or\n"
           "  aitbc-devnet starts that tool directly.\n\n"
           "Runtime options (only as the first argument):\n"
           "  --appimage-extract [PATH]      extract the contents (or only PATH) into ./squashfs-root\n"
           "  --appimage-offset              print the byte offset of the SquashFS payload\n"
           "  --appimage-version             print the runtime version\n"
           "  --appimage-updateinformation   print the embedded update information\n"
           "  --appimage-help                show this help\n\n"
           "On first start the payload is extracted once to\n"
           "${XDG_CACHE_HOME:-~/.cache}/aitbc-dashboard/<name>-<hash>/; older versions are removed there.\n",
           AITBC_VERSION, argv0);
}

static int open_self(char* path, size_t cap) {
    ssize_t n = readlink("/proc/self/exe", path, cap - 1);
    if (n <= 0 || (size_t)n >= cap - 1) {
        fprintf(stderr, "runtime: cannot find my own file via /proc/self/exe\n");
        return -1;
    }
    path[n] = '\0';
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fprintf(stderr, "runtime: cannot read %s: %s\n", path, strerror(errno));
    return fd;
}

static int run_option(const char* option, int argc, char** argv, const char* self, int fd, off_t offset) {
    if (strcmp(option, "--appimage-help") == 0) {
        print_help(argv[0]);
        return 0;
    }
    if (strcmp(option, "--appimage-version") == 0) {
        printf("AITBC AppImage runtime %s (type 2, extract-and-run)\n", AITBC_VERSION);
        return 0;
    }
    if (strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (strcmp(option, "--appimage-updateinformation") == 0) {
        char info[sizeof update_information + 1];
        if (elf_read_section_string(fd, ".upd_info", info, sizeof info) != 0)
            return 1;
        printf("%s\n", info);
        return 0;
    }
    if (strcmp(option, "--appimage-extract") == 0) {
        const char* prefix = argc > 2 ? argv[2] : NULL;
        if (extract_payload(self, offset, "squashfs-root", prefix) != 0)
            return 1;
        printf("squashfs-root\n");
        return 0;
    }
    fprintf(stderr, "runtime: unknown option %s (see --appimage-help)\n", option);
    return 1;
}

static const char* digest_of(int fd, const char* self, off_t offset, char hex[65]) {
    if (elf_read_section_string(fd, ".aitbc_digest", hex, 65) == 0 && strlen(hex) == 64)
        return hex;
    /* not stamped (a bare runtime glued by hand): hash the payload on every start instead */
    return payload_sha256_hex(self, offset, hex) == 0 ? hex : NULL;
}

int main(int argc, char** argv) {
    char self[PATH_MAX];
    int fd = open_self(self, sizeof self);
    if (fd < 0)
        return 1;
    off_t offset = elf_payload_offset(fd);
    if (offset < 0)
        return 1;
    if (argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0)
        return run_option(argv[1], argc, argv, self, fd, offset);

    char hex[65];
    if (!digest_of(fd, self, offset, hex)) {
        fprintf(stderr, "runtime: cannot read the payload of %s\n", self);
        return 1;
    }
    close(fd);
    char appdir[PATH_MAX], apprun[PATH_MAX + 8], owd[PATH_MAX];
    cache_request req = {self, offset, AITBC_APPIMAGE_NAME "-" AITBC_VERSION, AITBC_APPIMAGE_NAME "-", hex};
    if (cache_prepare(&req, appdir, sizeof appdir) != 0)
        return 1;
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    setenv("APPIMAGE", self, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv[0], 1);
    if (getcwd(owd, sizeof owd))
        setenv("OWD", owd, 1);
    argv[0] = apprun;
    execv(apprun, argv);
    fprintf(stderr, "runtime: cannot start %s: %s\n", apprun, strerror(errno));
    return 1;
}
