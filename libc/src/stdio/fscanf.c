/* fscanf (libc, stdio; OS-independent): vfscanf with variadic arguments. */
#include <stdarg.h>
#include <stdio.h>

int fscanf(FILE *restrict stream, const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int n = vfscanf(stream, format, arguments);
    va_end(arguments);
    return n;
}
