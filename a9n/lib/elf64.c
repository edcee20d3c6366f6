/*
 * ELF64 executable parser: checks an untrusted ELF file once, in elf64_parse,
 * so that the UEFI loader (loading the kernel) and the kernel (loading the
 * root server) can copy its PT_LOAD segments without further checks.
 *
 * Layer: freestanding library (a9n/lib), built into the kernel, the loader
 * and the host tests. No libc: fields are assembled byte by byte, which is
 * both alignment-safe and independent of the host's byte order.
 *
 * Only what a static executable needs is accepted: ELFCLASS64, ELFDATA2LSB,
 * version 1, ET_EXEC (or, through elf64_parse_types, also ET_DYN, which KOITO's
 * program loader relocates itself), one machine. Program headers other than PT_LOAD are
 * ignored. PT_LOAD segments must appear in ascending p_vaddr order, as the
 * ELF specification requires; that lets the overlap check run in linear time
 * however many headers an attacker declares.
 */
#include "elf64.h"

#include <stdbool.h>

/* ELF header (Elf64_Ehdr) field offsets. */
#define ELF64_EI_CLASS    4u
#define ELF64_EI_DATA     5u
#define ELF64_EI_VERSION  6u
#define ELF64_E_TYPE      16u
#define ELF64_E_MACHINE   18u
#define ELF64_E_VERSION   20u
#define ELF64_E_ENTRY     24u
#define ELF64_E_PHOFF     32u
#define ELF64_E_PHENTSIZE 54u
#define ELF64_E_PHNUM     56u
#define ELF64_HEADER_SIZE 64u

/* Program header (Elf64_Phdr) field offsets. */
#define ELF64_P_TYPE              0u
#define ELF64_P_FLAGS             4u
#define ELF64_P_OFFSET            8u
#define ELF64_P_VADDR             16u
#define ELF64_P_PADDR             24u
#define ELF64_P_FILESZ            32u
#define ELF64_P_MEMSZ             40u
#define ELF64_P_ALIGN             48u
#define ELF64_PROGRAM_HEADER_SIZE 56u

#define ELF64_CLASS_64        2u
#define ELF64_DATA_LSB        1u
#define ELF64_VERSION_CURRENT 1u
#define ELF64_TYPE_EXEC       2u
#define ELF64_TYPE_DYN        3u
#define ELF64_PT_LOAD         1u
/* e_phnum value meaning "the real count is in section header 0": not supported. */
#define ELF64_PN_XNUM         0xffffu

static uint64_t elf64_load(const uint8_t *bytes, unsigned width)
{
    uint64_t value = 0;
    for (unsigned i = width; i > 0; i--)
        value = (value << 8) | bytes[i - 1];
    return value;
}

static void elf64_read_segment(const uint8_t *header, struct elf64_segment *segment)
{
    segment->virtual_address = elf64_load(header + ELF64_P_VADDR, 8);
    segment->physical_address = elf64_load(header + ELF64_P_PADDR, 8);
    segment->file_offset = elf64_load(header + ELF64_P_OFFSET, 8);
    segment->file_size = elf64_load(header + ELF64_P_FILESZ, 8);
    segment->memory_size = elf64_load(header + ELF64_P_MEMSZ, 8);
    segment->alignment = elf64_load(header + ELF64_P_ALIGN, 8);
    segment->flags = (uint32_t)elf64_load(header + ELF64_P_FLAGS, 4) &
                     (ELF64_SEGMENT_EXECUTE | ELF64_SEGMENT_WRITE | ELF64_SEGMENT_READ);
}

static bool elf64_segment_valid(const struct elf64_segment *segment, size_t file_size)
{
    uint64_t end;
    if (segment->file_size > segment->memory_size)
        return false;
    if (__builtin_add_overflow(segment->file_offset, segment->file_size, &end) || end > file_size)
        return false;
    if (__builtin_add_overflow(segment->virtual_address, segment->memory_size, &end))
        return false;
    if (__builtin_add_overflow(segment->physical_address, segment->memory_size, &end))
        return false;
    return (segment->alignment & (segment->alignment - 1)) == 0;
}

static bool elf64_segment_contains(const struct elf64_segment *segment, uint64_t address)
{
    return address >= segment->virtual_address &&
           address - segment->virtual_address < segment->memory_size;
}

static enum elf64_error elf64_check_header(const uint8_t *bytes, size_t size, uint16_t machine,
                                           unsigned types)
{
    uint64_t type;
    static const uint8_t magic[4] = {0x7f, 'E', 'L', 'F'};
    if (size < ELF64_HEADER_SIZE)
        return ELF64_ERROR_TOO_SMALL;
    if (__builtin_memcmp(bytes, magic, sizeof magic) != 0)
        return ELF64_ERROR_BAD_MAGIC;
    if (bytes[ELF64_EI_CLASS] != ELF64_CLASS_64)
        return ELF64_ERROR_NOT_64BIT;
    if (bytes[ELF64_EI_DATA] != ELF64_DATA_LSB)
        return ELF64_ERROR_NOT_LITTLE_ENDIAN;
    if (bytes[ELF64_EI_VERSION] != ELF64_VERSION_CURRENT ||
        elf64_load(bytes + ELF64_E_VERSION, 4) != ELF64_VERSION_CURRENT)
        return ELF64_ERROR_BAD_VERSION;
    type = elf64_load(bytes + ELF64_E_TYPE, 2);
    if (!(type == ELF64_TYPE_EXEC && (types & ELF64_ACCEPT_EXEC) != 0) &&
        !(type == ELF64_TYPE_DYN && (types & ELF64_ACCEPT_DYN) != 0))
        return ELF64_ERROR_NOT_EXECUTABLE;
    if (elf64_load(bytes + ELF64_E_MACHINE, 2) != machine)
        return ELF64_ERROR_WRONG_MACHINE;
    return ELF64_OK;
}

static enum elf64_error elf64_check_program_headers(const uint8_t *bytes, size_t size)
{
    uint64_t offset = elf64_load(bytes + ELF64_E_PHOFF, 8);
    uint64_t count = elf64_load(bytes + ELF64_E_PHNUM, 2);
    uint64_t table_size = count * ELF64_PROGRAM_HEADER_SIZE; /* at most 0xffff * 56 */
    uint64_t end;
    if (elf64_load(bytes + ELF64_E_PHENTSIZE, 2) != ELF64_PROGRAM_HEADER_SIZE)
        return ELF64_ERROR_BAD_PROGRAM_HEADERS;
    if (count == ELF64_PN_XNUM)
        return ELF64_ERROR_BAD_PROGRAM_HEADERS;
    if (__builtin_add_overflow(offset, table_size, &end) || end > size)
        return ELF64_ERROR_BAD_PROGRAM_HEADERS;
    return ELF64_OK;
}

/* Check every PT_LOAD; needs a header table already known to lie inside the file. */
static enum elf64_error elf64_check_segments(struct elf64_image *image)
{
    const uint8_t *table = image->data + image->program_header_offset;
    uint64_t previous_end = 0;
    bool entry_found = false;
    image->load_segment_count = 0;
    for (uint16_t i = 0; i < image->program_header_count; i++) {
        const uint8_t *header = table + (size_t)i * ELF64_PROGRAM_HEADER_SIZE;
        struct elf64_segment segment;
        if (elf64_load(header + ELF64_P_TYPE, 4) != ELF64_PT_LOAD)
            continue;
        elf64_read_segment(header, &segment);
        if (!elf64_segment_valid(&segment, image->size))
            return ELF64_ERROR_BAD_SEGMENT;
        if (image->load_segment_count > 0 && segment.virtual_address < previous_end)
            return ELF64_ERROR_OVERLAPPING_SEGMENTS;
        previous_end = segment.virtual_address + segment.memory_size;
        if ((segment.flags & ELF64_SEGMENT_EXECUTE) != 0 &&
            elf64_segment_contains(&segment, image->entry))
            entry_found = true;
        image->load_segment_count++;
    }
    if (image->load_segment_count == 0)
        return ELF64_ERROR_NO_SEGMENTS;
    return entry_found ? ELF64_OK : ELF64_ERROR_BAD_ENTRY;
}

enum elf64_error elf64_parse(struct elf64_image *image, const void *data, size_t size,
                             uint16_t machine)
{
    return elf64_parse_types(image, data, size, machine, ELF64_ACCEPT_EXEC);
}

enum elf64_error elf64_parse_types(struct elf64_image *image, const void *data, size_t size,
                                   uint16_t machine, unsigned types)
{
    const uint8_t *bytes = data;
    struct elf64_image checked;
    enum elf64_error error = elf64_check_header(bytes, size, machine, types);
    if (error != ELF64_OK)
        return error;
    error = elf64_check_program_headers(bytes, size);
    if (error != ELF64_OK)
        return error;
    checked.data = bytes;
    checked.size = size;
    checked.entry = elf64_load(bytes + ELF64_E_ENTRY, 8);
    checked.position_independent = elf64_load(bytes + ELF64_E_TYPE, 2) == ELF64_TYPE_DYN;
    checked.program_header_offset = elf64_load(bytes + ELF64_E_PHOFF, 8);
    checked.program_header_count = (uint16_t)elf64_load(bytes + ELF64_E_PHNUM, 2);
    error = elf64_check_segments(&checked);
    if (error == ELF64_OK)
        *image = checked;
    return error;
}

enum elf64_error elf64_load_segment(const struct elf64_image *image, uint16_t index,
                                    struct elf64_segment *segment)
{
    const uint8_t *table = image->data + image->program_header_offset;
    uint16_t seen = 0;
    if (index >= image->load_segment_count)
        return ELF64_ERROR_BAD_SEGMENT;
    for (uint16_t i = 0; i < image->program_header_count; i++) {
        const uint8_t *header = table + (size_t)i * ELF64_PROGRAM_HEADER_SIZE;
        if (elf64_load(header + ELF64_P_TYPE, 4) != ELF64_PT_LOAD)
            continue;
        if (seen == index) {
            elf64_read_segment(header, segment);
            return ELF64_OK;
        }
        seen++;
    }
    return ELF64_ERROR_BAD_SEGMENT;
}

const char *elf64_error_string(enum elf64_error error)
{
    switch (error) {
    case ELF64_OK:
        return "no error";
    case ELF64_ERROR_TOO_SMALL:
        return "file is shorter than an ELF header";
    case ELF64_ERROR_BAD_MAGIC:
        return "not an ELF file";
    case ELF64_ERROR_NOT_64BIT:
        return "not a 64-bit ELF file";
    case ELF64_ERROR_NOT_LITTLE_ENDIAN:
        return "not a little-endian ELF file";
    case ELF64_ERROR_BAD_VERSION:
        return "unsupported ELF version";
    case ELF64_ERROR_NOT_EXECUTABLE:
        return "not an ELF executable of an accepted type (ET_EXEC, or ET_DYN where allowed)";
    case ELF64_ERROR_WRONG_MACHINE:
        return "ELF file is for another machine";
    case ELF64_ERROR_BAD_PROGRAM_HEADERS:
        return "malformed program-header table";
    case ELF64_ERROR_BAD_SEGMENT:
        return "malformed loadable segment";
    case ELF64_ERROR_OVERLAPPING_SEGMENTS:
        return "loadable segments overlap or are out of order";
    case ELF64_ERROR_NO_SEGMENTS:
        return "no loadable segment";
    case ELF64_ERROR_BAD_ENTRY:
        return "entry point is not in an executable segment";
    }
    return "unknown ELF error";
}
