/*
 * log of a double-double, the kernel of log, log2, log10, log1p, pow, the
 * inverse hyperbolic functions and lgamma (libc, math core; OS-independent).
 *
 * x = 2^k * m with sqrt(1/2) <= m < sqrt(2); f = m - 1 is exact, and with
 * s = f / (2 + f), log(m) = 2 atanh(s) = 2s + 2s^3/3 + 2s^5/5 + ...
 * |s| <= 0.1716, so after the three leading terms (kept in double-double)
 * the rest is below 2^-17 of the result and is summed in double, up to s^27
 * (the next term is below 2^-76 relative): about 2^-70 in all, which
 * powl needs for results near 2^16384. k*ln2 uses a 42-bit leading part
 * of ln2, so k times it is exact.
 */
#include "math_impl.h"

__koito_dd __koito_log_dd(__koito_dd x)
{
    double hi = x.hi;
    double lo = x.lo;
    int k = 0;
    if (__koito_exponent_field(hi) == 0) { /* subnormal: make it normal */
        hi *= 0x1p54;
        lo *= 0x1p54;
        k = -54;
    }
    uint64_t bits = __koito_bits(hi);
    int e = (int)(bits >> 52) - 1023;
    double m = __koito_double((bits & 0x000fffffffffffffu) | 0x3ff0000000000000u);
    if (m > 1.4142135623730951) {
        m *= 0.5;
        e++;
    }
    k += e;
    double l = lo == 0 ? 0 : __koito_scale(lo, -e);

    __koito_dd f = __koito_two_sum(m - 1.0, l);
    __koito_dd s = __koito_dd_div(f, __koito_dd_add_d(f, 2.0));
    __koito_dd s2 = __koito_dd_mul(s, s);
    __koito_dd s3 = __koito_dd_mul(s2, s);
    __koito_dd s5 = __koito_dd_mul(s3, s2);
    /* 2s + 2s^3/3 + 2s^5/5 in double-double */
    __koito_dd head = __koito_dd_add(__koito_dd_make(2.0 * s.hi, 2.0 * s.lo),
                                     __koito_dd_mul(s3, __KOITO_DD(TWO_THIRDS)));
    head = __koito_dd_add(head, __koito_dd_mul(s5, __KOITO_DD(TWO_FIFTHS)));
    double z = s2.hi;
    /* 2/7 + 2z/9 + ... + 2z^10/27, by Horner from the highest power. */
    double poly = 2.0 / 27;
    for (int k = 12; k >= 3; k--) {
        poly = 2.0 / (2 * k + 1) + z * poly;
    }
    double rest = s5.hi * z * poly;
    __koito_dd log_m = __koito_dd_add_d(head, rest);

    double kd = (double)k;
    __koito_dd k_ln2 =
        __koito_dd_add_d(__koito_two_prod(kd, __KOITO_LN2_LOG_B), kd * __KOITO_LN2_LOG_A);
    k_ln2 = __koito_dd_add_d(k_ln2, kd * __KOITO_LN2_LOG_C);
    return __koito_dd_add(k_ln2, log_m);
}
