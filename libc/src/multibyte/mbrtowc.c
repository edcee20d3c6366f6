/*
 * mbrtowc() (libc, multibyte): one multibyte character to a wide one, able
 * to stop and resume inside a character through `state`.
 *
 * UTF-8 follows RFC 3629 strictly: no overlong forms, no surrogates, nothing
 * above U+10FFFF. Bad bytes are reported as soon as they are seen (the
 * second byte of E0, ED, F0 and F4 sequences is range-checked at once), as
 * glibc does. The state keeps the bits gathered so far in __bits and, in
 * __missing, the continuation bytes still due (low 4 bits) and the
 * sequence's length (next 4 bits).
 */
#include "locale_impl.h"
#include <errno.h>
#include <wchar.h>

static size_t invalid(mbstate_t *state)
{
    state->__bits = 0;
    state->__missing = 0;
    errno = EILSEQ;
    return (size_t)-1;
}

/* The allowed range of the first continuation byte after a lead byte whose
 * payload bits are `bits`, for a sequence of `length` bytes. */
static int second_ok(unsigned bits, unsigned length, unsigned byte)
{
    if (length == 3 && bits == 0) {
        return byte >= 0xa0; /* E0: no overlong */
    }
    if (length == 3 && bits == 0xd) {
        return byte < 0xa0; /* ED: no surrogates */
    }
    if (length == 4 && bits == 0) {
        return byte >= 0x90; /* F0: no overlong */
    }
    if (length == 4 && bits == 4) {
        return byte < 0x90; /* F4: nothing above U+10FFFF */
    }
    return 1;
}

size_t mbrtowc(wchar_t *restrict character, const char *restrict string, size_t length,
               mbstate_t *restrict state)
{
    static mbstate_t own_state;
    if (state == NULL) {
        state = &own_state;
    }
    if (string == NULL) {
        character = NULL;
        string = "";
        length = 1;
    }
    if (length == 0) {
        return (size_t)-2;
    }
    const unsigned char *bytes = (const unsigned char *)string;
    if (!__koito_ctype_is_utf8()) {
        wchar_t value = bytes[0] < 0x80 ? bytes[0] : (wchar_t)(__KOITO_C_HIGH_BASE + bytes[0]);
        if (character != NULL) {
            *character = value;
        }
        return value != 0;
    }

    unsigned bits = state->__bits;
    unsigned missing = state->__missing & 0xf;
    unsigned total = (state->__missing >> 4) & 0xf;
    size_t used = 0;
    if (missing == 0) {
        unsigned lead = bytes[used++];
        if (lead < 0x80) {
            if (character != NULL) {
                *character = (wchar_t)lead;
            }
            return lead != 0;
        }
        if (lead >= 0xc2 && lead <= 0xdf) {
            bits = lead & 0x1f, missing = total = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            bits = lead & 0x0f, missing = total = 3;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            bits = lead & 0x07, missing = total = 4;
        } else {
            return invalid(state);
        }
        missing--; /* the lead byte is in */
    }
    while (missing > 0) {
        if (used == length) {
            state->__bits = bits;
            state->__missing = missing | total << 4;
            return (size_t)-2;
        }
        unsigned byte = bytes[used++];
        if ((byte & 0xc0) != 0x80 || (missing == total - 1 && !second_ok(bits, total, byte))) {
            return invalid(state);
        }
        bits = bits << 6 | (byte & 0x3f);
        missing--;
    }
    state->__bits = 0;
    state->__missing = 0;
    if (character != NULL) {
        *character = (wchar_t)bits;
    }
    return bits != 0 ? used : 0;
}
