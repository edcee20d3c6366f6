/*
 * Reader for "newc" cpio archives, the initrd format of A9N and KOITO.
 *
 * Layer: freestanding library (a9n/lib), built into the kernel, the loader,
 * user servers and the host tests. No libc.
 *
 * Format (one entry, offsets from the start of the archive):
 *   110-byte header: 6-byte magic "070701" ("070702" adds a checksum, which we
 *     do not verify), then 13 fields of 8 ASCII hex digits: ino, mode, uid,
 *     gid, nlink, mtime, filesize, devmajor, devminor, rdevmajor, rdevminor,
 *     namesize (NUL included), check;
 *   the name, padded with NULs so that header + name ends on a 4-byte boundary;
 *   the file body, padded to a 4-byte boundary.
 * The entry named "TRAILER!!!" ends the archive; anything after it is ignored.
 *
 * A failed or final read leaves the reader where it was, so every later call
 * reads the same header again and reports the same result without keeping
 * any extra state.
 */
#include "cpio_newc.h"

#include <stdbool.h>

#define CPIO_HEADER_SIZE     110u
#define CPIO_MAGIC_SIZE      6u
#define CPIO_FIELD_DIGITS    8u
#define CPIO_FIELD_COUNT     13u
#define CPIO_FIELD_MODE      1u
#define CPIO_FIELD_MTIME     5u
#define CPIO_FIELD_FILE_SIZE 6u
#define CPIO_FIELD_NAME_SIZE 11u

#define CPIO_MODE_TYPE_MASK 0170000u
#define CPIO_MODE_REGULAR   0100000u

static const char cpio_trailer[] = "TRAILER!!!";

static bool cpio_parse_field(const uint8_t *text, uint32_t *value)
{
    uint32_t result = 0;
    for (unsigned i = 0; i < CPIO_FIELD_DIGITS; i++) {
        uint8_t c = text[i];
        uint32_t digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10u;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10u;
        else
            return false;
        result = (result << 4) | digit;
    }
    *value = result;
    return true;
}

/* Round up to a multiple of 4; an offset that cannot be rounded saturates,
 * which every later bounds check rejects. */
static size_t cpio_align(size_t offset)
{
    size_t aligned;
    if (__builtin_add_overflow(offset, 3u, &aligned))
        return (size_t)-1;
    return aligned & ~(size_t)3u;
}

static bool cpio_magic_valid(const uint8_t *header)
{
    return __builtin_memcmp(header, "07070", 5) == 0 && (header[5] == '1' || header[5] == '2');
}

static enum cpio_error cpio_read_name(const uint8_t *name, uint32_t name_size)
{
    if (name_size == 0 || name[name_size - 1] != 0)
        return CPIO_ERROR_BAD_NAME;
    for (uint32_t i = 0; i + 1 < name_size; i++) {
        if (name[i] == 0)
            return CPIO_ERROR_BAD_NAME;
    }
    return CPIO_OK;
}

/* Read the entry at reader->offset without moving the reader; on CPIO_OK,
 * *next is the offset of the following header (possibly past the end). */
static enum cpio_error cpio_read(const struct cpio_reader *reader, struct cpio_entry *entry,
                                 size_t *next)
{
    const uint8_t *header;
    uint32_t fields[CPIO_FIELD_COUNT];
    size_t name_offset;
    size_t data_offset;
    enum cpio_error error;

    if (reader->offset > reader->size || reader->size - reader->offset < CPIO_HEADER_SIZE)
        return CPIO_ERROR_TRUNCATED;
    header = reader->data + reader->offset;
    name_offset = reader->offset + CPIO_HEADER_SIZE;
    if (!cpio_magic_valid(header))
        return CPIO_ERROR_BAD_MAGIC;
    for (unsigned i = 0; i < CPIO_FIELD_COUNT; i++) {
        if (!cpio_parse_field(header + CPIO_MAGIC_SIZE + (size_t)i * CPIO_FIELD_DIGITS, &fields[i]))
            return CPIO_ERROR_BAD_HEADER;
    }
    if (reader->size - name_offset < fields[CPIO_FIELD_NAME_SIZE])
        return CPIO_ERROR_TRUNCATED;
    error = cpio_read_name(reader->data + name_offset, fields[CPIO_FIELD_NAME_SIZE]);
    if (error != CPIO_OK)
        return error;

    entry->name = (const char *)(reader->data + name_offset);
    entry->name_length = fields[CPIO_FIELD_NAME_SIZE] - 1u;
    entry->mode = fields[CPIO_FIELD_MODE];
    entry->mtime = fields[CPIO_FIELD_MTIME];
    entry->size = fields[CPIO_FIELD_FILE_SIZE];
    /* The trailer is recognised before its padding is looked at, so an archive
     * cut right after the trailer's name still ends cleanly. */
    if (entry->name_length == sizeof cpio_trailer - 1 &&
        __builtin_memcmp(entry->name, cpio_trailer, sizeof cpio_trailer - 1) == 0)
        return CPIO_END;

    data_offset = cpio_align(name_offset + fields[CPIO_FIELD_NAME_SIZE]);
    if (data_offset > reader->size || reader->size - data_offset < entry->size)
        return CPIO_ERROR_TRUNCATED;
    entry->data = reader->data + data_offset;
    *next = cpio_align(data_offset + entry->size);
    return CPIO_OK;
}

void cpio_reader_init(struct cpio_reader *reader, const void *data, size_t size)
{
    reader->data = data;
    reader->size = size;
    reader->offset = 0;
}

enum cpio_error cpio_next(struct cpio_reader *reader, struct cpio_entry *entry)
{
    struct cpio_entry found;
    size_t next;
    enum cpio_error error = cpio_read(reader, &found, &next);
    if (error != CPIO_OK)
        return error;
    *entry = found;
    reader->offset = next;
    return CPIO_OK;
}

static size_t cpio_length(const char *text)
{
    size_t length = 0;
    while (text[length] != 0)
        length++;
    return length;
}

/* Archivers write "./bin/init", "/bin/init" or "bin/init" for the same file. */
static const char *cpio_strip_prefix(const char *name, size_t *length)
{
    if (*length >= 2 && name[0] == '.' && name[1] == '/') {
        *length -= 2;
        return name + 2;
    }
    if (*length >= 1 && name[0] == '/') {
        *length -= 1;
        return name + 1;
    }
    return name;
}

enum cpio_error cpio_find(const void *data, size_t size, const char *name, struct cpio_entry *entry)
{
    struct cpio_reader reader;
    struct cpio_entry candidate;
    enum cpio_error error;
    size_t wanted_length = cpio_length(name);
    const char *wanted = cpio_strip_prefix(name, &wanted_length);

    cpio_reader_init(&reader, data, size);
    while ((error = cpio_next(&reader, &candidate)) == CPIO_OK) {
        size_t length = candidate.name_length;
        const char *stripped = cpio_strip_prefix(candidate.name, &length);
        if ((candidate.mode & CPIO_MODE_TYPE_MASK) != CPIO_MODE_REGULAR)
            continue;
        if (length == wanted_length && __builtin_memcmp(stripped, wanted, length) == 0) {
            *entry = candidate;
            return CPIO_OK;
        }
    }
    return error == CPIO_END ? CPIO_ERROR_NOT_FOUND : error;
}

const char *cpio_error_string(enum cpio_error error)
{
    switch (error) {
    case CPIO_OK:
        return "no error";
    case CPIO_END:
        return "end of archive";
    case CPIO_ERROR_TRUNCATED:
        return "archive is truncated";
    case CPIO_ERROR_BAD_MAGIC:
        return "not a newc cpio header";
    case CPIO_ERROR_BAD_HEADER:
        return "cpio header field is not hexadecimal";
    case CPIO_ERROR_BAD_NAME:
        return "cpio entry name is empty or not NUL-terminated";
    case CPIO_ERROR_NOT_FOUND:
        return "no such file in the archive";
    }
    return "unknown cpio error";
}
