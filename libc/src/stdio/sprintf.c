/* sprintf(): format into a buffer the caller promises is large enough (libc, stdio). */
#include <stdarg.h>
#include <stdio.h>

int sprintf(char *restrict buffer, const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vsprintf(buffer, format, arguments);
    va_end(arguments);
    return result;
}
