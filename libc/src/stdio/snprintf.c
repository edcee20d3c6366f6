/* snprintf(): format into a caller's buffer (libc, stdio core). */
#include <stdarg.h>
#include <stdio.h>

int snprintf(char *restrict buffer, size_t size, const char *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vsnprintf(buffer, size, format, arguments);
    va_end(arguments);
    return result;
}
