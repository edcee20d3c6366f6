/*
 * Host unit tests of the newc cpio reader (a9n/lib/cpio_newc.c): archives
 * built here entry by entry, then broken one field at a time to reach every
 * error code, cut at every length, and moved to unaligned addresses.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "check.h"
#include "cpio_newc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define MODE_REGULAR    0100644u
#define MODE_DIRECTORY  040755u
#define MODE_SYMLINK    0120777u
#define FIELD_NAME_SIZE 11u
#define FIELD_FILE_SIZE 6u
#define HEADER_SIZE     110u

struct archive {
    uint8_t bytes[8192];
    size_t size;
};

static void pad(struct archive *archive)
{
    while (archive->size % 4 != 0)
        archive->bytes[archive->size++] = 0;
}

/* Append one entry; returns the offset of its header. */
static size_t add(struct archive *archive, const char *name, uint32_t mode, const char *data,
                  bool lower_case)
{
    size_t header = archive->size;
    size_t name_size = strlen(name) + 1;
    size_t data_size = data != NULL ? strlen(data) : 0;
    const char *format = lower_case ? "070701%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x%08x"
                                    : "070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X";
    char text[HEADER_SIZE + 1];
    snprintf(text, sizeof text, format, 0xabcdu + (unsigned)header, mode, 0u, 0u, 1u, 0x5f5e1000u,
             (unsigned)data_size, 0u, 0u, 0u, 0u, (unsigned)name_size, 0u);
    memcpy(archive->bytes + archive->size, text, HEADER_SIZE);
    archive->size += HEADER_SIZE;
    memcpy(archive->bytes + archive->size, name, name_size);
    archive->size += name_size;
    pad(archive);
    if (data_size > 0)
        memcpy(archive->bytes + archive->size, data, data_size);
    archive->size += data_size;
    pad(archive);
    return header;
}

static size_t add_trailer(struct archive *archive)
{
    return add(archive, "TRAILER!!!", 0, NULL, false);
}

static void set_field(struct archive *archive, size_t header, unsigned field, const char *digits)
{
    memcpy(archive->bytes + header + 6 + field * 8, digits, 8);
}

/* A typical initrd: a directory, files with and without "./", a symlink. */
static void build_sample(struct archive *archive)
{
    memset(archive, 0, sizeof *archive);
    add(archive, ".", MODE_DIRECTORY, NULL, false);
    add(archive, "./bin", MODE_DIRECTORY, NULL, true);
    add(archive, "./bin/init", MODE_REGULAR, "\177ELF-init-body", false);
    add(archive, "etc/koito.conf", MODE_REGULAR, "console=serial\n", true);
    add(archive, "/empty", MODE_REGULAR, NULL, false);
    add(archive, "link", MODE_SYMLINK, "bin/init", false);
    add_trailer(archive);
    /* Archivers pad the whole archive to a block; the reader stops at the trailer. */
    archive->size += 512 - archive->size % 512;
}

static bool entry_inside(const struct cpio_entry *entry, const uint8_t *data, size_t size)
{
    const uint8_t *name = (const uint8_t *)entry->name;
    return name >= data && entry->name_length < size && name + entry->name_length < data + size &&
           entry->name[entry->name_length] == 0 && entry->data >= data &&
           entry->data <= data + size && entry->size <= (size_t)(data + size - entry->data);
}

static void test_walk(void)
{
    struct archive archive;
    struct cpio_reader reader;
    struct cpio_entry entry;
    static const char *const names[] = {".",      "./bin", "./bin/init", "etc/koito.conf",
                                        "/empty", "link"};
    static const uint32_t modes[] = {MODE_DIRECTORY, MODE_DIRECTORY, MODE_REGULAR,
                                     MODE_REGULAR,   MODE_REGULAR,   MODE_SYMLINK};
    static const char *const bodies[] = {"", "",        "\177ELF-init-body", "console=serial\n",
                                         "", "bin/init"};
    build_sample(&archive);
    cpio_reader_init(&reader, archive.bytes, archive.size);
    for (unsigned i = 0; i < 6; i++) {
        CHECK_EQ(cpio_next(&reader, &entry), CPIO_OK);
        CHECK(entry_inside(&entry, archive.bytes, archive.size));
        CHECK(strcmp(entry.name, names[i]) == 0);
        CHECK_EQ(entry.name_length, strlen(names[i]));
        CHECK_EQ(entry.mode, modes[i]);
        CHECK_EQ(entry.mtime, 0x5f5e1000u); /* the mtime field add() writes */
        CHECK_EQ(entry.size, strlen(bodies[i]));
        CHECK(memcmp(entry.data, bodies[i], entry.size) == 0);
        CHECK_EQ((entry.data - archive.bytes) % 4, 0);
    }
    memset(&entry, 0x5a, sizeof entry);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_END);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_END);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_END);
    CHECK_EQ(entry.size, (size_t)0x5a5a5a5a5a5a5a5a); /* untouched at the end */
}

static void test_find(void)
{
    struct archive archive;
    struct cpio_entry entry;
    build_sample(&archive);
    const char *const init_names[] = {"bin/init", "./bin/init", "/bin/init"};
    for (unsigned i = 0; i < 3; i++) {
        CHECK_EQ(cpio_find(archive.bytes, archive.size, init_names[i], &entry), CPIO_OK);
        CHECK(strcmp(entry.name, "./bin/init") == 0);
        CHECK_EQ(entry.size, 14);
        CHECK(memcmp(entry.data, "\177ELF", 4) == 0);
    }
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "etc/koito.conf", &entry), CPIO_OK);
    CHECK(memcmp(entry.data, "console=serial\n", 15) == 0);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "empty", &entry), CPIO_OK);
    CHECK_EQ(entry.size, 0);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "/empty", &entry), CPIO_OK);
    /* Only regular files match. */
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "bin", &entry), CPIO_ERROR_NOT_FOUND);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, ".", &entry), CPIO_ERROR_NOT_FOUND);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "link", &entry), CPIO_ERROR_NOT_FOUND);
    /* Whole names only. */
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "bin/ini", &entry), CPIO_ERROR_NOT_FOUND);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "bin/init2", &entry), CPIO_ERROR_NOT_FOUND);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "", &entry), CPIO_ERROR_NOT_FOUND);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "TRAILER!!!", &entry), CPIO_ERROR_NOT_FOUND);
    /* Only one prefix is ignored. */
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "//bin/init", &entry), CPIO_ERROR_NOT_FOUND);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "././bin/init", &entry), CPIO_ERROR_NOT_FOUND);
}

static void test_find_first_and_errors(void)
{
    struct archive archive;
    struct cpio_entry entry;
    memset(&archive, 0, sizeof archive);
    add(&archive, "a", MODE_DIRECTORY, NULL, false);
    add(&archive, "a", MODE_REGULAR, "first", false);
    add(&archive, "./a", MODE_REGULAR, "second", false);
    size_t broken = add(&archive, "b", MODE_REGULAR, "x", false);
    add_trailer(&archive);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "a", &entry), CPIO_OK);
    CHECK(memcmp(entry.data, "first", 5) == 0);
    archive.bytes[broken] = 'X';
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "a", &entry), CPIO_OK);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "b", &entry), CPIO_ERROR_BAD_MAGIC);
    CHECK_EQ(cpio_find(archive.bytes, broken + 20, "b", &entry), CPIO_ERROR_TRUNCATED);
    CHECK_EQ(cpio_find(NULL, 0, "a", &entry), CPIO_ERROR_TRUNCATED);
}

static void test_magic_and_header_fields(void)
{
    struct archive archive;
    struct cpio_reader reader;
    struct cpio_entry entry;
    static const char *const bad_magics[] = {"070700", "070703", "070707", "170701", "07070 "};
    for (unsigned i = 0; i < 5; i++) {
        build_sample(&archive);
        memcpy(archive.bytes, bad_magics[i], 6);
        cpio_reader_init(&reader, archive.bytes, archive.size);
        CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_MAGIC);
        CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_MAGIC);
    }
    build_sample(&archive);
    memcpy(archive.bytes, "070702", 6); /* the CRC variant, checksum not verified */
    set_field(&archive, 0, 12, "DEADBEEF");
    cpio_reader_init(&reader, archive.bytes, archive.size);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_OK);
    static const char *const bad_digits[] = {"0000000g", "G0000000", " 0000001", "0000001 ",
                                             "-0000001", "0x000001", "0000:000", "0000@000"};
    for (unsigned field = 0; field < 13; field++) {
        for (unsigned i = 0; i < 8; i++) {
            build_sample(&archive);
            set_field(&archive, 0, field, bad_digits[i]);
            cpio_reader_init(&reader, archive.bytes, archive.size);
            CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_HEADER);
        }
    }
    /* A later header going bad stops the walk there, and stays stopped. */
    build_sample(&archive);
    set_field(&archive, 4 * 28, 0, "zzzzzzzz");
    cpio_reader_init(&reader, archive.bytes, archive.size);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_OK);
    CHECK(strcmp(entry.name, ".") == 0);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_HEADER);
    CHECK(strcmp(entry.name, ".") == 0); /* untouched after an error */
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_HEADER);
}

static void test_names(void)
{
    struct archive archive;
    struct cpio_reader reader;
    struct cpio_entry entry;
    size_t header;
    struct {
        const char *name_size;
        enum cpio_error expected;
    } const cases[] = {
        {"00000000", CPIO_ERROR_BAD_NAME},  /* no name at all */
        {"00000001", CPIO_ERROR_BAD_NAME},  /* "f" without its NUL */
        {"00000004", CPIO_ERROR_BAD_NAME},  /* the NUL, then a padding NUL: embedded NUL */
        {"FFFFFFFF", CPIO_ERROR_TRUNCATED}, /* runs past the end */
        {"ffffff00", CPIO_ERROR_TRUNCATED},
    };
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memset(&archive, 0, sizeof archive);
        header = add(&archive, "fi", MODE_REGULAR, "body", false);
        add_trailer(&archive);
        set_field(&archive, header, FIELD_NAME_SIZE, cases[i].name_size);
        cpio_reader_init(&reader, archive.bytes, archive.size);
        CHECK_EQ(cpio_next(&reader, &entry), cases[i].expected);
    }
    memset(&archive, 0, sizeof archive);
    header = add(&archive, "abc", MODE_REGULAR, NULL, false);
    archive.bytes[header + HEADER_SIZE + 1] = 0; /* "a\0c\0" */
    cpio_reader_init(&reader, archive.bytes, archive.size);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_NAME);
    /* A name that ends exactly at the end of the archive, unterminated. */
    memset(&archive, 0, sizeof archive);
    header = add(&archive, "abc", MODE_REGULAR, NULL, false);
    archive.bytes[header + HEADER_SIZE + 3] = 'd';
    cpio_reader_init(&reader, archive.bytes, HEADER_SIZE + 4);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_NAME);
}

static void test_file_sizes(void)
{
    struct archive archive;
    struct cpio_reader reader;
    struct cpio_entry entry;
    static const char *const sizes[] = {"FFFFFFFF", "80000000", "00000101", "00000011"};
    for (unsigned i = 0; i < 4; i++) {
        memset(&archive, 0, sizeof archive);
        size_t header = add(&archive, "f", MODE_REGULAR, "0123456789abcdef", false);
        set_field(&archive, header, FIELD_FILE_SIZE, sizes[i]);
        cpio_reader_init(&reader, archive.bytes, archive.size);
        CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_TRUNCATED);
    }
    /* A body that fills the archive exactly, with no padding after it:
     * the entry is fine, the missing next header is not. */
    memset(&archive, 0, sizeof archive);
    add(&archive, "f", MODE_REGULAR, "abcde", false);
    cpio_reader_init(&reader, archive.bytes, archive.size - 3);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_OK);
    CHECK_EQ(entry.size, 5);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_TRUNCATED);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_TRUNCATED);
}

/* Cut the sample at every length: entries before the cut read fine, then
 * the reader reports truncation, unless the cut falls after the trailer's name. */
static void test_every_truncation(void)
{
    struct archive archive;
    struct cpio_reader reader;
    struct cpio_entry entry;
    build_sample(&archive);
    size_t trailer_end = 0;
    cpio_reader_init(&reader, archive.bytes, archive.size);
    while (cpio_next(&reader, &entry) == CPIO_OK)
        ;
    trailer_end = reader.offset + HEADER_SIZE + sizeof "TRAILER!!!";
    int wrong = 0;
    for (size_t length = 0; length <= archive.size; length++) {
        uint8_t *copy = malloc(length > 0 ? length : 1);
        enum cpio_error error;
        memcpy(copy, archive.bytes, length);
        cpio_reader_init(&reader, copy, length);
        while ((error = cpio_next(&reader, &entry)) == CPIO_OK) {
            if (!entry_inside(&entry, copy, length))
                wrong++;
        }
        if (error != (length >= trailer_end ? CPIO_END : CPIO_ERROR_TRUNCATED))
            wrong++;
        free(copy);
    }
    CHECK_EQ(wrong, 0);
}

static void test_unaligned_archive(void)
{
    struct archive archive;
    struct cpio_entry entry;
    uint8_t *shifted = malloc(sizeof archive.bytes + 3);
    ptrdiff_t aligned_offset;
    build_sample(&archive);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "etc/koito.conf", &entry), CPIO_OK);
    aligned_offset = entry.data - archive.bytes;
    for (unsigned shift = 1; shift < 4; shift++) {
        memcpy(shifted + shift, archive.bytes, archive.size);
        CHECK_EQ(cpio_find(shifted + shift, archive.size, "etc/koito.conf", &entry), CPIO_OK);
        CHECK_EQ(entry.data - (shifted + shift), aligned_offset);
        CHECK(memcmp(entry.data, "console=serial\n", 15) == 0);
    }
    free(shifted);
}

static void test_empty_inputs(void)
{
    struct cpio_reader reader;
    struct cpio_entry entry;
    struct archive archive;
    cpio_reader_init(&reader, NULL, 0);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_TRUNCATED);
    memset(&archive, 0, sizeof archive);
    add_trailer(&archive);
    cpio_reader_init(&reader, archive.bytes, archive.size);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_END);
    CHECK_EQ(cpio_find(archive.bytes, archive.size, "x", &entry), CPIO_ERROR_NOT_FOUND);
    memset(archive.bytes, 0, sizeof archive.bytes);
    cpio_reader_init(&reader, archive.bytes, 512);
    CHECK_EQ(cpio_next(&reader, &entry), CPIO_ERROR_BAD_MAGIC);
}

static void test_error_strings(void)
{
    for (int error = CPIO_OK; error <= CPIO_ERROR_NOT_FOUND; error++) {
        const char *text = cpio_error_string((enum cpio_error)error);
        CHECK(text != NULL && text[0] != 0);
        for (int other = CPIO_OK; other < error; other++)
            CHECK(strcmp(text, cpio_error_string((enum cpio_error)other)) != 0);
    }
    CHECK(strcmp(cpio_error_string((enum cpio_error)99), "unknown cpio error") == 0);
}

int main(void)
{
    test_walk();
    test_find();
    test_find_first_and_errors();
    test_magic_and_header_fields();
    test_names();
    test_file_sizes();
    test_every_truncation();
    test_unaligned_archive();
    test_empty_inputs();
    test_error_strings();
    return check_summary();
}
