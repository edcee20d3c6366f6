/* vsprintf(): format into a buffer the caller promises is large enough
 * (libc, stdio). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

int vsprintf(char *restrict buffer, const char *restrict format, va_list arguments)
{
    return vsnprintf(buffer, SIZE_MAX / 2, format, arguments);
}
