/* Reading the runtime's own ELF image: where the appended SquashFS payload starts, and the contents
 * of the reserved sections (update information, payload digest). */
#ifndef AITBC_RUNTIME_ELF_PAYLOAD_H
#define AITBC_RUNTIME_ELF_PAYLOAD_H

#include <stddef.h>
#include <sys/types.h>

/** Returns the payload offset (end of the ELF: the larger of the section header table's end and the
 *  last section's end), or -1 with errno-style message on stderr when fd is not a 64-bit ELF. */
off_t elf_payload_offset(int fd);

/** Copies at most cap-1 bytes of section name into buf (NUL-terminated, stops at the first NUL of the
 *  section). Returns 0 on success, -1 when the section is missing or unreadable. */
int elf_read_section_string(int fd, const char* name, char* buf, size_t cap);

#endif
