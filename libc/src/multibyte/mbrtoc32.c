/* mbrtoc32() (libc, multibyte): mbrtowc() for char32_t (both hold a code point). */
#include <uchar.h>
#include <wchar.h>

size_t mbrtoc32(char32_t *restrict character, const char *restrict string, size_t length,
                mbstate_t *restrict state)
{
    static mbstate_t own_state;
    wchar_t wide;
    size_t used = mbrtowc(&wide, string, length, state != NULL ? state : &own_state);
    if (used <= 4 && character != NULL && string != NULL) {
        *character = (char32_t)wide;
    }
    return used;
}
