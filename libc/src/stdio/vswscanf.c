/*
 * vswscanf(): formatted input from a wide string (libc, stdio core).
 *
 * The byte scanf engine reads the input's multibyte form one byte at a
 * time, converted from the wide string as it goes (see wformat.h).
 */
#include "scan.h"
#include "wformat.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

struct wide_reader {
    struct __koito_reader base; /* first, so a reader pointer converts back */
    const wchar_t *next;        /* the next wide character to convert */
    char bytes[MB_LEN_MAX];     /* the encoding of the character being read */
    size_t used, length;        /* bytes[used..length) are unread */
    mbstate_t state;
};

static int wide_get(struct __koito_reader *reader)
{
    struct wide_reader *in = (struct wide_reader *)reader;
    if (in->used == in->length) {
        if (*in->next == 0) {
            return -1;
        }
        size_t length = wcrtomb(in->bytes, *in->next, &in->state);
        if (length == (size_t)-1) {
            return -1; /* not encodable: the input ends here */
        }
        in->next++;
        in->used = 0;
        in->length = length;
    }
    return (unsigned char)in->bytes[in->used++];
}

/* The engine gives back only the byte it read last, which is still in
 * bytes[] just before `used`. */
static void wide_unget(struct __koito_reader *reader, int c)
{
    (void)c;
    ((struct wide_reader *)reader)->used--;
}

int vswscanf(const wchar_t *restrict string, const wchar_t *restrict format, va_list arguments)
{
    char *bytes_format = __koito_wide_to_multibyte(format);
    if (bytes_format == NULL) {
        return EOF;
    }
    struct wide_reader reader = {{wide_get, wide_unget}, string, {0}, 0, 0, {0}};
    int result = __koito_scan(&reader.base, bytes_format, arguments);
    free(bytes_format);
    return result;
}
