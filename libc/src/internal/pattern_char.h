/*
 * The characters of a pattern and of the string it is matched against, as
 * fnmatch and regex see them (libc, internal header of fnmatch and regex).
 *
 * In "C" every byte is a character. Under "C.UTF-8" a character is a
 * well-formed UTF-8 sequence (RFC 3629, as mbrtowc reads it: no overlong
 * forms, no surrogates, nothing above U+10FFFF); a byte that starts none
 * stands alone, with the value __KOITO_PATTERN_BAD + byte, which no class,
 * range or '.' contains.
 */
#ifndef KOITO_LIBC_INTERNAL_PATTERN_CHAR_H
#define KOITO_LIBC_INTERNAL_PATTERN_CHAR_H

#include "libc.h"
#include <stddef.h>

#define __KOITO_PATTERN_BAD 0x110000u

/* The length (1 to 4) of the well-formed UTF-8 character that starts the
 * `available` bytes at `text`, setting *code; 0 if none starts there. */
__KOITO_HIDDEN size_t __koito_utf8_decode(const unsigned char *text, size_t available,
                                          unsigned *code);

/* The length of the character at `text` (of `available` bytes, at least
 * one), setting *code: under UTF-8 (`utf8`) a decoded character or a lone
 * bad byte, else the byte. */
static inline size_t __koito_pattern_char(const unsigned char *text, size_t available, int utf8,
                                          unsigned *code)
{
    size_t length = utf8 ? __koito_utf8_decode(text, available, code) : 0;
    if (length == 0) {
        *code = text[0] < 0x80 || !utf8 ? text[0] : __KOITO_PATTERN_BAD + text[0];
        length = 1;
    }
    return length;
}

#endif
