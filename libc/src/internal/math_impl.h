/*
 * The math library's internal toolkit (libc, internal header of math).
 *
 * The double functions of <math.h> are built on double-double arithmetic: a
 * value is carried as an unevaluated sum hi + lo of two doubles with |lo| at
 * most half an ulp of hi, giving about 106 bits. Each function reduces its
 * argument, evaluates a series in double-double where the leading terms
 * matter and in plain double where a term is small, and rounds once at the
 * end, so the result is within about half an ulp plus a tiny fraction.
 * The error-free transformations assume round-to-nearest (the default
 * environment) and no fused multiply-add, which the pragma below forbids.
 *
 * Float functions evaluate the double function and round once more (the
 * double result is so close that this is within half a float ulp plus 2^-29);
 * long double functions other than the exact ones and fmal go through
 * double.
 *
 * The math sources include only this header, never <math.h>: the host tests
 * compile them under renamed public names against the host's <math.h>.
 */
#ifndef KOITO_LIBC_INTERNAL_MATH_IMPL_H
#define KOITO_LIBC_INTERNAL_MATH_IMPL_H

#include "libc.h"
#include "math_constants.h"
#include <stdint.h>

#pragma STDC FP_CONTRACT OFF

#define __KOITO_INF  __builtin_inf()
#define __KOITO_NAN  __builtin_nan("")
#define __KOITO_INFF __builtin_inff()

/* ---- bit access -------------------------------------------------------- */

static inline uint64_t __koito_bits(double x)
{
    union {
        double d;
        uint64_t u;
    } v = {x};
    return v.u;
}

static inline double __koito_double(uint64_t u)
{
    union {
        uint64_t u;
        double d;
    } v = {u};
    return v.d;
}

static inline uint32_t __koito_bitsf(float x)
{
    union {
        float f;
        uint32_t u;
    } v = {x};
    return v.u;
}

static inline float __koito_float(uint32_t u)
{
    union {
        uint32_t u;
        float f;
    } v = {u};
    return v.f;
}

/* The 80-bit x87 long double: 64-bit significand with an explicit integer
 * bit, then sign and 15-bit exponent. */
union __koito_ldouble {
    long double value;
    struct {
        uint64_t mantissa;
        uint16_t sign_exponent;
    } parts;
};

/* Biased exponent field of a double (0 for zero and subnormals, 2047 for
 * infinities and NaNs). */
static inline int __koito_exponent_field(double x)
{
    return (int)(__koito_bits(x) >> 52 & 0x7ff);
}

/* x * 2^n for any int n, with a single rounding (as scalbn). */
__KOITO_HIDDEN double __koito_scale(double x, int n);

/* ---- raising floating-point exceptions -------------------------------- */
/* The results of these operations are the IEEE results of the exceptional
 * case; they go through volatile objects so the compiler cannot fold them
 * away and lose the exception flag. */

/* The sign is in the product, not put on after it: the rounding mode
 * rounds each sign's overflow and underflow its own way (downward, a
 * negative overflow is -inf and a positive one DBL_MAX). */
static inline double __koito_overflow(int negative)
{
    volatile double huge = 0x1p1023;
    return (negative ? -huge : huge) * huge;
}

static inline double __koito_underflow(int negative)
{
    volatile double tiny = 0x1p-1022;
    return (negative ? -tiny : tiny) * tiny;
}

static inline double __koito_invalid(void)
{
    volatile double zero = 0.0;
    return zero / zero;
}

static inline double __koito_divide_by_zero(int negative)
{
    volatile double zero = 0.0;
    return (negative ? -1.0 : 1.0) / zero;
}

/* ---- double-double arithmetic ----------------------------------------- */

typedef struct {
    double hi, lo;
} __koito_dd;

static inline __koito_dd __koito_dd_make(double hi, double lo)
{
    __koito_dd r = {hi, lo};
    return r;
}

/* a + b exactly, as sum and rounding error (Knuth). */
static inline __koito_dd __koito_two_sum(double a, double b)
{
    double s = a + b;
    double bb = s - a;
    double e = (a - (s - bb)) + (b - bb);
    return __koito_dd_make(s, e);
}

/* a + b exactly when |a| >= |b| or a is zero (Dekker). */
static inline __koito_dd __koito_fast_two_sum(double a, double b)
{
    double s = a + b;
    return __koito_dd_make(s, b - (s - a));
}

/* a * b exactly (Dekker's product with Veltkamp's split); |a|, |b| below
 * 2^995 so the split cannot overflow. */
static inline __koito_dd __koito_two_prod(double a, double b)
{
    const double splitter = 134217729.0; /* 2^27 + 1 */
    double p = a * b;
    double ca = splitter * a;
    double ah = ca - (ca - a);
    double al = a - ah;
    double cb = splitter * b;
    double bh = cb - (cb - b);
    double bl = b - bh;
    double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    return __koito_dd_make(p, e);
}

static inline __koito_dd __koito_dd_add(__koito_dd a, __koito_dd b)
{
    __koito_dd s = __koito_two_sum(a.hi, b.hi);
    __koito_dd t = __koito_two_sum(a.lo, b.lo);
    s.lo += t.hi;
    s = __koito_fast_two_sum(s.hi, s.lo);
    s.lo += t.lo;
    return __koito_fast_two_sum(s.hi, s.lo);
}

static inline __koito_dd __koito_dd_add_d(__koito_dd a, double b)
{
    __koito_dd s = __koito_two_sum(a.hi, b);
    s.lo += a.lo;
    return __koito_fast_two_sum(s.hi, s.lo);
}

static inline __koito_dd __koito_dd_neg(__koito_dd a)
{
    return __koito_dd_make(-a.hi, -a.lo);
}

static inline __koito_dd __koito_dd_mul(__koito_dd a, __koito_dd b)
{
    __koito_dd p = __koito_two_prod(a.hi, b.hi);
    p.lo += a.hi * b.lo + a.lo * b.hi;
    return __koito_fast_two_sum(p.hi, p.lo);
}

static inline __koito_dd __koito_dd_mul_d(__koito_dd a, double b)
{
    __koito_dd p = __koito_two_prod(a.hi, b);
    p.lo += a.lo * b;
    return __koito_fast_two_sum(p.hi, p.lo);
}

static inline __koito_dd __koito_dd_div(__koito_dd a, __koito_dd b)
{
    double q1 = a.hi / b.hi;
    __koito_dd r = __koito_dd_add(a, __koito_dd_neg(__koito_dd_mul_d(b, q1)));
    double q2 = r.hi / b.hi;
    r = __koito_dd_add(r, __koito_dd_neg(__koito_dd_mul_d(b, q2)));
    double q3 = r.hi / b.hi;
    __koito_dd q = __koito_fast_two_sum(q1, q2);
    return __koito_dd_add_d(q, q3);
}

static inline __koito_dd __koito_dd_sqrt(__koito_dd a)
{
    double s;
    if (a.hi == 0) {
        return a;
    }
    __asm__("sqrtsd %1, %0" : "=x"(s) : "x"(a.hi));
    /* One Newton step: s + (a - s^2) / (2s). */
    __koito_dd sq = __koito_two_prod(s, s);
    double r = ((a.hi - sq.hi) - sq.lo + a.lo) / (2.0 * s);
    return __koito_fast_two_sum(s, r);
}

static inline double __koito_dd_value(__koito_dd a)
{
    return a.hi + a.lo;
}

/* a.hi + a.lo, negated first if `negative`: the sign goes in before the one
 * rounding, so a directed rounding mode rounds a negative result its own way
 * (to nearest, negating before or after is the same). */
static inline double __koito_dd_value_signed(__koito_dd a, int negative)
{
    return negative ? -a.hi + -a.lo : a.hi + a.lo;
}

#define __KOITO_DD(name) __koito_dd_make(__KOITO_##name##_HI, __KOITO_##name##_LO)

/* ---- long double through the double-double kernels --------------------- */

/* A long double within double's range as an exact double-double (64 bits
 * of significand fit in 53 + 53). */
static inline __koito_dd __koito_ld_split(long double x)
{
    double hi = (double)x;
    return __koito_dd_make(hi, (double)(x - (long double)hi));
}

/* (y.hi + y.lo) * 2^n as a long double: one rounding to 64 bits, then an
 * exact scaling (or the overflow or underflow the x87 gives). */
static inline long double __koito_ld_from_dd(__koito_dd y, int n)
{
    long double v = (long double)y.hi + (long double)y.lo;
    long double scale = (long double)n;
    __asm__("fscale" : "+t"(v) : "u"(scale));
    return v;
}

/* log(x) for a positive finite long double (any exponent) as a
 * double-double. */
__KOITO_HIDDEN __koito_dd __koito_log_ld(long double x);
/* exp(t) as a long double over the whole long double range. */
__KOITO_HIDDEN long double __koito_exp_ld(__koito_dd t);

/* ---- kernels (src/internal/__koito_*.c) -------------------------------- */

/* exp(x) for a double-double x with |x.hi| <= 746: returns y with
 * exp(x) = y * 2^*exponent and y within [0.7, 1.5]. */
__KOITO_HIDDEN __koito_dd __koito_exp_dd(__koito_dd x, int *exponent);
/* exp(x), negated if `negative`, rounded once, overflowing and underflowing
 * as IEEE says. The sign goes in before the rounding, so a directed
 * rounding mode rounds a negative result its own way. */
__KOITO_HIDDEN double __koito_exp_round(__koito_dd x, int negative);
/* log(x) for a positive finite double-double x (relative error ~2^-66). */
__KOITO_HIDDEN __koito_dd __koito_log_dd(__koito_dd x);
/* exp(x) - 1 for a double x with |x| <= 40, relative error ~2^-66. */
__KOITO_HIDDEN __koito_dd __koito_expm1_dd(double x);
/* Reduces a finite x to r = x - n*pi/2 with |r| <= ~pi/4; returns n mod 4. */
__KOITO_HIDDEN int __koito_rem_pio2(double x, __koito_dd *r);
/* sin and cos of a double-double r with |r| <= ~pi/4 (one file each). */
__KOITO_HIDDEN __koito_dd __koito_sin_dd(__koito_dd r);
__KOITO_HIDDEN __koito_dd __koito_cos_dd(__koito_dd r);
/* atan(x) for a non-negative double-double x (any finite magnitude). */
__KOITO_HIDDEN __koito_dd __koito_atan_dd(__koito_dd x);
/* log(gamma(x)) for a double-double x with x.hi > 0, finite. */
__KOITO_HIDDEN __koito_dd __koito_lgamma_dd(__koito_dd x);
/* sin(pi * x) for a finite double x. */
__KOITO_HIDDEN __koito_dd __koito_sinpi_dd(double x);
/* erfc(x) = y * 2^*exponent for x >= 1.5, by its continued fraction. */
__KOITO_HIDDEN __koito_dd __koito_erfc_large(double x, int *exponent);
/* erf(x) for 0 <= x <= 6 as a double-double, by its everywhere-positive
 * series. */
__KOITO_HIDDEN __koito_dd __koito_erf_series(double x);

/* |x| mod |y| for positive finite ax >= 0 and ay > 0, exactly; the low
 * bits of the truncated quotient in *quotient. */
__KOITO_HIDDEN double __koito_remainder_truncated(double ax, double ay, unsigned *quotient);

/* (y.hi + y.lo) * 2^n rounded once, subnormal results included. */
__KOITO_HIDDEN double __koito_scale_dd(__koito_dd y, int n);

__KOITO_HIDDEN extern const double __koito_exp_table[][2];
__KOITO_HIDDEN extern const double __koito_atan_table[][2];
__KOITO_HIDDEN extern const double __koito_lgamma1_coefficients[][2];
__KOITO_HIDDEN extern const double __koito_lgamma2_coefficients[][2];
__KOITO_HIDDEN extern const uint64_t __koito_two_over_pi[];

/* ---- the public functions other math functions call ------------------- */
/* Declared here because the math sources do not include <math.h>. */
#include "math_decls.h"

#endif
