/* wcslen(): length of a wide string (libc, wchar). */
#include <wchar.h>

size_t wcslen(const wchar_t *string)
{
    size_t length = 0;
    while (string[length] != 0) {
        length++;
    }
    return length;
}
