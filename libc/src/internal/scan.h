/*
 * The scanf engine (libc, internal header of stdio).
 *
 * __koito_scan() reads input through a reader (get one character, give one
 * back) as a format says; sscanf reads a string, fscanf a FILE through
 * fgetc and ungetc. Like the printf engine it depends on no OS service, so
 * the host tests build it against the host's C library.
 */
#ifndef KOITO_LIBC_INTERNAL_SCAN_H
#define KOITO_LIBC_INTERNAL_SCAN_H

#include "libc.h"
#include <stdarg.h>

struct __koito_reader {
    /* The next character as an unsigned char, or -1 at the end of input
     * (or on a read error). */
    int (*get)(struct __koito_reader *reader);
    /* Gives back the character get returned last (at most one at a time). */
    void (*unget)(struct __koito_reader *reader, int c);
};

/* Returns the number of input items assigned, or -1 (EOF) if the input
 * ended before the first conversion could complete. */
__KOITO_HIDDEN int __koito_scan(struct __koito_reader *reader, const char *format,
                                va_list arguments);

#endif
