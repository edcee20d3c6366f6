/*
 * Wide-character class tables (libc, internal header of wctype).
 *
 * Classes are lists of code-point ranges searched by bisection. Coverage:
 * ASCII and Latin-1 exactly as Unicode has them; letters of Latin Extended,
 * IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic, kana, CJK ideographs and
 * Hangul syllables; Unicode's white space. Case mapping covers Latin-1,
 * Latin Extended-A, Greek and Cyrillic. The manual lists this as a known
 * limit: other scripts' letters count as printable and graphic only.
 */
#ifndef KOITO_LIBC_INTERNAL_WCTYPE_IMPL_H
#define KOITO_LIBC_INTERNAL_WCTYPE_IMPL_H

#include "libc.h"
#include <wctype.h>

struct __koito_range {
    unsigned first;
    unsigned last;
};

/* The class tables, each sorted and non-overlapping. */
enum __koito_wclass {
    __KOITO_WCLASS_ALPHA,
    __KOITO_WCLASS_UPPER,
    __KOITO_WCLASS_LOWER,
    __KOITO_WCLASS_SPACE,
    __KOITO_WCLASS_BLANK,
    __KOITO_WCLASS_CNTRL,
    __KOITO_WCLASS_UNPRINTABLE, /* neither printable nor control: surrogates, noncharacters */
    __KOITO_WCLASS_WIDE,        /* two columns wide */
    __KOITO_WCLASS_COMBINING,   /* zero columns wide */
};

/* 1 if `character` is in the class's ranges. */
__KOITO_HIDDEN int __koito_wclass_has(enum __koito_wclass wclass, wint_t character);

#endif
