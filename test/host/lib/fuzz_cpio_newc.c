/*
 * libFuzzer target for the newc cpio reader (a9n/lib/cpio_newc.c). Each
 * input is read twice: as it is, and with its first header forced to carry
 * the magic and hexadecimal fields so that mutations reach names and bodies.
 * Every entry returned must lie inside the archive, the walk must move
 * forward and stop for good, and cpio_find must agree with the walk.
 *
 * Layer: host fuzzers (libFuzzer + ASan + UBSan).
 */
#include "cpio_newc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            abort();                                                                               \
    } while (0)

#define FUZZ_FIND_LIMIT 8

static const char *fuzz_strip(const char *name)
{
    if (name[0] == '.' && name[1] == '/')
        return name + 2;
    return name[0] == '/' ? name + 1 : name;
}

static void fuzz_check_entry(const struct cpio_entry *entry, const uint8_t *data, size_t size)
{
    const uint8_t *name = (const uint8_t *)entry->name;
    FUZZ_ASSERT(name >= data && name < data + size);
    FUZZ_ASSERT(entry->name_length < (size_t)(data + size - name));
    FUZZ_ASSERT(memchr(name, 0, entry->name_length + 1) == name + entry->name_length);
    FUZZ_ASSERT(entry->data >= data && entry->data <= data + size);
    FUZZ_ASSERT(entry->size <= (size_t)(data + size - entry->data));
    FUZZ_ASSERT(entry->data >= name + entry->name_length + 1);
}

static void fuzz_check_find(const struct cpio_entry *entry, const uint8_t *data, size_t size)
{
    struct cpio_entry found;
    FUZZ_ASSERT(cpio_find(data, size, entry->name, &found) == CPIO_OK);
    FUZZ_ASSERT((found.mode & 0170000u) == 0100000u);
    FUZZ_ASSERT(strcmp(fuzz_strip(found.name), fuzz_strip(entry->name)) == 0);
    FUZZ_ASSERT(found.data <= entry->data); /* the first match */
}

static void fuzz_walk(const uint8_t *data, size_t size)
{
    struct cpio_reader reader;
    struct cpio_entry entry;
    enum cpio_error error;
    size_t previous_offset = 0;
    unsigned finds = 0;

    cpio_reader_init(&reader, data, size);
    while ((error = cpio_next(&reader, &entry)) == CPIO_OK) {
        fuzz_check_entry(&entry, data, size);
        FUZZ_ASSERT(reader.offset >= previous_offset + 112);
        previous_offset = reader.offset;
        if ((entry.mode & 0170000u) == 0100000u && finds++ < FUZZ_FIND_LIMIT)
            fuzz_check_find(&entry, data, size);
    }
    FUZZ_ASSERT(error > CPIO_OK && error < CPIO_ERROR_NOT_FOUND);
    FUZZ_ASSERT(cpio_error_string(error)[0] != 0);
    struct cpio_entry untouched = entry;
    FUZZ_ASSERT(cpio_next(&reader, &entry) == error);
    FUZZ_ASSERT(memcmp(&untouched, &entry, sizeof entry) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char hex[] = "0123456789abcdef";
    uint8_t *fixed;
    fuzz_walk(data, size);
    if (size < 110)
        return 0;
    fixed = malloc(size);
    memcpy(fixed, data, size);
    memcpy(fixed, "070701", 6);
    for (size_t i = 6; i < 110; i++)
        fixed[i] = (uint8_t)hex[fixed[i] & 15];
    /* Keep the name and file sizes small enough to fit now and then. */
    memcpy(fixed + 54, "000000", 6);
    memcpy(fixed + 94, "000000", 6);
    fuzz_walk(fixed, size);
    free(fixed);
    return 0;
}
