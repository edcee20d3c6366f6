/* swprintf(): format into a wide array (libc, stdio core). */
#include <stdarg.h>
#include <wchar.h>

int swprintf(wchar_t *restrict buffer, size_t size, const wchar_t *restrict format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = vswprintf(buffer, size, format, arguments);
    va_end(arguments);
    return result;
}
