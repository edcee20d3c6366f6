/* vprintf(): format to stdout (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>

int vprintf(const char *restrict format, va_list arguments)
{
    return vfprintf(stdout, format, arguments);
}
