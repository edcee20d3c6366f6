/*
 * The FILE structure and the stdio internals (libc, internal header).
 *
 * A stream owns a buffer and a write function; the write function is the
 * only way its bytes leave the library, so the transport behind a stream
 * (today the kernel's debug console, later a console server) can change
 * without touching any caller.
 */
#ifndef KOITO_LIBC_INTERNAL_STDIO_IMPL_H
#define KOITO_LIBC_INTERNAL_STDIO_IMPL_H

#include "libc.h"
#include <stddef.h>
#include <stdio.h>

struct __koito_file {
    /* Fixed when the stream is created. */
    /* Writes up to `length` bytes; returns how many it wrote (fewer on error). */
    size_t (*write)(struct __koito_file *file, const char *data, size_t length);
    char *buffer;
    size_t capacity;
    int mode; /* _IOFBF, _IOLBF or _IONBF */

    /* Changed by every output call (single-threaded until KOITO has threads). */
    size_t pending; /* bytes in buffer not yet written */
    int error;      /* set when a write failed; ferror() reports it */
};

/* Buffers `length` bytes for `file`, writing them out as its mode requires.
 * Returns `length`, or fewer on a write error (which also sets file->error). */
__KOITO_HIDDEN size_t __koito_file_write(FILE *file, const char *data, size_t length);

/* Writes out the pending bytes of `file`. Returns 0, or EOF on error. */
__KOITO_HIDDEN int __koito_file_flush(FILE *file);

#endif
