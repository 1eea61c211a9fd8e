#define _GNU_SOURCE
#include "elf_payload.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_exact(int fd, void* buf, size_t len, off_t at) {
    return pread(fd, buf, len, at) == (ssize_t)len ? 0 : -1;
}

static int read_header(int fd, Elf64_Ehdr* eh) {
    if (read_exact(fd, eh, sizeof *eh, 0) != 0)
        return -1;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
        eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shnum == 0)
        return -1;
    return 0;
}

/* Loads the section header table; the caller frees it. */
static Elf64_Shdr* read_sections(int fd, const Elf64_Ehdr* eh) {
    size_t bytes = (size_t)eh->e_shnum * sizeof(Elf64_Shdr);
    Elf64_Shdr* sh = malloc(bytes);
    if (sh && read_exact(fd, sh, bytes, (off_t)eh->e_shoff) != 0) {
        free(sh);
        return NULL;
    }
    return sh;
}

off_t elf_payload_offset(int fd) {
    Elf64_Ehdr eh;
    if (read_header(fd, &eh) != 0) {
        fprintf(stderr, "runtime: not a 64-bit ELF file\n");
        return -1;
    }
    Elf64_Shdr* sh = read_sections(fd, &eh);
    if (!sh) {
        fprintf(stderr, "runtime: cannot read the ELF section headers\n");
        return -1;
    }
    uint64_t end = eh.e_shoff + (uint64_t)eh.e_shnum * eh.e_shentsize;
    for (unsigned i = 0; i < eh.e_shnum; ++i) {
        if (sh[i].sh_type == SHT_NOBITS)
            continue; /* .bss occupies no file bytes */
        if (sh[i].sh_offset + sh[i].sh_size > end)
            end = sh[i].sh_offset + sh[i].sh_size;
    }
    free(sh);
    return (off_t)end;
}

int elf_read_section_string(int fd, const char* name, char* buf, size_t cap) {
    Elf64_Ehdr eh;
    if (cap == 0 || read_header(fd, &eh) != 0 || eh.e_shstrndx >= eh.e_shnum)
        return -1;
    Elf64_Shdr* sh = read_sections(fd, &eh);
    if (!sh)
        return -1;
    int rc = -1;
    const Elf64_Shdr* strtab = &sh[eh.e_shstrndx];
    char* names = malloc(strtab->sh_size + 1);
    if (names && read_exact(fd, names, strtab->sh_size, (off_t)strtab->sh_offset) == 0) {
        names[strtab->sh_size] = '\0';
        for (unsigned i = 0; i < eh.e_shnum && rc != 0; ++i) {
            if (sh[i].sh_name >= strtab->sh_size || strcmp(names + sh[i].sh_name, name) != 0)
                continue;
            size_t len = sh[i].sh_size < cap - 1 ? sh[i].sh_size : cap - 1;
            if (read_exact(fd, buf, len, (off_t)sh[i].sh_offset) == 0) {
                buf[len] = '\0';
                rc = 0;
            }
        }
    }
    free(names);
    free(sh);
    return rc;
}
