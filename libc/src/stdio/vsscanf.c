/*
 * vsscanf (libc, stdio; OS-independent): the scanf engine over a string.
 * The end of the string is the end of input.
 */
#include "scan.h"
#include <stdio.h>

struct string_reader {
    struct __koito_reader base;
    const unsigned char *at;
};

static int string_get(struct __koito_reader *reader)
{
    struct string_reader *r = (struct string_reader *)reader;
    if (*r->at == '\0') {
        return -1;
    }
    return *r->at++;
}

static void string_unget(struct __koito_reader *reader, int c)
{
    (void)c;
    ((struct string_reader *)reader)->at--;
}

int vsscanf(const char *restrict s, const char *restrict format, va_list arguments)
{
    struct string_reader reader = {{string_get, string_unget}, (const unsigned char *)s};
    return __koito_scan(&reader.base, format, arguments);
}
