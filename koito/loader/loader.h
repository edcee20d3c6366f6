/*
 * The KOITO program loader (KOITO, koito/loader): checks an untrusted ELF64 program and plans how
 * its pages are filled, for init now and the POSIX server later. Freestanding C (memset, memcpy),
 * built into init and on the host for unit tests and fuzzing; it maps nothing itself.
 *
 * 1. koito_loader_plan checks the whole file before anything is mapped, on top of a9n/lib's ELF
 *    parser: a static executable (ET_EXEC) at its own addresses, or a position-independent one
 *    (ET_DYN) moved by a page-aligned base. Every loadable segment must lie in
 *    [KOITO_LOADER_MIN_ADDRESS, limit) after the move, never be writable and executable (W^X), and
 *    own its pages alone (the SDK's linker script aligns them). An ET_DYN file's relocations
 *    (PT_DYNAMIC's DT_RELA table) must all be R_X86_64_RELATIVE (or none) into the image; DT_REL
 *    tables, symbols and every other type are refused.
 * 2. The caller makes a zeroed frame for each page of each segment (koito_loader_page_count) and
 *    has koito_loader_fill_page copy in that page's file bytes and apply its relocations, then
 *    maps it with the segment's rights.
 */
#ifndef KOITO_LOADER_H
#define KOITO_LOADER_H

#include <elf64.h>
#include <stddef.h>
#include <stdint.h>

#define KOITO_LOADER_PAGE         4096u
#define KOITO_LOADER_MIN_ADDRESS  0x10000u /* nothing maps below 64 KiB: null pointers fault */
#define KOITO_LOADER_MAX_SEGMENTS 16u

enum koito_loader_error {
    KOITO_LOADER_OK = 0,
    KOITO_LOADER_ERROR_ELF, /* the ELF parser refused it; see elf_error */
    KOITO_LOADER_ERROR_TOO_MANY_SEGMENTS,
    KOITO_LOADER_ERROR_OUTSIDE,        /* a segment lies outside [MIN_ADDRESS, limit) */
    KOITO_LOADER_ERROR_WRITE_EXECUTE,  /* a segment is writable and executable */
    KOITO_LOADER_ERROR_SHARED_PAGE,    /* two segments share a page */
    KOITO_LOADER_ERROR_BAD_BASE,       /* base not page aligned, or given for ET_EXEC */
    KOITO_LOADER_ERROR_BAD_DYNAMIC,    /* PT_DYNAMIC malformed or outside the file */
    KOITO_LOADER_ERROR_BAD_RELOCATION, /* a relocation table or entry is malformed or points out */
    KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION, /* not R_X86_64_RELATIVE, or a DT_REL table */
};

struct koito_loader_segment {
    uint64_t start;   /* first page, base added */
    uint64_t end;     /* past the last page */
    uint64_t address; /* p_vaddr + base */
    uint64_t file_offset;
    uint64_t file_size;
    uint32_t flags; /* ELF64_SEGMENT_* */
};

struct koito_loader_plan {
    const uint8_t *data;
    size_t size;
    uint64_t base;
    uint64_t entry;       /* base added */
    uint64_t image_start; /* lowest page */
    uint64_t image_end;   /* past the highest page */
    unsigned segment_count;
    struct koito_loader_segment segments[KOITO_LOADER_MAX_SEGMENTS];
    uint64_t relocation_offset; /* of the DT_RELA table in the file */
    uint64_t relocation_count;
    enum elf64_error elf_error; /* when the result is KOITO_LOADER_ERROR_ELF */
};

/*
 * Check `size` bytes at `data` and fill `plan`. base is added to an ET_DYN file's addresses and
 * must be 0 for ET_EXEC; limit is the first address the image may not reach. Returns
 * KOITO_LOADER_OK or the first problem found.
 */
enum koito_loader_error koito_loader_plan(struct koito_loader_plan *plan, const void *data,
                                          size_t size, uint64_t base, uint64_t limit);

/* Pages of segment `index`. */
uint64_t koito_loader_page_count(const struct koito_loader_plan *plan, unsigned index);

/*
 * Fill `page` (KOITO_LOADER_PAGE bytes, zeroed by the caller) as the page at `address` of segment
 * `index` must start: its file bytes, with the relocations that fall in it applied.
 */
void koito_loader_fill_page(const struct koito_loader_plan *plan, unsigned index, uint64_t address,
                            uint8_t *page);

/*
 * Copy length bytes word by word (the loader's page copy, also init's): with neither the C
 * library's memcpy nor a compiler that may turn the loop back into a call to it (the loader is
 * built freestanding).
 */
void koito_loader_copy(void *destination, const void *source, size_t length);

/* A short description of an error (for ELF errors, pass the plan's elf_error too). */
const char *koito_loader_error_string(enum koito_loader_error error, enum elf64_error elf_error);

#endif
