/* swscanf(): formatted wide input (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int swscanf(const wchar_t *restrict string, const wchar_t *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vswscanf(string, format, arguments);
    va_end(arguments);
    return result;
}
