/* fwscanf(): formatted wide input (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int fwscanf(FILE *restrict stream, const wchar_t *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vfwscanf(stream, format, arguments);
    va_end(arguments);
    return result;
}
