/* wcswidth(): columns of at most `length` wide characters, or -1 if one is
 * not printable (libc, wchar). */
#include <wchar.h>

int wcswidth(const wchar_t *string, size_t length)
{
    int total = 0;
    for (size_t i = 0; i < length && string[i] != 0; i++) {
        int width = wcwidth(string[i]);
        if (width < 0) {
            return -1;
        }
        total += width;
    }
    return total;
}
