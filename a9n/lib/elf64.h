/*
 * ELF64 executable parser used by the UEFI loader (for the kernel) and the
 * kernel (for the root server).
 *
 * Layer: freestanding library shared by boot paths and kernel; also built on
 * the host for unit tests and fuzzing. Needs only memcmp.
 *
 * The input is untrusted: elf64_parse checks the header, the program-header
 * table and every PT_LOAD segment before anything is returned, with
 * overflow-safe arithmetic, and never reads outside [data, data + size).
 * PT_LOAD segments must appear in ascending virtual-address order, as the ELF
 * specification requires; other program headers are ignored.
 */
#ifndef A9N_LIB_ELF64_H
#define A9N_LIB_ELF64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum elf64_error {
    ELF64_OK = 0,
    ELF64_ERROR_TOO_SMALL,         /* shorter than an ELF header */
    ELF64_ERROR_BAD_MAGIC,         /* not an ELF file */
    ELF64_ERROR_NOT_64BIT,         /* EI_CLASS is not ELFCLASS64 */
    ELF64_ERROR_NOT_LITTLE_ENDIAN, /* EI_DATA is not ELFDATA2LSB */
    ELF64_ERROR_BAD_VERSION,       /* EI_VERSION or e_version is not 1 */
    ELF64_ERROR_NOT_EXECUTABLE,    /* e_type is not ET_EXEC (or an accepted ET_DYN) */
    ELF64_ERROR_WRONG_MACHINE,     /* e_machine differs from the one asked for */
    /* e_phentsize is not 56, e_phnum is 0xffff (PN_XNUM) or the table leaves the file */
    ELF64_ERROR_BAD_PROGRAM_HEADERS,
    /* a PT_LOAD lies outside the file, overflows, has filesz > memsz or an
     * alignment that is neither 0 nor a power of two */
    ELF64_ERROR_BAD_SEGMENT,
    /* PT_LOAD segments share virtual addresses or are not in ascending order */
    ELF64_ERROR_OVERLAPPING_SEGMENTS,
    ELF64_ERROR_NO_SEGMENTS, /* no PT_LOAD segment */
    ELF64_ERROR_BAD_ENTRY,   /* the entry point is not inside an executable segment */
};

#define ELF64_MACHINE_X86_64 62u

#define ELF64_SEGMENT_EXECUTE 1u
#define ELF64_SEGMENT_WRITE   2u
#define ELF64_SEGMENT_READ    4u

/* A checked view of an ELF file; valid while the file's bytes are. */
struct elf64_image {
    const uint8_t *data;
    size_t size;
    uint64_t entry;
    uint64_t program_header_offset;
    uint16_t program_header_count;
    uint16_t load_segment_count;
    bool position_independent; /* ET_DYN: its addresses are relative to a load base */
};

/* One PT_LOAD segment, as checked by elf64_parse. */
struct elf64_segment {
    uint64_t virtual_address;
    uint64_t physical_address;
    uint64_t file_offset;
    uint64_t file_size;
    uint64_t memory_size;
    uint64_t alignment;
    uint32_t flags; /* ELF64_SEGMENT_* */
};

/* Check the file and fill `image`. Returns ELF64_OK or the first problem found;
 * on failure `image` is left untouched. */
enum elf64_error elf64_parse(struct elf64_image *image, const void *data, size_t size,
                             uint16_t machine);

/* Types elf64_parse_types accepts (a mask). */
#define ELF64_ACCEPT_EXEC 1u /* ET_EXEC: a static executable at fixed addresses */
#define ELF64_ACCEPT_DYN  2u /* ET_DYN: position independent; the caller relocates it */

/* elf64_parse for the ELF types in `types` (ELF64_ACCEPT_*). */
enum elf64_error elf64_parse_types(struct elf64_image *image, const void *data, size_t size,
                                   uint16_t machine, unsigned types);

/* Fetch the index-th PT_LOAD segment (0 <= index < load_segment_count) in file order.
 * `image` must have been filled by a successful elf64_parse.
 * Returns ELF64_ERROR_BAD_SEGMENT if index is out of range. */
enum elf64_error elf64_load_segment(const struct elf64_image *image, uint16_t index,
                                    struct elf64_segment *segment);

/* A short English description of an error, for boot-time messages. */
const char *elf64_error_string(enum elf64_error error);

#endif
