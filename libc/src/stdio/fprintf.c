/* fprintf(): format to a stream (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>

int fprintf(FILE *restrict stream, const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vfprintf(stream, format, arguments);
    va_end(arguments);
    return result;
}
