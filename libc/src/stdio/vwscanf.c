/* vwscanf(): formatted wide input from standard input (libc, stdio core). */
#include <stdio.h>
#include <wchar.h>

int vwscanf(const wchar_t *restrict format, va_list arguments)
{
    return vfwscanf(stdin, format, arguments);
}
