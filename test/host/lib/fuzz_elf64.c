/*
 * libFuzzer target for the ELF64 parser (a9n/lib/elf64.c). Each input is
 * parsed twice: as it is, and with its identification fields forced valid
 * so that mutations reach the program-header and segment checks. Whenever
 * elf64_parse accepts a file, every promise of elf64.h is checked again here.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "elf64.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            abort();                                                                               \
    } while (0)

static void fuzz_check_accepted(const struct elf64_image *image, const uint8_t *data, size_t size)
{
    struct elf64_segment segment;
    uint64_t previous_end = 0;
    bool entry_found = false;

    FUZZ_ASSERT(image->data == data && image->size == size);
    FUZZ_ASSERT(image->program_header_offset + image->program_header_count * UINT64_C(56) <= size);
    FUZZ_ASSERT(image->load_segment_count >= 1 &&
                image->load_segment_count <= image->program_header_count);
    for (uint16_t i = 0; i < image->load_segment_count; i++) {
        uint64_t end;
        FUZZ_ASSERT(elf64_load_segment(image, i, &segment) == ELF64_OK);
        FUZZ_ASSERT(!__builtin_add_overflow(segment.file_offset, segment.file_size, &end));
        FUZZ_ASSERT(end <= size);
        FUZZ_ASSERT(segment.file_size <= segment.memory_size);
        FUZZ_ASSERT(!__builtin_add_overflow(segment.physical_address, segment.memory_size, &end));
        FUZZ_ASSERT(!__builtin_add_overflow(segment.virtual_address, segment.memory_size, &end));
        FUZZ_ASSERT(i == 0 || segment.virtual_address >= previous_end);
        FUZZ_ASSERT((segment.alignment & (segment.alignment - 1)) == 0);
        FUZZ_ASSERT((segment.flags & ~UINT32_C(7)) == 0);
        if ((segment.flags & ELF64_SEGMENT_EXECUTE) != 0 &&
            image->entry >= segment.virtual_address && image->entry < end)
            entry_found = true;
        previous_end = end;
    }
    FUZZ_ASSERT(entry_found);
    FUZZ_ASSERT(elf64_load_segment(image, image->load_segment_count, &segment) ==
                ELF64_ERROR_BAD_SEGMENT);
}

static void fuzz_parse(const uint8_t *data, size_t size)
{
    struct elf64_image image;
    memset(&image, 0xa5, sizeof image);
    enum elf64_error error = elf64_parse(&image, data, size, ELF64_MACHINE_X86_64);
    const char *text = elf64_error_string(error);
    FUZZ_ASSERT(text != NULL && text[0] != 0);
    if (error == ELF64_OK) {
        fuzz_check_accepted(&image, data, size);
    } else {
        FUZZ_ASSERT(error > ELF64_OK && error <= ELF64_ERROR_BAD_ENTRY);
        FUZZ_ASSERT(image.size == (size_t)0xa5a5a5a5a5a5a5a5u); /* left untouched */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *fixed;
    fuzz_parse(data, size);
    if (size < 64)
        return 0;
    /* An exact-size heap copy, so ASan sees any read past the end. */
    fixed = malloc(size);
    memcpy(fixed, data, size);
    memcpy(fixed, "\177ELF\2\1\1", 7);
    fixed[16] = 2; /* ET_EXEC */
    fixed[17] = 0;
    fixed[18] = ELF64_MACHINE_X86_64;
    fixed[19] = 0;
    memcpy(fixed + 20, "\1\0\0\0", 4);
    fixed[54] = 56;
    fixed[55] = 0;
    /* Padding bytes of e_ident choose whether to also place a small table at 64. */
    if ((fixed[8] & 1) != 0)
        memcpy(fixed + 32, "\100\0\0\0\0\0\0\0", 8);
    if ((fixed[8] & 2) != 0) {
        fixed[56] = fixed[9] % 8;
        fixed[57] = 0;
    }
    fuzz_parse(fixed, size);
    free(fixed);
    return 0;
}
