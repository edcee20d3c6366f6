/* wcschr(): first occurrence of a wide character, the terminator included (libc, wchar). */
#include <wchar.h>

wchar_t *wcschr(const wchar_t *string, wchar_t character)
{
    for (;; string++) {
        if (*string == character) {
            return (wchar_t *)string;
        }
        if (*string == 0) {
            return NULL;
        }
    }
}
