/*
 * Unsigned big integers for exact decimal <-> binary conversion (libc,
 * internal header shared by strtod and printf).
 *
 * A number is an array of 32-bit limbs, least significant first, with a
 * length (no leading zero limbs). The capacity covers the largest exact
 * value either conversion meets: an 80-bit long double's integer part
 * (16384 bits) or its scaled fraction (16445 bits), and strtod's 800
 * significant digits scaled by up to 2^19100, with room to spare.
 */
#ifndef KOITO_LIBC_INTERNAL_BIGNUM_H
#define KOITO_LIBC_INTERNAL_BIGNUM_H

#include "libc.h"
#include <stdint.h>

#define __KOITO_BIGNUM_LIMBS 720

struct __koito_bignum {
    int length;
    uint32_t limb[__KOITO_BIGNUM_LIMBS];
};

/* n = value. */
__KOITO_HIDDEN void __koito_bignum_set(struct __koito_bignum *n, uint64_t value);
/* n = n * factor + addend. */
__KOITO_HIDDEN void __koito_bignum_mul_add(struct __koito_bignum *n, uint32_t factor,
                                           uint32_t addend);
/* n = n / divisor; returns the remainder. */
__KOITO_HIDDEN uint32_t __koito_bignum_div(struct __koito_bignum *n, uint32_t divisor);
/* n = n * 10^power. */
__KOITO_HIDDEN void __koito_bignum_mul_pow10(struct __koito_bignum *n, int power);
/* n = n << bits. */
__KOITO_HIDDEN void __koito_bignum_shift_left(struct __koito_bignum *n, int bits);
/* The number of significant bits (0 for zero). */
__KOITO_HIDDEN int __koito_bignum_bit_length(const struct __koito_bignum *n);
/* Bits [position, position + 64) as an integer (bits past the top are 0). */
__KOITO_HIDDEN uint64_t __koito_bignum_bits(const struct __koito_bignum *n, int position);
/* Whether any bit below `position` is set. */
__KOITO_HIDDEN int __koito_bignum_any_below(const struct __koito_bignum *n, int position);

#endif
