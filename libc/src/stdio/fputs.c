/* fputs(): write a string to a stream, without a newline (libc, stdio). */
#include "stdio_impl.h"
#include <string.h>

int fputs(const char *restrict string, FILE *restrict stream)
{
    size_t length = strlen(string);
    __koito_file_lock(stream);
    size_t written = __koito_file_write(stream, string, length);
    __koito_file_unlock(stream);
    return written == length ? 0 : EOF;
}
