#define _GNU_SOURCE
#include "cache.h"

#include "extract.h"
#include "sha256.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* A temporary extraction folder older than this belongs to a copy that died mid-extraction. */
enum { stale_extract_seconds = 3600 };

int payload_sha256_hex(const char* image, off_t offset, char hex[65]) {
    int fd = open(image, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    enum { buf_size = 1 << 20 };
    unsigned char* buf = malloc(buf_size);
    sha256_ctx ctx;
    sha256_init(&ctx);
    int rc = buf ? 0 : -1;
    for (off_t at = offset; rc == 0;) {
        ssize_t n = pread(fd, buf, buf_size, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            rc = -1;
        if (n <= 0)
            break;
        sha256_update(&ctx, buf, (size_t)n);
        at += n;
    }
    free(buf);
    close(fd);
    unsigned char digest[32];
    sha256_final(&ctx, digest);
    sha256_hex(digest, hex);
    return rc;
}

static int remove_one(const char* path, const struct stat* st, int type, struct FTW* ftw) {
    (void)st;
    (void)type;
    (void)ftw;
    return remove(path) == 0 || errno == ENOENT ? 0 : -1;
}

int remove_tree(const char* path) {
    return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static int mkdir_p(char* path, mode_t mode) {
    for (char* p = path + 1; *p; ++p) {
        if (*p != '/')
            continue;
        *p = '\0';
        int rc = mkdir(path, mode);
        *p = '/';
        if (rc != 0 && errno != EEXIST)
            return -1;
    }
    return mkdir(path, mode) == 0 || errno == EEXIST ? 0 : -1;
}

static int cache_base(char* out, size_t cap) {
    const char* xdg = getenv("XDG_CACHE_HOME");
    int n;
    if (xdg && xdg[0] == '/') {
        n = snprintf(out, cap, "%s/aitbc-dashboard", xdg);
    } else {
        /* no getpwuid() fallback: NSS lookups do not work from a static binary */
        const char* home = getenv("HOME");
        if (!home || home[0] != '/') {
            fprintf(stderr, "runtime: neither XDG_CACHE_HOME nor HOME is set\n");
            return -1;
        }
        n = snprintf(out, cap, "%s/.cache/aitbc-dashboard", home);
    }
    if (n < 0 || (size_t)n >= cap || mkdir_p(out, 0700) != 0) {
        fprintf(stderr, "runtime: cannot create the cache folder %s: %s\n", out, strerror(errno));
        fprintf(stderr, "runtime: set XDG_CACHE_HOME to a writable folder, or use --appimage-extract\n");
        return -1;
    }
    return 0;
}

/* Takes a shared lock on lock_path and keeps the descriptor open without FD_CLOEXEC: it is handed
 * through exec to AppRun and the application, so the version counts as in use while any of them runs.
 * A pruner may delete and unlink the lock file while we wait; then the lock we got is on a dead inode
 * and we start over on the new file. */
static int lock_shared(const char* lock_path) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        int fd = open(lock_path, O_RDWR | O_CREAT, 0600);
        if (fd < 0)
            return -1;
        struct stat held, current;
        if (flock(fd, LOCK_SH) == 0 && fstat(fd, &held) == 0 && stat(lock_path, &current) == 0 &&
            held.st_dev == current.st_dev && held.st_ino == current.st_ino)
            return fd;
        close(fd);
    }
    return -1;
}

static int has_suffix(const char* s, const char* suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Deletes other versions of the same family that no running copy holds, plus leftovers of copies
 * that died during extraction or removal. Failures only cost disk space, so they are ignored. */
static void prune_versions(const char* base, const char* family, const char* keep) {
    DIR* dir = opendir(base);
    if (!dir)
        return;
    unsigned counter = 0;
    struct dirent* e;
    while ((e = readdir(dir)) != NULL) {
        char path[PATH_MAX], lock_path[PATH_MAX + 8], trash[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", base, e->d_name) >= (int)sizeof path)
            continue;
        if (strncmp(e->d_name, ".trash-", 7) == 0) {
            remove_tree(path);
            continue;
        }
        struct stat st;
        if (strncmp(e->d_name, ".extract-", 9) == 0) {
            if (lstat(path, &st) == 0 && st.st_mtime + stale_extract_seconds < time(NULL))
                remove_tree(path);
            continue;
        }
        if (strncmp(e->d_name, family, strlen(family)) != 0 || strcmp(e->d_name, keep) == 0 ||
            has_suffix(e->d_name, ".lock") || lstat(path, &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        snprintf(lock_path, sizeof lock_path, "%s.lock", path);
        int fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            continue;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
            /* rename first: a half-deleted tree must never look like a usable version */
            int len = snprintf(trash, sizeof trash, "%s/.trash-%d-%u", base, (int)getpid(), counter++);
            if (len < (int)sizeof trash && rename(path, trash) == 0)
                remove_tree(trash);
            unlink(lock_path);
        }
        close(fd);
    }
    closedir(dir);
}

static int extract_version(const cache_request* req, const char* base, const char* final_dir) {
    char actual[65];
    if (payload_sha256_hex(req->image, req->offset, actual) != 0 || strcmp(actual, req->digest_hex) != 0) {
        fprintf(stderr,
                "runtime: the payload of %s does not match its digest: the file is damaged or "
                "incomplete, download it again\n",
                req->image);
        return -1;
    }
    char tmp[PATH_MAX];
    if (snprintf(tmp, sizeof tmp, "%s/.extract-XXXXXX", base) >= (int)sizeof tmp || !mkdtemp(tmp)) {
        fprintf(stderr, "runtime: cannot create a folder in %s: %s\n", base, strerror(errno));
        return -1;
    }
    if (extract_payload(req->image, req->offset, tmp, NULL) != 0 || chmod(tmp, 0755) != 0) {
        remove_tree(tmp);
        return -1;
    }
    if (rename(tmp, final_dir) != 0) {
        int err = errno;
        remove_tree(tmp);
        if (err != EEXIST && err != ENOTEMPTY) {
            fprintf(stderr, "runtime: cannot move the extracted files to %s: %s\n", final_dir, strerror(err));
            return -1;
        }
        /* another copy started at the same time finished first: use its tree */
    }
    return 0;
}

int cache_prepare(const cache_request* req, char* appdir, size_t cap) {
    char base[PATH_MAX], lock_path[PATH_MAX + 8], apprun[PATH_MAX + 8], leaf[NAME_MAX + 1];
    if (cache_base(base, sizeof base) != 0)
        return -1;
    snprintf(leaf, sizeof leaf, "%s-%.16s", req->name, req->digest_hex);
    int n = snprintf(appdir, cap, "%s/%s", base, leaf);
    if (n < 0 || (size_t)n >= cap)
        return -1;
    snprintf(lock_path, sizeof lock_path, "%s.lock", appdir);
    snprintf(apprun, sizeof apprun, "%s/AppRun", appdir);
    if (lock_shared(lock_path) < 0) {
        fprintf(stderr, "runtime: cannot lock %s: %s\n", lock_path, strerror(errno));
        return -1;
    }
    if (access(apprun, X_OK) == 0)
        return 0;
    if (extract_version(req, base, appdir) != 0)
        return -1;
    if (access(apprun, X_OK) != 0) {
        fprintf(stderr, "runtime: %s has no AppRun; delete that folder and start again\n", appdir);
        return -1;
    }
    prune_versions(base, req->family, leaf);
    return 0;
}
