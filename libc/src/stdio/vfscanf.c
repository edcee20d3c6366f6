/*
 * vfscanf (libc, stdio; OS-independent): the scanf engine over a FILE,
 * reading with fgetc and giving back with ungetc (one character, which C
 * guarantees). A read error ends the input like the end of file.
 */
#include "scan.h"
#include <stdio.h>

struct file_reader {
    struct __koito_reader base;
    FILE *stream;
};

static int file_get(struct __koito_reader *reader)
{
    int c = fgetc(((struct file_reader *)reader)->stream);
    return c == EOF ? -1 : c;
}

static void file_unget(struct __koito_reader *reader, int c)
{
    ungetc(c, ((struct file_reader *)reader)->stream);
}

int vfscanf(FILE *restrict stream, const char *restrict format, va_list arguments)
{
    struct file_reader reader = {{file_get, file_unget}, stream};
    return __koito_scan(&reader.base, format, arguments);
}
