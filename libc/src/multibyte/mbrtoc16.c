/*
 * mbrtoc16() (libc, multibyte): multibyte characters to UTF-16. A character
 * beyond U+FFFF gives its high surrogate first; the low one waits in the
 * state and the next call returns it with (size_t)-3, consuming no bytes.
 */
#include "locale_impl.h"
#include <uchar.h>
#include <wchar.h>

size_t mbrtoc16(char16_t *restrict character, const char *restrict string, size_t length,
                mbstate_t *restrict state)
{
    static mbstate_t own_state;
    if (state == NULL) {
        state = &own_state;
    }
    if (state->__missing == __KOITO_STATE_LOW_PENDING) {
        if (character != NULL) {
            *character = (char16_t)state->__bits;
        }
        state->__bits = 0;
        state->__missing = 0;
        return (size_t)-3;
    }
    wchar_t wide;
    size_t used = mbrtowc(&wide, string, length, state);
    if (used > 4 || string == NULL) {
        return used;
    }
    unsigned value = (unsigned)wide;
    if (value >= 0x10000) {
        value -= 0x10000;
        state->__bits = 0xdc00 | (value & 0x3ff);
        state->__missing = __KOITO_STATE_LOW_PENDING;
        value = 0xd800 | value >> 10;
    }
    if (character != NULL) {
        *character = (char16_t)value;
    }
    return used;
}
