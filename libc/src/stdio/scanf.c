/* scanf (libc, stdio; OS-independent): vfscanf on stdin. */
#include <stdarg.h>
#include <stdio.h>

int scanf(const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int n = vfscanf(stdin, format, arguments);
    va_end(arguments);
    return n;
}
