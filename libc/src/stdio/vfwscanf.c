/*
 * vfwscanf(): formatted wide input from a stream (libc, stdio core).
 *
 * A stream holds the multibyte form of its wide characters, so this is
 * vfscanf with the format converted (see wformat.h).
 */
#include "stdio_impl.h"
#include "wformat.h"
#include <stdlib.h>

int vfwscanf(FILE *restrict stream, const wchar_t *restrict format, va_list arguments)
{
    char *bytes_format = __koito_wide_to_multibyte(format);
    if (bytes_format == NULL) {
        return EOF;
    }
    __koito_file_lock(stream);
    if (stream->orientation == 0) {
        stream->orientation = 1;
    }
    int result = vfscanf(stream, bytes_format, arguments);
    __koito_file_unlock(stream);
    free(bytes_format);
    return result;
}
