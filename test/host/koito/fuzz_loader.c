/*
 * libFuzzer target for the KOITO program loader (koito/loader/loader.c): any bytes are planned at
 * a base chosen by the input, with the ELF identification forced valid half of the time so that
 * mutations reach the segment and relocation checks; every accepted plan is checked against
 * loader.h's promises and every one of its pages is filled.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "loader.h"

#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            abort();                                                                               \
    } while (0)

#define LIMIT 0x700000000000ull

static uint8_t page[KOITO_LOADER_PAGE];

static void fuzz_plan(const uint8_t *data, size_t size, uint64_t base)
{
    struct koito_loader_plan plan;
    enum koito_loader_error error = koito_loader_plan(&plan, data, size, base, LIMIT);
    FUZZ_ASSERT(koito_loader_error_string(error, plan.elf_error)[0] != 0);
    if (error != KOITO_LOADER_OK)
        return;
    FUZZ_ASSERT(plan.segment_count >= 1 && plan.segment_count <= KOITO_LOADER_MAX_SEGMENTS);
    FUZZ_ASSERT(plan.image_start >= KOITO_LOADER_MIN_ADDRESS && plan.image_end <= LIMIT + 4096);
    uint64_t pages = 0;
    for (unsigned i = 0; i < plan.segment_count; i++) {
        const struct koito_loader_segment *s = &plan.segments[i];
        FUZZ_ASSERT(s->start % KOITO_LOADER_PAGE == 0 && s->end > s->start);
        FUZZ_ASSERT(i == 0 || s->start >= plan.segments[i - 1].end);
        FUZZ_ASSERT(!((s->flags & ELF64_SEGMENT_WRITE) && (s->flags & ELF64_SEGMENT_EXECUTE)));
        pages += koito_loader_page_count(&plan, i);
    }
    /* Fill the pages of small images only, so a run stays fast. */
    if (pages > 64 || plan.relocation_count > 4096)
        return;
    for (unsigned i = 0; i < plan.segment_count; i++) {
        for (uint64_t a = plan.segments[i].start; a < plan.segments[i].end;
             a += KOITO_LOADER_PAGE) {
            memset(page, 0, sizeof page);
            koito_loader_fill_page(&plan, i, a, page);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    uint64_t base = size > 10 ? (uint64_t)(data[9] & 0x7f) << 28 : 0;
    fuzz_plan(copy, size, 0);
    fuzz_plan(copy, size, base);
    if (size >= 64) {
        memcpy(copy, "\177ELF\2\1\1", 7);
        copy[16] = (data[8] & 1) ? 3 : 2;
        copy[17] = 0;
        copy[18] = 62;
        copy[19] = 0;
        memcpy(copy + 20, "\1\0\0\0", 4);
        copy[54] = 56;
        copy[55] = 0;
        fuzz_plan(copy, size, copy[16] == 3 ? base : 0);
    }
    free(copy);
    return 0;
}
