/*
 * Host unit tests of the ELF64 parser (a9n/lib/elf64.c): hand-built files,
 * each broken in one way to reach every error code, every truncation of a
 * valid file, unaligned input, huge program-header tables, and a real static
 * executable linked by the host toolchain at build time.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "check.h"
#include "elf64.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define PHDR_OFFSET 64u
#define PHDR_SIZE   56u
#define PT_NULL     0u
#define PT_LOAD     1u
#define PT_NOTE     4u
#define BASE        UINT64_C(0x400000)

/* Offsets inside Elf64_Ehdr and Elf64_Phdr, for patching fields. */
enum {
    EH_CLASS = 4,
    EH_DATA = 5,
    EH_IDENT_VERSION = 6,
    EH_TYPE = 16,
    EH_MACHINE = 18,
    EH_VERSION = 20,
    EH_ENTRY = 24,
    EH_PHOFF = 32,
    EH_PHENTSIZE = 54,
    EH_PHNUM = 56,
    PH_TYPE = 0,
    PH_FLAGS = 4,
    PH_OFFSET = 8,
    PH_VADDR = 16,
    PH_PADDR = 24,
    PH_FILESZ = 32,
    PH_MEMSZ = 40,
    PH_ALIGN = 48,
};

struct segment_spec {
    uint32_t type;
    uint32_t flags;
    uint64_t offset;
    uint64_t vaddr;
    uint64_t filesz;
    uint64_t memsz;
    uint64_t align;
};

struct elf_file {
    uint8_t bytes[4096];
    size_t size;
};

static void put(uint8_t *at, uint64_t value, unsigned width)
{
    for (unsigned i = 0; i < width; i++)
        at[i] = (uint8_t)(value >> (8 * i));
}

static void set_phdr(struct elf_file *file, unsigned index, unsigned field, uint64_t value,
                     unsigned width)
{
    put(file->bytes + PHDR_OFFSET + index * PHDR_SIZE + field, value, width);
}

/* Header, `count` program headers, then `payload` bytes of code and data. */
static void build(struct elf_file *file, uint64_t entry, const struct segment_spec *segments,
                  unsigned count, size_t payload)
{
    memset(file, 0, sizeof *file);
    memcpy(file->bytes, "\177ELF", 4);
    file->bytes[EH_CLASS] = 2;
    file->bytes[EH_DATA] = 1;
    file->bytes[EH_IDENT_VERSION] = 1;
    put(file->bytes + EH_TYPE, 2, 2);
    put(file->bytes + EH_MACHINE, ELF64_MACHINE_X86_64, 2);
    put(file->bytes + EH_VERSION, 1, 4);
    put(file->bytes + EH_ENTRY, entry, 8);
    put(file->bytes + EH_PHOFF, PHDR_OFFSET, 8);
    put(file->bytes + 52, 64, 2);
    put(file->bytes + EH_PHENTSIZE, PHDR_SIZE, 2);
    put(file->bytes + EH_PHNUM, count, 2);
    for (unsigned i = 0; i < count; i++) {
        set_phdr(file, i, PH_TYPE, segments[i].type, 4);
        set_phdr(file, i, PH_FLAGS, segments[i].flags, 4);
        set_phdr(file, i, PH_OFFSET, segments[i].offset, 8);
        set_phdr(file, i, PH_VADDR, segments[i].vaddr, 8);
        set_phdr(file, i, PH_PADDR, segments[i].vaddr - BASE, 8);
        set_phdr(file, i, PH_FILESZ, segments[i].filesz, 8);
        set_phdr(file, i, PH_MEMSZ, segments[i].memsz, 8);
        set_phdr(file, i, PH_ALIGN, segments[i].align, 8);
    }
    file->size = PHDR_OFFSET + count * PHDR_SIZE + payload;
    for (size_t i = PHDR_OFFSET + count * PHDR_SIZE; i < file->size; i++)
        file->bytes[i] = (uint8_t)(0x90 + i);
}

/* One executable segment covering the whole 256-byte file plus bss. */
static void build_simple(struct elf_file *file)
{
    static const struct segment_spec text = {PT_LOAD, 5, 0, BASE, 256, 0x1000, 0x1000};
    build(file, BASE + 0x80, &text, 1, 256 - PHDR_OFFSET - PHDR_SIZE);
}

/* Text, a note in between, then data with bss: the usual shape of a kernel. */
static void build_three(struct elf_file *file)
{
    const struct segment_spec segments[] = {
        {PT_LOAD, 5, 0, BASE, 0x200, 0x200, 0x1000},
        {PT_NOTE, 4, 0x1f0, BASE + 0x1f0, 0x10, 0x10, 4},
        {PT_LOAD, 6, 0x200, BASE + 0x1200, 0x100, 0x3000, 0x1000},
    };
    build(file, BASE + 0x100, segments, 3, 0x300 - PHDR_OFFSET - 3 * PHDR_SIZE);
}

static enum elf64_error parse(const struct elf_file *file)
{
    struct elf64_image image;
    return elf64_parse(&image, file->bytes, file->size, ELF64_MACHINE_X86_64);
}

static void test_simple_file(void)
{
    struct elf_file file;
    struct elf64_image image;
    struct elf64_segment segment;
    build_simple(&file);
    CHECK_EQ(elf64_parse(&image, file.bytes, file.size, ELF64_MACHINE_X86_64), ELF64_OK);
    CHECK(image.data == file.bytes);
    CHECK_EQ(image.size, file.size);
    CHECK_EQ(image.entry, BASE + 0x80);
    CHECK_EQ(image.program_header_offset, PHDR_OFFSET);
    CHECK_EQ(image.program_header_count, 1);
    CHECK_EQ(image.load_segment_count, 1);
    CHECK_EQ(elf64_load_segment(&image, 0, &segment), ELF64_OK);
    CHECK_EQ(segment.virtual_address, BASE);
    CHECK_EQ(segment.physical_address, 0);
    CHECK_EQ(segment.file_offset, 0);
    CHECK_EQ(segment.file_size, 256);
    CHECK_EQ(segment.memory_size, 0x1000);
    CHECK_EQ(segment.alignment, 0x1000);
    CHECK_EQ(segment.flags, ELF64_SEGMENT_READ | ELF64_SEGMENT_EXECUTE);
    CHECK_EQ(elf64_load_segment(&image, 1, &segment), ELF64_ERROR_BAD_SEGMENT);
    CHECK_EQ(elf64_load_segment(&image, 0xffff, &segment), ELF64_ERROR_BAD_SEGMENT);
}

static void test_segments_in_file_order(void)
{
    struct elf_file file;
    struct elf64_image image;
    struct elf64_segment segment;
    build_three(&file);
    CHECK_EQ(elf64_parse(&image, file.bytes, file.size, ELF64_MACHINE_X86_64), ELF64_OK);
    CHECK_EQ(image.program_header_count, 3);
    CHECK_EQ(image.load_segment_count, 2);
    CHECK_EQ(elf64_load_segment(&image, 0, &segment), ELF64_OK);
    CHECK_EQ(segment.virtual_address, BASE);
    CHECK_EQ(segment.flags, ELF64_SEGMENT_READ | ELF64_SEGMENT_EXECUTE);
    CHECK_EQ(elf64_load_segment(&image, 1, &segment), ELF64_OK);
    CHECK_EQ(segment.virtual_address, BASE + 0x1200);
    CHECK_EQ(segment.physical_address, 0x1200);
    CHECK_EQ(segment.file_offset, 0x200);
    CHECK_EQ(segment.file_size, 0x100);
    CHECK_EQ(segment.memory_size, 0x3000);
    CHECK_EQ(segment.flags, ELF64_SEGMENT_READ | ELF64_SEGMENT_WRITE);
    CHECK_EQ(elf64_load_segment(&image, 2, &segment), ELF64_ERROR_BAD_SEGMENT);
}

static void test_every_truncation_fails(void)
{
    struct elf_file file;
    struct elf64_image image;
    int failures = 0;
    build_three(&file);
    for (size_t length = 0; length < file.size; length++) {
        enum elf64_error error = elf64_parse(&image, file.bytes, length, ELF64_MACHINE_X86_64);
        if (length < 64 && error != ELF64_ERROR_TOO_SMALL)
            failures++;
        if (length >= 64 && error != ELF64_ERROR_BAD_PROGRAM_HEADERS &&
            error != ELF64_ERROR_BAD_SEGMENT)
            failures++;
    }
    CHECK_EQ(failures, 0);
    /* A heap copy of each prefix lets ASan catch a read past its end. */
    for (size_t length = 0; length < file.size; length++) {
        uint8_t *copy = malloc(length > 0 ? length : 1);
        memcpy(copy, file.bytes, length);
        CHECK(elf64_parse(&image, copy, length, ELF64_MACHINE_X86_64) != ELF64_OK);
        free(copy);
    }
    CHECK_EQ(elf64_parse(&image, NULL, 0, ELF64_MACHINE_X86_64), ELF64_ERROR_TOO_SMALL);
}

static void test_identification(void)
{
    struct elf_file file;
    struct elf64_image image;
    for (unsigned i = 0; i < 4; i++) {
        build_simple(&file);
        file.bytes[i] ^= 0x20;
        CHECK_EQ(parse(&file), ELF64_ERROR_BAD_MAGIC);
    }
    build_simple(&file);
    file.bytes[EH_CLASS] = 1;
    CHECK_EQ(parse(&file), ELF64_ERROR_NOT_64BIT);
    build_simple(&file);
    file.bytes[EH_DATA] = 2;
    CHECK_EQ(parse(&file), ELF64_ERROR_NOT_LITTLE_ENDIAN);
    build_simple(&file);
    file.bytes[EH_IDENT_VERSION] = 0;
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_VERSION);
    build_simple(&file);
    put(file.bytes + EH_VERSION, 2, 4);
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_VERSION);
    build_simple(&file);
    put(file.bytes + EH_TYPE, 3, 2); /* ET_DYN */
    CHECK_EQ(parse(&file), ELF64_ERROR_NOT_EXECUTABLE);
    put(file.bytes + EH_TYPE, 1, 2); /* ET_REL */
    CHECK_EQ(parse(&file), ELF64_ERROR_NOT_EXECUTABLE);
    put(file.bytes + EH_TYPE, 0x0102, 2);
    CHECK_EQ(parse(&file), ELF64_ERROR_NOT_EXECUTABLE);
    build_simple(&file);
    put(file.bytes + EH_MACHINE, 3, 2);
    CHECK_EQ(parse(&file), ELF64_ERROR_WRONG_MACHINE);
    build_simple(&file);
    CHECK_EQ(elf64_parse(&image, file.bytes, file.size, 183), ELF64_ERROR_WRONG_MACHINE);
    put(file.bytes + EH_MACHINE, 183, 2);
    CHECK_EQ(elf64_parse(&image, file.bytes, file.size, 183), ELF64_OK);
}

static void test_program_header_table(void)
{
    struct elf_file file;
    const uint16_t bad_entry_sizes[] = {0, 32, 55, 57, 64, 0xffff};
    for (unsigned i = 0; i < sizeof bad_entry_sizes / sizeof bad_entry_sizes[0]; i++) {
        build_simple(&file);
        put(file.bytes + EH_PHENTSIZE, bad_entry_sizes[i], 2);
        CHECK_EQ(parse(&file), ELF64_ERROR_BAD_PROGRAM_HEADERS);
    }
    const uint64_t bad_offsets[] = {256, 256 - PHDR_SIZE + 1, UINT64_MAX, UINT64_MAX - 55,
                                    UINT64_C(1) << 63};
    for (unsigned i = 0; i < sizeof bad_offsets / sizeof bad_offsets[0]; i++) {
        build_simple(&file);
        put(file.bytes + EH_PHOFF, bad_offsets[i], 8);
        CHECK_EQ(parse(&file), ELF64_ERROR_BAD_PROGRAM_HEADERS);
    }
    build_simple(&file);
    put(file.bytes + EH_PHOFF, 256 - PHDR_SIZE, 8); /* the table may end exactly at the end */
    CHECK_EQ(parse(&file), ELF64_ERROR_NO_SEGMENTS);
    build_simple(&file);
    put(file.bytes + EH_PHNUM, 4, 2); /* 64 + 4 * 56 > 256 */
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_PROGRAM_HEADERS);
    put(file.bytes + EH_PHNUM, 0xfffe, 2);
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_PROGRAM_HEADERS);
    put(file.bytes + EH_PHNUM, 0xffff, 2); /* PN_XNUM: extended numbering is not supported */
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_PROGRAM_HEADERS);
    put(file.bytes + EH_PHNUM, 0, 2);
    CHECK_EQ(parse(&file), ELF64_ERROR_NO_SEGMENTS);
    build_simple(&file);
    put(file.bytes + EH_PHNUM, 0, 2);
    put(file.bytes + EH_PHOFF, 0, 8);
    CHECK_EQ(parse(&file), ELF64_ERROR_NO_SEGMENTS);
    build_simple(&file);
    set_phdr(&file, 0, PH_TYPE, PT_NOTE, 4);
    CHECK_EQ(parse(&file), ELF64_ERROR_NO_SEGMENTS);
}

static void test_bad_segments(void)
{
    struct elf_file file;
    struct {
        unsigned field;
        uint64_t value;
    } const cases[] = {
        {PH_OFFSET, 1},                 /* 1 + 256 > size */
        {PH_OFFSET, UINT64_MAX},        /* offset + filesz overflows */
        {PH_OFFSET, UINT64_MAX - 255},  /* offset + filesz wraps to 0 */
        {PH_FILESZ, 257},               /* past the end of the file */
        {PH_FILESZ, 0x1001},            /* filesz > memsz */
        {PH_VADDR, UINT64_MAX - 0xfff}, /* vaddr + memsz == 2^64 */
        {PH_VADDR, UINT64_MAX},         /* vaddr + memsz overflows */
        {PH_PADDR, UINT64_MAX - 0x10},  /* paddr + memsz overflows */
        {PH_ALIGN, 3},                  /* not a power of two */
        {PH_ALIGN, 0x1800},             /* not a power of two */
        {PH_ALIGN, UINT64_MAX},         /* not a power of two */
        {PH_MEMSZ, UINT64_MAX},         /* vaddr + memsz overflows */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        build_simple(&file);
        set_phdr(&file, 0, cases[i].field, cases[i].value, 8);
        CHECK_EQ(parse(&file), ELF64_ERROR_BAD_SEGMENT);
    }
    const uint64_t good_alignments[] = {0, 1, 2, 0x200000, UINT64_C(1) << 63};
    for (unsigned i = 0; i < sizeof good_alignments / sizeof good_alignments[0]; i++) {
        build_simple(&file);
        set_phdr(&file, 0, PH_ALIGN, good_alignments[i], 8);
        CHECK_EQ(parse(&file), ELF64_OK);
    }
    build_simple(&file);
    set_phdr(&file, 0, PH_FILESZ, 0, 8);
    set_phdr(&file, 0, PH_OFFSET, 256, 8); /* an empty range at the end is inside */
    CHECK_EQ(parse(&file), ELF64_OK);
    /* A broken PT_LOAD is reported even when it comes after a good one. */
    build_three(&file);
    set_phdr(&file, 2, PH_FILESZ, 0x101 + 0x300, 8);
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_SEGMENT);
    /* Fields of other program headers are not looked at. */
    build_three(&file);
    set_phdr(&file, 1, PH_OFFSET, UINT64_MAX, 8);
    set_phdr(&file, 1, PH_FILESZ, UINT64_MAX, 8);
    set_phdr(&file, 1, PH_ALIGN, 7, 8);
    CHECK_EQ(parse(&file), ELF64_OK);
}

static void test_overlapping_segments(void)
{
    struct elf_file file;
    struct elf64_image image;
    const struct {
        uint64_t second_vaddr;
        uint64_t second_memsz;
        enum elf64_error expected;
    } cases[] = {
        {BASE + 0x1000, 0x100, ELF64_OK},                          /* adjacent */
        {BASE + 0xfff, 0x100, ELF64_ERROR_OVERLAPPING_SEGMENTS},   /* one byte shared */
        {BASE, 0x100, ELF64_ERROR_OVERLAPPING_SEGMENTS},           /* same start */
        {BASE + 0x800, 0x100, ELF64_ERROR_OVERLAPPING_SEGMENTS},   /* inside */
        {BASE - 0x1000, 0x1000, ELF64_ERROR_OVERLAPPING_SEGMENTS}, /* below: out of order */
        {BASE - 0x100, 0x200, ELF64_ERROR_OVERLAPPING_SEGMENTS},   /* covers the start */
        {UINT64_MAX - 0x100, 0x100, ELF64_OK},                     /* at the very top */
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct segment_spec segments[] = {
            {PT_LOAD, 5, 0, BASE, 0x100, 0x1000, 0x1000},
            {PT_LOAD, 6, 0, cases[i].second_vaddr, 0x100, cases[i].second_memsz, 0},
        };
        build(&file, BASE + 0x10, segments, 2, 0x100);
        set_phdr(&file, 1, PH_PADDR, 0x10000, 8);
        CHECK_EQ(elf64_parse(&image, file.bytes, file.size, ELF64_MACHINE_X86_64),
                 cases[i].expected);
    }
}

static void test_entry_point(void)
{
    struct elf_file file;
    const struct {
        uint64_t entry;
        enum elf64_error expected;
    } cases[] = {
        {BASE, ELF64_OK},
        {BASE + 0x1ff, ELF64_OK},
        {BASE + 0x200, ELF64_ERROR_BAD_ENTRY},  /* one past the text segment */
        {BASE + 0x1200, ELF64_ERROR_BAD_ENTRY}, /* data is not executable */
        {BASE + 0x41ff, ELF64_ERROR_BAD_ENTRY}, /* data's bss */
        {BASE - 1, ELF64_ERROR_BAD_ENTRY},
        {0, ELF64_ERROR_BAD_ENTRY},
        {UINT64_MAX, ELF64_ERROR_BAD_ENTRY},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        build_three(&file);
        put(file.bytes + EH_ENTRY, cases[i].entry, 8);
        CHECK_EQ(parse(&file), cases[i].expected);
    }
    /* An executable bss counts: the entry lies in memsz, not only filesz. */
    build_three(&file);
    set_phdr(&file, 2, PH_FLAGS, 7, 4);
    put(file.bytes + EH_ENTRY, BASE + 0x41ff, 8);
    CHECK_EQ(parse(&file), ELF64_OK);
    /* An executable PT_NOTE does not. */
    build_three(&file);
    set_phdr(&file, 1, PH_FLAGS, 1, 4);
    set_phdr(&file, 1, PH_VADDR, BASE + 0x10000, 8);
    put(file.bytes + EH_ENTRY, BASE + 0x10000, 8);
    CHECK_EQ(parse(&file), ELF64_ERROR_BAD_ENTRY);
}

static void test_flags_and_unaligned_input(void)
{
    struct elf_file file;
    struct elf64_image image;
    struct elf64_segment segment;
    uint8_t *shifted = malloc(sizeof file.bytes + 3);
    build_simple(&file);
    set_phdr(&file, 0, PH_FLAGS, 0xf0000007u, 4);
    for (unsigned shift = 1; shift < 4; shift++) {
        memcpy(shifted + shift, file.bytes, file.size);
        CHECK_EQ(elf64_parse(&image, shifted + shift, file.size, ELF64_MACHINE_X86_64), ELF64_OK);
        CHECK_EQ(elf64_load_segment(&image, 0, &segment), ELF64_OK);
        CHECK_EQ(segment.flags, ELF64_SEGMENT_READ | ELF64_SEGMENT_WRITE | ELF64_SEGMENT_EXECUTE);
    }
    free(shifted);
}

/* 65534 program headers: a file of 3.6 MiB that must still parse quickly. */
static void test_huge_tables(void)
{
    const uint32_t count = 0xfffe;
    size_t size = PHDR_OFFSET + (size_t)count * PHDR_SIZE;
    uint8_t *bytes = calloc(1, size);
    struct elf_file header;
    struct elf64_image image;
    struct elf64_segment segment;
    static const struct segment_spec none = {PT_NULL, 0, 0, 0, 0, 0, 0};

    build(&header, BASE, &none, 1, 0);
    memcpy(bytes, header.bytes, PHDR_OFFSET);
    put(bytes + EH_PHNUM, count, 2);
    for (uint32_t i = 0; i < count; i++) {
        uint8_t *phdr = bytes + PHDR_OFFSET + (size_t)i * PHDR_SIZE;
        put(phdr + PH_TYPE, PT_LOAD, 4);
        put(phdr + PH_FLAGS, 5, 4);
        put(phdr + PH_VADDR, BASE + (uint64_t)i * 0x1000, 8);
        put(phdr + PH_MEMSZ, 0x1000, 8);
    }
    CHECK_EQ(elf64_parse(&image, bytes, size, ELF64_MACHINE_X86_64), ELF64_OK);
    CHECK_EQ(image.load_segment_count, count);
    CHECK_EQ(elf64_load_segment(&image, (uint16_t)(count - 1), &segment), ELF64_OK);
    CHECK_EQ(segment.virtual_address, BASE + (uint64_t)(count - 1) * 0x1000);
    /* The last segment moved below its predecessor: found in linear time. */
    put(bytes + PHDR_OFFSET + (size_t)(count - 1) * PHDR_SIZE + PH_VADDR, BASE, 8);
    CHECK_EQ(elf64_parse(&image, bytes, size, ELF64_MACHINE_X86_64),
             ELF64_ERROR_OVERLAPPING_SEGMENTS);
    /* Only the table's last entry is a PT_LOAD. */
    for (uint32_t i = 0; i + 1 < count; i++)
        put(bytes + PHDR_OFFSET + (size_t)i * PHDR_SIZE + PH_TYPE, PT_NULL, 4);
    CHECK_EQ(elf64_parse(&image, bytes, size, ELF64_MACHINE_X86_64), ELF64_OK);
    CHECK_EQ(image.load_segment_count, 1);
    CHECK_EQ(elf64_load_segment(&image, 0, &segment), ELF64_OK);
    CHECK_EQ(segment.virtual_address, BASE);
    free(bytes);
}

static uint8_t *read_file(const char *path, size_t *size)
{
    FILE *stream = fopen(path, "rb");
    uint8_t *bytes = NULL;
    long length;
    if (stream == NULL)
        return NULL;
    if (fseek(stream, 0, SEEK_END) == 0 && (length = ftell(stream)) > 0 &&
        fseek(stream, 0, SEEK_SET) == 0) {
        bytes = malloc((size_t)length);
        if (fread(bytes, 1, (size_t)length, stream) != (size_t)length) {
            free(bytes);
            bytes = NULL;
        }
        *size = (size_t)length;
    }
    fclose(stream);
    return bytes;
}

static void test_real_executable(void)
{
    size_t size = 0;
    uint8_t *bytes = read_file(ELF64_SAMPLE_PROGRAM, &size);
    struct elf64_image image;
    struct elf64_segment segment;
    bool entry_in_text = false;
    bool has_bss = false;

    CHECK(bytes != NULL);
    if (bytes == NULL)
        return;
    CHECK_EQ(elf64_parse(&image, bytes, size, ELF64_MACHINE_X86_64), ELF64_OK);
    CHECK(image.load_segment_count >= 2);
    for (uint16_t i = 0; i < image.load_segment_count; i++) {
        CHECK_EQ(elf64_load_segment(&image, i, &segment), ELF64_OK);
        CHECK(segment.file_offset + segment.file_size <= size);
        CHECK(segment.file_size <= segment.memory_size);
        if ((segment.flags & ELF64_SEGMENT_EXECUTE) != 0 &&
            image.entry - segment.virtual_address < segment.memory_size)
            entry_in_text = true;
        if (segment.memory_size >= segment.file_size + 8192)
            has_bss = true;
    }
    CHECK(entry_in_text);
    CHECK(has_bss);
    CHECK_EQ(elf64_parse(&image, bytes, size, 183), ELF64_ERROR_WRONG_MACHINE);
    CHECK_EQ(image.size, size); /* a failed parse leaves the image alone */
    /* Cutting the file inside any segment must be caught. */
    for (uint16_t i = 0; i < image.load_segment_count; i++) {
        struct elf64_image cut;
        CHECK_EQ(elf64_load_segment(&image, i, &segment), ELF64_OK);
        if (segment.file_size > 0)
            CHECK_EQ(elf64_parse(&cut, bytes, segment.file_offset + segment.file_size - 1,
                                 ELF64_MACHINE_X86_64),
                     ELF64_ERROR_BAD_SEGMENT);
    }
    free(bytes);
}

static void test_error_strings(void)
{
    for (int error = ELF64_OK; error <= ELF64_ERROR_BAD_ENTRY; error++) {
        const char *text = elf64_error_string((enum elf64_error)error);
        CHECK(text != NULL && text[0] != 0);
        for (int other = ELF64_OK; other < error; other++)
            CHECK(strcmp(text, elf64_error_string((enum elf64_error)other)) != 0);
    }
    CHECK(strcmp(elf64_error_string((enum elf64_error)99), "unknown ELF error") == 0);
}

int main(void)
{
    test_simple_file();
    test_segments_in_file_order();
    test_every_truncation_fails();
    test_identification();
    test_program_header_table();
    test_bad_segments();
    test_overlapping_segments();
    test_entry_point();
    test_flags_and_unaligned_input();
    test_huge_tables();
    test_real_executable();
    test_error_strings();
    return check_summary();
}
