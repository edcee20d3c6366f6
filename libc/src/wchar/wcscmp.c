/* wcscmp(): compare wide strings by code point (libc, wchar). */
#include <wchar.h>

int wcscmp(const wchar_t *left, const wchar_t *right)
{
    while (*left != 0 && *left == *right) {
        left++;
        right++;
    }
    return *left < *right ? -1 : *left > *right;
}
