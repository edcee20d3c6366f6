/* mblen() (libc, multibyte): bytes in the next multibyte character, or -1.
 * With NULL it resets its state and says whether the encoding has states (no). */
#include <stdlib.h>
#include <wchar.h>

int mblen(const char *string, size_t length)
{
    static mbstate_t state;
    if (string == NULL) {
        state = (mbstate_t){0, 0};
        return 0;
    }
    size_t used = mbrtowc(NULL, string, length, &state);
    if (used == (size_t)-1 || used == (size_t)-2) {
        state = (mbstate_t){0, 0};
        return -1;
    }
    return (int)used;
}
