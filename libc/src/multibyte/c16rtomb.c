/*
 * c16rtomb() (libc, multibyte): UTF-16 to multibyte characters. A high
 * surrogate is kept in the state (0 bytes written) until its low half comes;
 * a lone low surrogate, or a high one followed by anything else, is EILSEQ.
 */
#include "locale_impl.h"
#include <errno.h>
#include <uchar.h>
#include <wchar.h>

size_t c16rtomb(char *restrict string, char16_t character, mbstate_t *restrict state)
{
    static mbstate_t own_state;
    if (state == NULL) {
        state = &own_state;
    }
    if (string == NULL) {
        state->__bits = 0;
        state->__missing = 0;
        return 1;
    }
    unsigned value = character;
    if (state->__missing == __KOITO_STATE_HIGH_PENDING) {
        unsigned high = state->__bits;
        state->__bits = 0;
        state->__missing = 0;
        if (value < 0xdc00 || value > 0xdfff) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        return wcrtomb(string, (wchar_t)(0x10000 + ((high - 0xd800) << 10) + (value - 0xdc00)),
                       NULL);
    }
    if (value >= 0xd800 && value <= 0xdbff) {
        state->__bits = value;
        state->__missing = __KOITO_STATE_HIGH_PENDING;
        return 0;
    }
    return wcrtomb(string, (wchar_t)value, NULL);
}
