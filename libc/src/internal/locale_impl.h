/*
 * The current locale (libc, internal header of locale and multibyte).
 *
 * Only LC_CTYPE has an effect: it chooses between single-byte characters
 * ("C", "POSIX") and UTF-8 ("C.UTF-8"). The flag is read by every multibyte
 * conversion, so it is a plain word read atomically.
 */
#ifndef KOITO_LIBC_INTERNAL_LOCALE_IMPL_H
#define KOITO_LIBC_INTERNAL_LOCALE_IMPL_H

#include "libc.h"

/* 1 while LC_CTYPE is "C.UTF-8", 0 in "C"/"POSIX". */
extern int __koito_locale_utf8 __KOITO_HIDDEN;

static inline int __koito_ctype_is_utf8(void)
{
    return __atomic_load_n(&__koito_locale_utf8, __ATOMIC_RELAXED);
}

/* In "C", byte b >= 0x80 stands for the code point 0xdf00 + b (as in musl),
 * so every byte is a character and converts back unchanged. */
#define __KOITO_C_HIGH_BASE 0xdf00u

/* mbstate_t.__missing values other than UTF-8 progress (which stays below
 * 0x100): a UTF-16 low surrogate waiting to be returned by mbrtoc16, and a
 * high surrogate waiting for its low half in c16rtomb. */
#define __KOITO_STATE_LOW_PENDING  0x100u
#define __KOITO_STATE_HIGH_PENDING 0x200u

#endif
