/* mbtowc() (libc, multibyte): like mblen(), also storing the character. An
 * incomplete character counts as invalid (-1), since mbtowc keeps no partial
 * state between calls. */
#include <stdlib.h>
#include <wchar.h>

int mbtowc(wchar_t *restrict character, const char *restrict string, size_t length)
{
    if (string == NULL) {
        return 0;
    }
    mbstate_t state = {0, 0};
    size_t used = mbrtowc(character, string, length, &state);
    return used == (size_t)-1 || used == (size_t)-2 ? -1 : (int)used;
}
