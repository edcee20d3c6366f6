/*
 * Host tests of the loader's kernel check (a9n/lib/kernel_note.c): the real
 * A9N kernel is accepted with the note its linker script gave it; an app
 * (the KOITO root server) named as the kernel is refused; so is the kernel
 * with a segment moved physically, all segments moved together, a note of
 * an unknown version or size, and every truncation of its note segment,
 * which must never read outside the file.
 *
 * Layer: host tests (ASan + UBSan). The kernel and the root server come from
 * the build's SDK stage (A9N_KERNEL_ELF, KOITO_ROOT_ELF).
 */
#include "check.h"
#include "elf64.h"
#include "kernel_note.h"

#include <stdlib.h>
#include <string.h>

#define PHDR_SIZE     56u
#define PT_NOTE       4u
#define EH_ENTRY      24u
#define EH_PHOFF      32u
#define EH_PHNUM      56u
#define PH_TYPE       0u
#define PH_OFFSET     8u
#define PH_VADDR      16u
#define PH_PADDR      24u
#define PH_FILESZ     32u
#define KERNEL_BASE   UINT64_C(0xffffffff80000000)
#define KERNEL_START  UINT64_C(0x200000)
#define PT_LOAD_VALUE 1u

struct blob {
    uint8_t *bytes;
    size_t size;
};

static struct blob read_file(const char *path)
{
    struct blob blob = {0, 0};
    FILE *file = fopen(path, "rb");
    if (!file) {
        fprintf(stderr, "cannot open %s\n", path);
        abort();
    }
    fseek(file, 0, SEEK_END);
    blob.size = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    blob.bytes = malloc(blob.size);
    if (!blob.bytes || fread(blob.bytes, 1, blob.size, file) != blob.size)
        abort();
    fclose(file);
    return blob;
}

static struct blob copy_of(struct blob blob)
{
    struct blob copy = {malloc(blob.size), blob.size};
    if (!copy.bytes)
        abort();
    memcpy(copy.bytes, blob.bytes, blob.size);
    return copy;
}

static uint64_t get(const uint8_t *at, unsigned width)
{
    uint64_t value = 0;
    for (unsigned i = 0; i < width; i++)
        value |= (uint64_t)at[i] << (8 * i);
    return value;
}

static void put(uint8_t *at, uint64_t value, unsigned width)
{
    for (unsigned i = 0; i < width; i++)
        at[i] = (uint8_t)(value >> (8 * i));
}

static uint8_t *phdr(struct blob blob, unsigned index)
{
    return blob.bytes + get(blob.bytes + EH_PHOFF, 8) + index * PHDR_SIZE;
}

static unsigned phdr_count(struct blob blob)
{
    return (unsigned)get(blob.bytes + EH_PHNUM, 2);
}

/* Parse (every file here is a valid ELF file) and check. */
static enum kernel_note_error check(struct blob blob, struct a9n_kernel_note *note)
{
    struct elf64_image image;
    enum elf64_error error = elf64_parse(&image, blob.bytes, blob.size, ELF64_MACHINE_X86_64);
    if (error != ELF64_OK) {
        fprintf(stderr, "the test made an invalid ELF file: %s\n", elf64_error_string(error));
        abort();
    }
    return kernel_note_check(&image, note);
}

/* The A9N note's descriptor inside the file. */
static uint8_t *note_descriptor(struct blob blob)
{
    static const uint8_t name[4] = {'A', '9', 'N', 0};
    for (size_t at = 12; at + 4 + A9N_KERNEL_NOTE_SIZE <= blob.size; at += 4) {
        if (memcmp(blob.bytes + at, name, 4) == 0 &&
            get(blob.bytes + at - 4, 4) == A9N_KERNEL_NOTE_TYPE)
            return blob.bytes + at + 4;
    }
    abort();
}

static void test_real_kernel_accepted(struct blob kernel)
{
    struct a9n_kernel_note note = {0};
    CHECK_EQ(check(kernel, &note), KERNEL_NOTE_OK);
    CHECK_EQ(note.version, A9N_KERNEL_NOTE_VERSION);
    CHECK_EQ(note.physical_start, KERNEL_START);
    CHECK(note.physical_end > note.physical_start);
    CHECK_EQ(note.virtual_offset, KERNEL_BASE);
}

static void test_app_refused(struct blob app)
{
    struct a9n_kernel_note note;
    CHECK_EQ(check(app, &note), KERNEL_NOTE_MISSING);
    CHECK(strstr(kernel_note_error_string(KERNEL_NOTE_MISSING), "not an A9N kernel") != 0);
}

/* The index of the first PT_LOAD whose virtual address is in the higher half. */
static unsigned higher_half_load(struct blob kernel)
{
    for (unsigned i = 0; i < phdr_count(kernel); i++) {
        uint8_t *header = phdr(kernel, i);
        if (get(header + PH_TYPE, 4) == PT_LOAD_VALUE && get(header + PH_VADDR, 8) >= KERNEL_BASE)
            return i;
    }
    abort();
}

static void test_moved_segments_refused(struct blob kernel)
{
    struct a9n_kernel_note note;
    /* One segment loaded 4 KiB higher than it runs. */
    struct blob moved = copy_of(kernel);
    uint8_t *header = phdr(moved, higher_half_load(moved));
    put(header + PH_PADDR, get(header + PH_PADDR, 8) + 0x1000, 8);
    CHECK_EQ(check(moved, &note), KERNEL_NOTE_SEGMENT_MISPLACED);
    free(moved.bytes);

    /* Every segment (and the entry point) moved up 1 MiB, addresses
     * consistent among themselves. */
    moved = copy_of(kernel);
    put(moved.bytes + EH_ENTRY, get(moved.bytes + EH_ENTRY, 8) + 0x100000, 8);
    for (unsigned i = 0; i < phdr_count(moved); i++) {
        header = phdr(moved, i);
        if (get(header + PH_TYPE, 4) != PT_LOAD_VALUE)
            continue;
        put(header + PH_PADDR, get(header + PH_PADDR, 8) + 0x100000, 8);
        put(header + PH_VADDR, get(header + PH_VADDR, 8) + 0x100000, 8);
    }
    CHECK_EQ(check(moved, &note), KERNEL_NOTE_SEGMENT_OUTSIDE);
    free(moved.bytes);

    /* A note whose range excludes the kernel's first page. */
    moved = copy_of(kernel);
    uint8_t *descriptor = note_descriptor(moved);
    put(descriptor + 8, KERNEL_START + 0x1000, 8);
    CHECK_EQ(check(moved, &note), KERNEL_NOTE_SEGMENT_OUTSIDE);
    put(descriptor + 8, get(descriptor + 16, 8), 8);
    CHECK_EQ(check(moved, &note), KERNEL_NOTE_BAD_RANGE);
    free(moved.bytes);
}

static void test_unknown_versions_refused(struct blob kernel)
{
    struct a9n_kernel_note note;
    struct blob changed = copy_of(kernel);
    uint8_t *descriptor = note_descriptor(changed);
    put(descriptor, A9N_KERNEL_NOTE_VERSION + 1, 4);
    CHECK_EQ(check(changed, &note), KERNEL_NOTE_BAD_VERSION);
    put(descriptor, 0, 4);
    CHECK_EQ(check(changed, &note), KERNEL_NOTE_BAD_VERSION);
    put(descriptor, A9N_KERNEL_NOTE_VERSION, 4);
    CHECK_EQ(check(changed, &note), KERNEL_NOTE_OK);
    /* The right version with a descriptor of another size. */
    put(descriptor - 12, A9N_KERNEL_NOTE_SIZE - 8, 4);
    CHECK_EQ(check(changed, &note), KERNEL_NOTE_BAD_VERSION);
    free(changed.bytes);
}

/* Every length of the note segment, from 0 to past the end of the file:
 * only a whole A9N note passes, and nothing is read outside the file. */
static void test_truncated_notes(struct blob kernel)
{
    struct a9n_kernel_note note;
    for (unsigned i = 0; i < phdr_count(kernel); i++) {
        uint8_t *header = phdr(kernel, i);
        if (get(header + PH_TYPE, 4) != PT_NOTE)
            continue;
        struct blob cut = copy_of(kernel);
        uint8_t *cut_header = phdr(cut, i);
        uint64_t offset = get(header + PH_OFFSET, 8);
        uint64_t full = get(header + PH_FILESZ, 8);
        unsigned passed = 0;
        for (uint64_t size = 0; size <= full + 16; size++) {
            put(cut_header + PH_FILESZ, size, 8);
            enum kernel_note_error error = check(cut, &note);
            CHECK(error == KERNEL_NOTE_OK || error == KERNEL_NOTE_MISSING ||
                  error == KERNEL_NOTE_MALFORMED);
            passed += error == KERNEL_NOTE_OK;
        }
        CHECK(passed > 0);
        /* A note segment that runs past the end of the file. */
        put(cut_header + PH_FILESZ, cut.size - offset + 1, 8);
        CHECK_EQ(check(cut, &note), KERNEL_NOTE_MALFORMED);
        put(cut_header + PH_OFFSET, UINT64_MAX - 8, 8);
        CHECK_EQ(check(cut, &note), KERNEL_NOTE_MALFORMED);
        free(cut.bytes);
    }
}

int main(void)
{
    struct blob kernel = read_file(A9N_KERNEL_ELF);
    struct blob app = read_file(KOITO_ROOT_ELF);
    test_real_kernel_accepted(kernel);
    test_app_refused(app);
    test_moved_segments_refused(kernel);
    test_unknown_versions_refused(kernel);
    test_truncated_notes(kernel);
    free(kernel.bytes);
    free(app.bytes);
    return check_summary();
}
