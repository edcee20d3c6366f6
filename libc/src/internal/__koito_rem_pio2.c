/*
 * Argument reduction for sin, cos and tan (libc, math core; OS-independent).
 *
 * Finds n and r with x = n*pi/2 + r, |r| <= ~pi/4, r to about 2^-110.
 * Below 2^20, Cody-Waite: pi/2 in four parts, the first two of 33 bits, so
 * n times them is exact and x - n*A is exact too (Sterbenz).
 * From 2^20 up, Payne-Hanek: with x = M * 2^E, only the bits of 2/pi from
 * position E-2 onwards matter modulo 8, so 192 of them times M (a 245-bit
 * product) give n mod 8 and 128 bits of the fraction, plenty for the worst
 * case of double (r never below 2^-62 * |n|'s scale).
 */
#include "math_impl.h"

/* Bits pos..pos+63 of the 256-bit little-endian number p (0 above it). */
static uint64_t bits_at(const uint64_t p[4], int pos)
{
    int word = pos / 64;
    int bit = pos % 64;
    if (word >= 4) {
        return 0;
    }
    uint64_t v = p[word] >> bit;
    if (bit != 0 && word + 1 < 4) {
        v |= p[word + 1] << (64 - bit);
    }
    return v;
}

/* 64 bits of 2/pi starting at bit `index` after the point (1-based). */
static uint64_t two_over_pi_at(int index)
{
    int word = (index - 1) / 64;
    int bit = (index - 1) % 64;
    uint64_t v = __koito_two_over_pi[word] << bit;
    if (bit != 0) {
        v |= __koito_two_over_pi[word + 1] >> (64 - bit);
    }
    return v;
}

static int payne_hanek(double ax, __koito_dd *r)
{
    uint64_t bits = __koito_bits(ax);
    int e = (int)(bits >> 52) - 1075;
    uint64_t m = (bits & 0x000fffffffffffffu) | 0x0010000000000000u;
    int first = e - 2 > 1 ? e - 2 : 1;

    /* B = bits first .. first+191 of 2/pi; P = M * B. */
    uint64_t b[3] = {two_over_pi_at(first + 128), two_over_pi_at(first + 64),
                     two_over_pi_at(first)};
    uint64_t p[4];
    unsigned __int128 carry = 0;
    for (int i = 0; i < 3; i++) {
        unsigned __int128 t = (unsigned __int128)b[i] * m + carry;
        p[i] = (uint64_t)t;
        carry = t >> 64;
    }
    p[3] = (uint64_t)carry;

    int point = first + 191 - e; /* binary point of P, from its bit 0 */
    int n = (int)(bits_at(p, point) & 7);
    unsigned __int128 f = (unsigned __int128)bits_at(p, point - 64) << 64 | bits_at(p, point - 128);
    int negative = 0;
    if (f >> 127) { /* fraction >= 1/2: round n up, r negative */
        n++;
        f = -f;
        negative = 1;
    }
    if (f == 0) {
        *r = __koito_dd_make(0, 0);
        return n & 3;
    }
    int shift = 0;
    while (!(f >> 127)) {
        f <<= 1;
        shift++;
    }
    /* f * 2^-(128+shift) as 53 + 64 bits. */
    double high = __koito_scale((double)(uint64_t)(f >> 75), -53 - shift);
    double low = __koito_scale((double)(uint64_t)((f << 53) >> 64), -117 - shift);
    __koito_dd fraction = __koito_fast_two_sum(high, low);
    *r = __koito_dd_mul(fraction, __KOITO_DD(PI_2));
    if (negative) {
        *r = __koito_dd_neg(*r);
    }
    return n & 3;
}

int __koito_rem_pio2(double x, __koito_dd *r)
{
    double ax = x < 0 ? -x : x;
    int n;
    if (ax <= 0x1.921fb54442d18p-1) {
        *r = __koito_dd_make(x, 0);
        return 0;
    }
    if (ax < 0x1p20) {
        double t = ax * (2.0 / 3.14159265358979323846);
        double nd = (double)(int64_t)(t + 0.5);
        __koito_dd y = __koito_two_sum(ax - nd * __KOITO_PIO2_A, -nd * __KOITO_PIO2_B);
        y = __koito_dd_add(y, __koito_dd_neg(__koito_two_prod(nd, __KOITO_PIO2_C)));
        y = __koito_dd_add_d(y, -nd * __KOITO_PIO2_D);
        *r = y;
        n = (int)((int64_t)nd & 3);
    } else {
        n = payne_hanek(ax, r);
    }
    if (x < 0) {
        *r = __koito_dd_neg(*r);
        n = -n & 3;
    }
    return n;
}
