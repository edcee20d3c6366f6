/* vwprintf(): formatted wide output to standard output (libc, stdio core). */
#include <stdio.h>
#include <wchar.h>

int vwprintf(const wchar_t *restrict format, va_list arguments)
{
    return vfwprintf(stdout, format, arguments);
}
