/*
 * Reader for "newc" cpio archives (the SVR4 format with ASCII hex headers,
 * magic "070701"), the initrd format of A9N and KOITO.
 *
 * Layer: freestanding library shared by the kernel's PVH boot path and user
 * servers; also built on the host for unit tests and fuzzing.
 *
 * The archive is untrusted: every header field is checked, names must be
 * NUL-terminated within their declared size, and no entry may extend past the
 * end of the archive. Nothing is read outside [data, data + size).
 */
#ifndef A9N_LIB_CPIO_NEWC_H
#define A9N_LIB_CPIO_NEWC_H

#include <stddef.h>
#include <stdint.h>

enum cpio_error {
    CPIO_OK = 0,
    CPIO_END,              /* reached the "TRAILER!!!" entry: no more entries */
    CPIO_ERROR_TRUNCATED,  /* a header, name or file body runs past the archive's end */
    CPIO_ERROR_BAD_MAGIC,  /* header does not start with "070701" or "070702" */
    CPIO_ERROR_BAD_HEADER, /* a header field is not 8 hexadecimal digits */
    CPIO_ERROR_BAD_NAME,   /* name size is 0, or the name's only NUL is not its last byte */
    CPIO_ERROR_NOT_FOUND,  /* cpio_find: no regular file with that name */
};

struct cpio_entry {
    const char *name;    /* NUL-terminated, inside the archive */
    size_t name_length;  /* bytes before the NUL */
    const uint8_t *data; /* file body, inside the archive */
    size_t size;
    uint32_t mode;  /* st_mode bits as stored */
    uint32_t mtime; /* modification time as stored: seconds since the Epoch */
};

struct cpio_reader {
    const uint8_t *data;
    size_t size;
    size_t offset; /* of the next header */
};

void cpio_reader_init(struct cpio_reader *reader, const void *data, size_t size);

/* Read the next entry. Returns CPIO_OK with *entry filled, CPIO_END, or an error;
 * after an error or CPIO_END every later call returns the same result, and
 * *entry is left untouched. The "070702" variant is read, its checksum ignored. */
enum cpio_error cpio_next(struct cpio_reader *reader, struct cpio_entry *entry);

/* Find the first regular file called `name`. A leading "./" or "/" is ignored,
 * both in the archive's names and in `name`. Returns CPIO_OK, CPIO_ERROR_NOT_FOUND
 * or the error that stopped the walk through the archive. */
enum cpio_error cpio_find(const void *data, size_t size, const char *name,
                          struct cpio_entry *entry);

const char *cpio_error_string(enum cpio_error error);

#endif
