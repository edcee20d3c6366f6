/* wcsrchr(): last occurrence of a wide character, the terminator included (libc, wchar). */
#include <wchar.h>

wchar_t *wcsrchr(const wchar_t *string, wchar_t character)
{
    const wchar_t *found = NULL;
    for (;; string++) {
        if (*string == character) {
            found = string;
        }
        if (*string == 0) {
            return (wchar_t *)found;
        }
    }
}
