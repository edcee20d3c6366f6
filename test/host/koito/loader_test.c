/*
 * Host unit tests of the KOITO program loader (koito/loader/loader.c): ELF files built here field
 * by field, one problem each, every one refused with its own error before anything could be
 * mapped; a static executable and a position-independent one with RELATIVE relocations planned
 * and filled page by page.
 *
 * Layer: host unit tests (ASan + UBSan).
 */
#include "check.h"
#include "loader.h"

#include <stdlib.h>
#include <string.h>

#define LIMIT 0x700000000000ull

static uint8_t file[0x4000];

static void put(size_t offset, uint64_t value, unsigned width)
{
    for (unsigned i = 0; i < width; i++)
        file[offset + i] = (uint8_t)(value >> (8 * i));
}

/* An ELF header of type `type` with `count` program headers at 64, entry `entry`. */
static void header(unsigned type, unsigned count, uint64_t entry)
{
    memset(file, 0, sizeof file);
    memcpy(file, "\177ELF\2\1\1", 7);
    put(16, type, 2);
    put(18, 62, 2);
    put(20, 1, 4);
    put(24, entry, 8);
    put(32, 64, 8);
    put(54, 56, 2);
    put(56, count, 2);
}

static void phdr(unsigned index, unsigned type, unsigned flags, uint64_t offset, uint64_t vaddr,
                 uint64_t filesz, uint64_t memsz)
{
    size_t at = 64 + (size_t)index * 56;
    put(at, type, 4);
    put(at + 4, flags, 4);
    put(at + 8, offset, 8);
    put(at + 16, vaddr, 8);
    put(at + 24, vaddr, 8);
    put(at + 32, filesz, 8);
    put(at + 40, memsz, 8);
    put(at + 48, 0x1000, 8);
}

/* A good static executable: text R+X at 0x400000 (one page of file), data R+W with bss. */
static void good_exec(void)
{
    header(2, 2, 0x400010);
    phdr(0, 1, 5, 0x1000, 0x400000, 0x100, 0x100);
    phdr(1, 1, 6, 0x2000, 0x401000, 0x10, 0x2000);
    memset(file + 0x1000, 0xcc, 0x100);
    memset(file + 0x2000, 0x11, 0x10);
}

static struct koito_loader_plan plan;

static enum koito_loader_error load(uint64_t base)
{
    return koito_loader_plan(&plan, file, sizeof file, base, LIMIT);
}

static void test_exec(void)
{
    uint8_t page[4096];
    good_exec();
    CHECK_EQ(load(0), KOITO_LOADER_OK);
    CHECK_EQ(plan.entry, 0x400010u);
    CHECK_EQ(plan.segment_count, 2u);
    CHECK_EQ(plan.image_start, 0x400000u);
    CHECK_EQ(plan.image_end, 0x403000u);
    CHECK_EQ(koito_loader_page_count(&plan, 0), 1u);
    CHECK_EQ(koito_loader_page_count(&plan, 1), 2u);
    memset(page, 0, sizeof page);
    koito_loader_fill_page(&plan, 0, 0x400000, page);
    CHECK_EQ(page[0], 0xcc);
    CHECK_EQ(page[0xff], 0xcc);
    CHECK_EQ(page[0x100], 0);
    memset(page, 0, sizeof page);
    koito_loader_fill_page(&plan, 1, 0x402000, page);
    for (size_t i = 0; i < sizeof page; i++)
        CHECK_EQ(page[i], 0); /* bss only */
    CHECK_EQ(load(0x1000), KOITO_LOADER_ERROR_BAD_BASE);
}

/* A position-independent image: text at 0, data at 0x1000 holding two pointers to relocate (one
 * straddles the page end), a dynamic segment with DT_RELA. */
static void good_dyn(uint64_t reloc_type)
{
    header(3, 3, 0x10);
    phdr(0, 1, 5, 0x1000, 0x0, 0x100, 0x100);
    phdr(1, 1, 6, 0x2000, 0x1000, 0x1100, 0x1100);
    phdr(2, 2, 6, 0x3200, 0x2200, 0x40, 0x40);
    /* The RELA table inside the data segment's file bytes, at 0x2100 (file 0x3100). */
    put(0x3100, 0x1008, 8);
    put(0x3108, reloc_type, 8);
    put(0x3110, 0x40, 8);
    put(0x3118, 0x1ffc, 8); /* straddles 0x1fff/0x2000 */
    put(0x3120, 8, 8);
    put(0x3128, 0x1234, 8);
    /* dynamic: DT_RELA 0x2100, DT_RELASZ 48, DT_RELAENT 24, DT_NULL (file 0x3200 = 0x2200 + ...) */
    put(0x3200, 7, 8);
    put(0x3208, 0x2100, 8);
    put(0x3210, 8, 8);
    put(0x3218, 48, 8);
    put(0x3220, 9, 8);
    put(0x3228, 24, 8);
}

static void test_dyn(void)
{
    uint8_t page[4096];
    good_dyn(8);
    /* The dynamic segment lies outside the loaded ones in this file: move it into the data. */
    phdr(2, 2, 6, 0x2200, 0x1200, 0x40, 0x40);
    memcpy(file + 0x2200, file + 0x3200, 0x40);
    put(0x2208, 0x1100, 8);
    memcpy(file + 0x2100, file + 0x3100, 48);
    const uint64_t base = 0x200000000ull;
    CHECK_EQ(load(base), KOITO_LOADER_OK);
    CHECK_EQ(plan.entry, base + 0x10);
    CHECK_EQ(plan.relocation_count, 2u);
    memset(page, 0, sizeof page);
    koito_loader_fill_page(&plan, 1, base + 0x1000, page);
    uint64_t value;
    memcpy(&value, page + 8, 8);
    CHECK_EQ(value, base + 0x40);
    /* The straddling one: low 4 bytes here, high 4 bytes on the next page. */
    uint64_t expected = base + 0x1234;
    uint32_t low;
    memcpy(&low, page + 0xffc, 4);
    CHECK_EQ(low, (uint32_t)expected);
    memset(page, 0, sizeof page);
    koito_loader_fill_page(&plan, 1, base + 0x2000, page);
    uint32_t high;
    memcpy(&high, page, 4);
    CHECK_EQ(high, (uint32_t)(expected >> 32));
    CHECK_EQ(load(base + 1), KOITO_LOADER_ERROR_BAD_BASE);
    /* Below the lowest address: a base of 0 puts text at 0. */
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_OUTSIDE);

    /* Another type than RELATIVE. */
    put(0x2108, 1, 8);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION);
    put(0x2108, 8, 8);
    /* A target outside the image. */
    put(0x2100, 0x900000, 8);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_BAD_RELOCATION);
    put(0x2100, 0x1008, 8);
    /* A DT_REL table. */
    put(0x2230, 17, 8);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION);
    put(0x2230, 0, 8);
    /* A table that leaves the file bytes. */
    put(0x2218, 0x10000, 8);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_BAD_RELOCATION);
    put(0x2218, 48, 8);
    /* A wrong entry size. */
    put(0x2228, 16, 8);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_BAD_RELOCATION);
    put(0x2228, 24, 8);
    /* A dynamic segment outside the file. */
    phdr(2, 2, 6, 0x100000, 0x1200, 0x40, 0x40);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_BAD_DYNAMIC);
    CHECK_EQ(load(base), KOITO_LOADER_ERROR_BAD_DYNAMIC); /* the same answer again */
}

static void test_refusals(void)
{
    good_exec();
    phdr(0, 1, 7, 0x1000, 0x400000, 0x100, 0x100);
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_WRITE_EXECUTE);

    good_exec();
    phdr(1, 1, 6, 0x2000, 0x400800, 0x10, 0x100);
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_SHARED_PAGE);

    good_exec();
    phdr(0, 1, 5, 0x1000, 0x1000, 0x100, 0x100);
    put(24, 0x1010, 8);
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_OUTSIDE);

    good_exec();
    phdr(1, 1, 6, 0x2000, LIMIT - 0x1000, 0x10, 0x2000);
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_OUTSIDE);

    good_exec();
    put(16, 1, 2); /* ET_REL */
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_ELF);
    CHECK_EQ(plan.elf_error, ELF64_ERROR_NOT_EXECUTABLE);

    good_exec();
    phdr(0, 1, 5, 0x3f00, 0x400000, 0x200, 0x200); /* runs past the file */
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_ELF);
    CHECK_EQ(plan.elf_error, ELF64_ERROR_BAD_SEGMENT);

    header(2, 17, 0x400008);
    for (unsigned i = 0; i < 17; i++)
        phdr(i, 1, i == 0 ? 5 : 4, 0x1000, 0x400000 + i * 0x1000, 0x10, 0x10);
    CHECK_EQ(load(0), KOITO_LOADER_ERROR_TOO_MANY_SEGMENTS);
    CHECK_EQ(plan.elf_error, ELF64_OK);

    for (int e = KOITO_LOADER_OK; e <= KOITO_LOADER_ERROR_UNSUPPORTED_RELOCATION; e++)
        CHECK(koito_loader_error_string((enum koito_loader_error)e, ELF64_ERROR_BAD_MAGIC)[0] != 0);
}

int main(void)
{
    test_exec();
    test_dyn();
    test_refusals();
    return check_summary();
}
