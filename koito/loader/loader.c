/*
 * The KOITO program loader; see loader.h for what it promises.
 *
 * Relocations of an ET_DYN image are checked once, in koito_loader_plan, so that filling pages
 * later cannot fail: each entry is 24 bytes (r_offset, r_info, r_addend), its type must be
 * R_X86_64_RELATIVE (or R_X86_64_NONE) with no symbol, and its 8 target bytes must lie inside one
 * loadable segment. koito_loader_fill_page applies, for one page, every relocation whose target
 * touches it, byte by byte, so targets that straddle two pages are written half in each.
 */
#include "loader.h"

#include <stdbool.h>
#include <string.h>

#define ELF_PT_DYNAMIC        2u
#define ELF_PHDR_SIZE         56u
#define ELF_DYN_SIZE          16u
#define ELF_RELA_SIZE         24u
#define ELF_DT_NULL           0u
#define ELF_DT_RELA           7u
#define ELF_DT_RELASZ         8u
#define ELF_DT_RELAENT        9u
#define ELF_DT_REL            17u
#define ELF_R_X86_64_NONE     0u
#define ELF_R_X86_64_RELATIVE 8u

static uint64_t loader_load(const uint8_t *bytes, unsigned width)
{
    uint64_t value = 0;
    for (unsigned i = width; i > 0; i--)
        value = (value << 8) | bytes[i - 1];
    return value;
}

static uint64_t loader_page_down(uint64_t address)
{
    return address & ~(uint64_t)(KOITO_LOADER_PAGE - 1);
}

static enum koito_loader_error loader_segments(struct koito_loader_plan *plan,
                                               const struct elf64_image *image, uint64_t limit)
{
    if (image->load_segment_count > KOITO_LOADER_MAX_SEGMENTS)
        return KOITO_LOADER_ERROR_TOO_MANY_SEGMENTS;
    uint64_t previous_end = 0;
    for (uint16_t i = 0; i < image->load_segment_count; i++) {
        struct elf64_segment segment;
        elf64_load_segment(image, i, &segment);
        struct koito_loader_segment *s = &plan->segments[i];
        uint64_t end;
        if (__builtin_add_overflow(segment.virtual_address, plan->base, &s->address) ||
            __builtin_add_overflow(s->address, segment.memory_size, &end) ||
            s->address < KOITO_LOADER_MIN_ADDRESS || end > limit ||
            end > UINT64_MAX - KOITO_LOADER_PAGE)
            return KOITO_LOADER_ERROR_OUTSIDE;
        if ((segment.flags & ELF64_SEGMENT_WRITE) && (segment.flags & ELF64_SEGMENT_EXECUTE))
            return KOITO_LOADER_ERROR_WRITE_EXECUTE;
        s->start = loader_page_down(s->address);
        s->end = loader_page_down(end + KOITO_LOADER_PAGE - 1);
        if (s->end == s->start)
            s->end = s->start + KOITO_LOADER_PAGE; /* an empty segment still names its page */
        if (i > 0 && s->start < previous_end)
            return KOITO_LOADER_ERROR_SHARED_PAGE;
        previous_end = s->end;
        s->file_offset = segment.file_offset;
        s->file_size = segment.file_size;
        s->flags = segment.flags;
    }
    plan->segment_count = image->load_segment_count;
    plan->image_start = plan->segments[0].start;
    plan->image_end = previous_end;
    return KOITO_LOADER_OK;
}

/* The file offset of [address, address + length) (unrelocated addresses), if the file holds it. */
static bool loader_file_offset(const struct koito_loader_plan *plan, uint64_t address,
                               uint64_t length, uint64_t *offset)
{
    for (unsigned i = 0; i < plan->segment_count; i++) {
        const struct koito_loader_segment *s = &plan->segments[i];
        uint64_t start = s->address - plan->base;
        if (address >= start && address - start <= s->file_size &&
            length <= s->file_size - (address - start)) {
            *offset = s->file_offset + (address - start);
            return true;
        }
    }
    return false;
}

/* Whether the 8 bytes at the relocated address lie inside one segment's memory. */
static bool loader_target_valid(const struct koito_loader_plan *plan, uint64_t address)
{
    for (unsigned i = 0; i < plan->segment_count; i++) {
        const struct koito_loader_segment *s = &plan->segments[i];
        if (address >= s->start && address < s->end && s->end - address >= 8)
            return true;
    }
    return false;
}

static enum koito_loader_error loader_relocations(struct koito_loader_plan *plan,
                                                  const struct elf64_image *image)
{
    const uint8_t *table = image->data + image->program_header_offset;
    const uint8_t *dynamic = NULL;
    uint64_t dynamic_size = 0;
    for (uint16_t i = 0; i < image->program_header_count; i++) {
        const uint8_t *header = table + (size_t)i * ELF_PHDR_SIZE;
        if (loader_load(header, 4) != ELF_PT_DYNAMIC)
            continue;
        uint64_t offset = loader_load(header + 8, 8);
        uint64_t size = loader_load(header + 32, 8);
        if (dynamic != NULL || offset > plan->size || size > plan->size - offset ||
            size % ELF_DYN_SIZE != 0)
            return KOITO_LOADER_ERROR_BAD_DYNAMIC;
        dynamic = plan->data + offset;
        dynamic_size = size;
    }
    uint64_t rela = 0, rela_size = 0, rela_entry = ELF_RELA_SIZE;
    bool has_rela = false;
    for (uint64_t at = 0; at < dynamic_size; at += ELF_DYN_SIZE) {
        uint64_t tag = loader_load(dynamic + at, 8);
        uint64_t value = loader_load(dynamic + at + 8, 8);
        if (tag == ELF_DT_NULL)
            break;
        if (tag == ELF_DT_RELA) {
            rela = value;
            has_rela = true;
        } else if (tag == ELF_DT_RELASZ) {
            rela_size = value;
        } else if (tag == ELF_DT_RELAENT) {
            rela_entry = value;
        } else if (tag == ELF_DT_REL) {
            return KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION;
        }
    }
    if (!has_rela)
        return rela_size == 0 ? KOITO_LOADER_OK : KOITO_LOADER_ERROR_BAD_RELOCATION;
    if (rela_entry != ELF_RELA_SIZE || rela_size % ELF_RELA_SIZE != 0 ||
        !loader_file_offset(plan, rela, rela_size, &plan->relocation_offset))
        return KOITO_LOADER_ERROR_BAD_RELOCATION;
    plan->relocation_count = rela_size / ELF_RELA_SIZE;
    for (uint64_t i = 0; i < plan->relocation_count; i++) {
        const uint8_t *entry = plan->data + plan->relocation_offset + i * ELF_RELA_SIZE;
        uint64_t info = loader_load(entry + 8, 8);
        uint64_t target;
        if (info == ELF_R_X86_64_NONE)
            continue;
        if (info != ELF_R_X86_64_RELATIVE)
            return KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION;
        if (__builtin_add_overflow(loader_load(entry, 8), plan->base, &target) ||
            !loader_target_valid(plan, target))
            return KOITO_LOADER_ERROR_BAD_RELOCATION;
    }
    return KOITO_LOADER_OK;
}

enum koito_loader_error koito_loader_plan(struct koito_loader_plan *plan, const void *data,
                                          size_t size, uint64_t base, uint64_t limit)
{
    struct elf64_image image;
    memset(plan, 0, sizeof *plan);
    plan->elf_error = elf64_parse_types(&image, data, size, ELF64_MACHINE_X86_64,
                                        ELF64_ACCEPT_EXEC | ELF64_ACCEPT_DYN);
    if (plan->elf_error != ELF64_OK)
        return KOITO_LOADER_ERROR_ELF;
    if (base % KOITO_LOADER_PAGE != 0 || (!image.position_independent && base != 0))
        return KOITO_LOADER_ERROR_BAD_BASE;
    plan->data = data;
    plan->size = size;
    plan->base = base;
    enum koito_loader_error error = loader_segments(plan, &image, limit);
    if (error != KOITO_LOADER_OK)
        return error;
    plan->entry = image.entry + base; /* inside a segment, so it cannot overflow */
    if (image.position_independent)
        return loader_relocations(plan, &image);
    return KOITO_LOADER_OK;
}

uint64_t koito_loader_page_count(const struct koito_loader_plan *plan, unsigned index)
{
    const struct koito_loader_segment *s = &plan->segments[index];
    return (s->end - s->start) / KOITO_LOADER_PAGE;
}

static void loader_relocate_page(const struct koito_loader_plan *plan, uint64_t address,
                                 uint8_t *page)
{
    for (uint64_t i = 0; i < plan->relocation_count; i++) {
        const uint8_t *entry = plan->data + plan->relocation_offset + i * ELF_RELA_SIZE;
        if (loader_load(entry + 8, 8) != ELF_R_X86_64_RELATIVE)
            continue;
        uint64_t target = loader_load(entry, 8) + plan->base;
        uint64_t value = loader_load(entry + 16, 8) + plan->base;
        for (unsigned byte = 0; byte < 8; byte++) {
            uint64_t at = target + byte;
            if (at >= address && at - address < KOITO_LOADER_PAGE)
                page[at - address] = (uint8_t)(value >> (8 * byte));
        }
    }
}

void koito_loader_copy(void *destination, const void *source, size_t length)
{
    uint8_t *d = destination;
    const uint8_t *s = source;
    size_t i = 0;
    /* Whole words while they last: a page's copy is a few hundred instructions, not thousands. */
    for (; length - i >= 8; i += 8) {
        uint64_t word;
        __builtin_memcpy(&word, s + i, 8);
        __builtin_memcpy(d + i, &word, 8);
    }
    for (; i < length; i++)
        d[i] = s[i];
}

void koito_loader_fill_page(const struct koito_loader_plan *plan, unsigned index, uint64_t address,
                            uint8_t *page)
{
    const struct koito_loader_segment *s = &plan->segments[index];
    uint64_t file_end = s->address + s->file_size;
    uint64_t from = address > s->address ? address : s->address;
    uint64_t to = address + KOITO_LOADER_PAGE < file_end ? address + KOITO_LOADER_PAGE : file_end;
    if (from < to)
        koito_loader_copy(page + (from - address),
                          plan->data + s->file_offset + (from - s->address), to - from);
    loader_relocate_page(plan, address, page);
}

const char *koito_loader_error_string(enum koito_loader_error error, enum elf64_error elf_error)
{
    switch (error) {
    case KOITO_LOADER_OK:
        return "no error";
    case KOITO_LOADER_ERROR_ELF:
        return elf64_error_string(elf_error);
    case KOITO_LOADER_ERROR_TOO_MANY_SEGMENTS:
        return "more than 16 loadable segments";
    case KOITO_LOADER_ERROR_OUTSIDE:
        return "a loadable segment lies outside the program's address range";
    case KOITO_LOADER_ERROR_WRITE_EXECUTE:
        return "a loadable segment is writable and executable (W^X)";
    case KOITO_LOADER_ERROR_SHARED_PAGE:
        return "two loadable segments share a page";
    case KOITO_LOADER_ERROR_BAD_BASE:
        return "load base not page aligned, or given for a static executable";
    case KOITO_LOADER_ERROR_BAD_DYNAMIC:
        return "malformed dynamic segment";
    case KOITO_LOADER_ERROR_BAD_RELOCATION:
        return "malformed relocation, or one that points outside the image";
    case KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION:
        return "unsupported relocation (only R_X86_64_RELATIVE)";
    }
    return "unknown loader error";
}
