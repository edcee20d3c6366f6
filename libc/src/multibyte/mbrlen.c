/* mbrlen() (libc, multibyte): bytes in the next multibyte character, with a
 * state of its own when `state` is NULL, as C asks. */
#include <wchar.h>

size_t mbrlen(const char *restrict string, size_t length, mbstate_t *restrict state)
{
    static mbstate_t own_state;
    return mbrtowc(NULL, string, length, state != NULL ? state : &own_state);
}
