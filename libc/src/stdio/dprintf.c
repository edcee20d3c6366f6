/* dprintf(): format to a descriptor (libc, stdio). */
#include <stdarg.h>
#include <stdio.h>

int dprintf(int descriptor, const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vdprintf(descriptor, format, arguments);
    va_end(arguments);
    return result;
}
