/* wcsncmp(): compare at most `limit` wide characters (libc, wchar). */
#include <wchar.h>

int wcsncmp(const wchar_t *left, const wchar_t *right, size_t limit)
{
    for (; limit > 0; limit--, left++, right++) {
        if (*left != *right) {
            return *left < *right ? -1 : 1;
        }
        if (*left == 0) {
            return 0;
        }
    }
    return 0;
}
