/* wcsstr(): first occurrence of `needle` in `haystack` (libc, wchar); the
 * simple scan, O(n m) in the worst case. */
#include <wchar.h>

wchar_t *wcsstr(const wchar_t *haystack, const wchar_t *needle)
{
    size_t length = wcslen(needle);
    for (; *haystack != 0 || length == 0; haystack++) {
        if (wcsncmp(haystack, needle, length) == 0) {
            return (wchar_t *)haystack;
        }
    }
    return NULL;
}
