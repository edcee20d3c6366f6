/*
 * Parsing of decimal and hexadecimal floating-point numbers, correctly
 * rounded to any binary format up to 64 significand bits (libc, internal
 * header shared by strtof, strtod, strtold and the scanf engine).
 */
#ifndef KOITO_LIBC_INTERNAL_STRTOFLOAT_H
#define KOITO_LIBC_INTERNAL_STRTOFLOAT_H

#include "libc.h"
#include <stdint.h>

/* A binary format: significand bits (with the leading one) and the
 * exponent range of normal numbers, 1.x * 2^e, min_exponent <= e <= max. */
struct __koito_float_format {
    int bits;
    int min_exponent;
    int max_exponent;
};

/* What a parse found. A finite result is (-1)^negative * mantissa *
 * 2^exponent, mantissa < 2^bits, correctly rounded in the current rounding
 * mode; an overflow is KOITO_FLOAT_INFINITE, or the largest finite value
 * when the mode rounds toward zero from there, with range_error. */
struct __koito_float_result {
    enum { __KOITO_FLOAT_FINITE, __KOITO_FLOAT_INFINITE, __KOITO_FLOAT_NAN } kind;
    int negative;
    int range_error; /* overflow, or an inexact result below the normal range */
    uint64_t mantissa;
    int exponent;
};

/* Where the parser reads its characters: peek returns the next one (or -1
 * at the end) without consuming it, advance consumes it. The caller has
 * skipped leading white space. */
struct __koito_char_source {
    int (*peek)(struct __koito_char_source *source);
    void (*advance)(struct __koito_char_source *source);
    long limit; /* characters that may still be read (scanf's width), <0: none */
    /* glibc's scanf grammar rather than strtod's: no NaN payload in
     * parentheses; "inf" followed by 'i' must be all of "infinity"; "0x"
     * needs a hexadecimal digit or a point (the x is left unread when the
     * width leaves no room for one). A violation makes the parse return 0. */
    int scanf_rules;
};

/* Parses the longest prefix that can begin a number, stopping at the first
 * character that cannot continue one (left unread). Returns the length of
 * the longest prefix that is a whole number, 0 if there is none; characters
 * read past it (the "e+" of "1e+") are consumed all the same, so a string
 * caller ends at the returned length and a stream caller loses them. */
__KOITO_HIDDEN long __koito_strtofloat(struct __koito_char_source *source,
                                       const struct __koito_float_format *format,
                                       struct __koito_float_result *result);

/* The same over a string; *end is set past the number (to s if none). */
__KOITO_HIDDEN void __koito_strtofloat_string(const char *s, char **end,
                                              const struct __koito_float_format *format,
                                              struct __koito_float_result *result);

/* The same over a wide string: white space by iswspace, the number in ASCII
 * digits and letters. */
__KOITO_HIDDEN void __koito_wcstofloat(const __WCHAR_TYPE__ *s, __WCHAR_TYPE__ **end,
                                       const struct __koito_float_format *format,
                                       struct __koito_float_result *result);

/* float, double and long double. */
__KOITO_HIDDEN extern const struct __koito_float_format __koito_float_format_float;
__KOITO_HIDDEN extern const struct __koito_float_format __koito_float_format_double;
__KOITO_HIDDEN extern const struct __koito_float_format __koito_float_format_long_double;

/* The value a parse found in each format; errno ERANGE on a range error. */
__KOITO_HIDDEN float __koito_float_result_float(const struct __koito_float_result *result);
__KOITO_HIDDEN double __koito_float_result_double(const struct __koito_float_result *result);
__KOITO_HIDDEN long double
__koito_float_result_long_double(const struct __koito_float_result *result);

#endif
