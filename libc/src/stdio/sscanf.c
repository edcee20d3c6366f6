/* sscanf (libc, stdio; OS-independent): vsscanf with variadic arguments. */
#include <stdarg.h>
#include <stdio.h>

int sscanf(const char *restrict s, const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int n = vsscanf(s, format, arguments);
    va_end(arguments);
    return n;
}
