/* vscanf (libc, stdio; OS-independent): vfscanf on stdin. */
#include <stdio.h>

int vscanf(const char *restrict format, va_list arguments)
{
    return vfscanf(stdin, format, arguments);
}
