#define _GNU_SOURCE
#include "extract.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <squashfuse/squashfuse.h>

enum { chunk_size = 256 * 1024 };

static int write_all(int fd, const char* p, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int extract_file(sqfs* fs, sqfs_inode* inode, const char* path, char* buf) {
    unlink(path); /* replace, never write through an existing symlink */
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, (mode_t)(inode->base.mode & 07777));
    if (fd < 0) {
        fprintf(stderr, "runtime: cannot create %s: %s\n", path, strerror(errno));
        return -1;
    }
    uint64_t size = inode->xtra.reg.file_size;
    for (uint64_t done = 0; done < size;) {
        sqfs_off_t want = (sqfs_off_t)(size - done < chunk_size ? size - done : chunk_size);
        if (sqfs_read_range(fs, inode, (sqfs_off_t)done, &want, buf) != SQFS_OK || want <= 0 ||
            write_all(fd, buf, (size_t)want) != 0) {
            fprintf(stderr, "runtime: cannot extract %s (damaged payload or disk full)\n", path);
            close(fd);
            return -1;
        }
        done += (uint64_t)want;
    }
    /* the creation mode went through the umask; the payload's mode is what AppRun relies on */
    fchmod(fd, (mode_t)(inode->base.mode & 07777));
    struct timespec times[2] = {{(time_t)inode->base.mtime, 0}, {(time_t)inode->base.mtime, 0}};
    futimens(fd, times);
    return close(fd) == 0 ? 0 : -1;
}

static int extract_symlink(sqfs* fs, sqfs_inode* inode, const char* path) {
    size_t size = 0;
    if (sqfs_readlink(fs, inode, NULL, &size) != SQFS_OK)
        return -1;
    char* target = malloc(size + 1);
    if (!target)
        return -1;
    size_t cap = size + 1;
    int rc = -1;
    if (sqfs_readlink(fs, inode, target, &cap) == SQFS_OK) {
        unlink(path);
        rc = symlink(target, path);
        if (rc != 0)
            fprintf(stderr, "runtime: cannot create symlink %s: %s\n", path, strerror(errno));
    }
    free(target);
    return rc;
}

static bool selected(const char* rel, const char* prefix) {
    if (!prefix || !*prefix)
        return true;
    size_t n = strlen(prefix);
    while (n > 0 && prefix[n - 1] == '/')
        --n;
    /* a path is wanted when it is the prefix, lies below it, or is a parent directory of it */
    if (strncmp(rel, prefix, n) == 0 && (rel[n] == '\0' || rel[n] == '/'))
        return true;
    size_t r = strlen(rel);
    return r < n && strncmp(prefix, rel, r) == 0 && prefix[r] == '/';
}

static int extract_entry(sqfs* fs, sqfs_traverse* trv, const char* dest, char* buf) {
    sqfs_inode inode;
    if (sqfs_inode_get(fs, &inode, trv->entry.inode) != SQFS_OK) {
        fprintf(stderr, "runtime: damaged payload at %s\n", trv->path);
        return -1;
    }
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/%s", dest, trv->path) >= (int)sizeof path) {
        fprintf(stderr, "runtime: path too long: %s\n", trv->path);
        return -1;
    }
    switch (inode.base.mode & S_IFMT) {
    case S_IFDIR:
        /* owner needs write access while the children are created */
        if ((mkdir(path, S_IRWXU) != 0 && errno != EEXIST) ||
            chmod(path, (mode_t)((inode.base.mode & 07777) | S_IRWXU)) != 0) {
            fprintf(stderr, "runtime: cannot create %s: %s\n", path, strerror(errno));
            return -1;
        }
        return 0;
    case S_IFREG:
        return extract_file(fs, &inode, path, buf);
    case S_IFLNK:
        return extract_symlink(fs, &inode, path);
    default:
        return 0; /* device nodes, fifos, sockets have no place in an AppDir */
    }
}

int extract_payload(const char* image, off_t offset, const char* dest, const char* prefix) {
    sqfs_fd_t fd;
    if (sqfs_fd_open(image, &fd, false) != SQFS_OK) {
        fprintf(stderr, "runtime: cannot open %s: %s\n", image, strerror(errno));
        return -1;
    }
    sqfs fs;
    sqfs_err err = sqfs_init(&fs, fd, (size_t)offset);
    if (err != SQFS_OK) {
        fprintf(stderr, "runtime: no readable SquashFS payload at offset %lld (error %d)\n",
                (long long)offset, (int)err);
        sqfs_fd_close(fd);
        return -1;
    }
    char* buf = malloc(chunk_size);
    int rc = buf && (mkdir(dest, 0755) == 0 || errno == EEXIST) ? 0 : -1;
    sqfs_traverse trv;
    if (rc == 0 && sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) == SQFS_OK) {
        while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
            if (!trv.dir_end && selected(trv.path, prefix))
                rc = extract_entry(&fs, &trv, dest, buf);
        }
        if (err != SQFS_OK && rc == 0) {
            fprintf(stderr, "runtime: damaged SquashFS directory tree\n");
            rc = -1;
        }
        sqfs_traverse_close(&trv);
    } else {
        fprintf(stderr, "runtime: cannot prepare extraction into %s\n", dest);
        rc = -1;
    }
    free(buf);
    sqfs_destroy(&fs);
    sqfs_fd_close(fd);
    return rc;
}
