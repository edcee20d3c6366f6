/* wscanf(): formatted wide input (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int wscanf(const wchar_t *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vfwscanf(stdin, format, arguments);
    va_end(arguments);
    return result;
}
