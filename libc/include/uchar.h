/*
 * <uchar.h>: UTF-16 and UTF-32 characters (libc, public header). The
 * conversions go between the current locale's multibyte characters and
 * char16_t / char32_t; a surrogate pair is kept in the mbstate_t between
 * calls.
 */
#ifndef _UCHAR_H
#define _UCHAR_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_mbstate_t
#include <bits/types.h>

#ifndef __cplusplus
typedef __UINT_LEAST16_TYPE__ char16_t;
typedef __UINT_LEAST32_TYPE__ char32_t;
#endif

size_t mbrtoc16(char16_t *restrict character, const char *restrict string, size_t length,
                mbstate_t *restrict state);
size_t c16rtomb(char *restrict string, char16_t character, mbstate_t *restrict state);
size_t mbrtoc32(char32_t *restrict character, const char *restrict string, size_t length,
                mbstate_t *restrict state);
size_t c32rtomb(char *restrict string, char32_t character, mbstate_t *restrict state);

#endif
