/*
 * The current rounding mode for the decimal and hexadecimal conversions
 * (libc, internal header shared by the printf engine and the strto* parser).
 *
 * glibc honours fesetround in printf and strtod, and so do these: a value
 * is cut at its last kept digit or bit, and whether the kept part moves one
 * unit away from zero is decided by the mode, the sign and what was cut.
 * Header-only, so the printf engine still depends on no other libc file.
 */
#ifndef KOITO_LIBC_INTERNAL_ROUNDING_H
#define KOITO_LIBC_INTERNAL_ROUNDING_H

#include <fenv.h>

/* The SSE unit's mode as an FE_* value (fesetround keeps the x87's the
 * same): MXCSR bits 13-14 are the x87 control word's bits 10-11. */
static inline int __koito_rounding_mode(void)
{
    unsigned mxcsr;
    __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
    return (int)((mxcsr >> 3) & 0xc00u);
}

/* Whether a value cut after its last kept digit rounds away from zero:
 * `odd` is the kept last digit's parity, `half` whether the cut part is at
 * least half a unit of it, `more` whether the cut part has anything beyond
 * that half (nonzero bits below the half, or below the unit when half is 0). */
static inline int __koito_round_away(int mode, int negative, int odd, int half, int more)
{
    switch (mode) {
    case FE_UPWARD:
        return !negative && (half || more);
    case FE_DOWNWARD:
        return negative && (half || more);
    case FE_TOWARDZERO:
        return 0;
    default:
        return half && (odd || more);
    }
}

#endif
