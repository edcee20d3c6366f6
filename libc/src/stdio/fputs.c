/* fputs(): write a string to a stream, without a newline (libc, stdio core). */
#include "stdio_impl.h"
#include <string.h>

int fputs(const char *restrict string, FILE *restrict stream)
{
    size_t length = strlen(string);
    return __koito_file_write(stream, string, length) == length ? 0 : EOF;
}
