/* wprintf(): formatted wide output (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int wprintf(const wchar_t *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vfwprintf(stdout, format, arguments);
    va_end(arguments);
    return result;
}
