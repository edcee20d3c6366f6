/*
 * Differential accuracy test of KOITO-libc's <math.h> against the host's
 * glibc (host test, libc math).
 *
 * For each double function, random arguments drawn over its interesting
 * ranges (uniform stretches and random bit patterns) are evaluated by ours
 * and by glibc's long double function, which is accurate to ~2^-11 of a
 * double ulp; the error is measured in ulps of the double result, and the
 * worst is reported and held to the documented bound. Float functions are
 * measured against glibc's double functions. The exact functions (rounding,
 * remainders, fma, scaling, ...) must match glibc bit for bit.
 *
 * KOITO_MATH_SAMPLES scales the count (default 1: 10^6 arguments per
 * double function in total over this file's runs).
 */
#define __KOITO_MATH_NAME(name) koito_test_##name
#include "math_decls.h"

#include "check.h"
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static double uniform(double lo, double hi)
{
    return lo + (hi - lo) * ((double)(rng() >> 11) * 0x1p-53);
}

/* A random double with a random exponent in [emin, emax] and random sign
 * if `sign`. */
static double random_bits(int emin, int emax, int sign)
{
    int e = emin + (int)(rng() % (uint64_t)(emax - emin + 1));
    double m = 1.0 + (double)(rng() >> 12) * 0x1p-52;
    double v = ldexp(m, e);
    return (sign && (rng() & 1)) ? -v : v;
}

/* Error of `got` against the reference `want`, in ulps of the double
 * nearest to want. */
static double ulp_error(double got, long double want)
{
    if (isnan(want)) {
        return isnan(got) ? 0 : 1e9;
    }
    if (isinf(want) || fabsl(want) > DBL_MAX) {
        double w = (double)want;
        return got == w ? 0
               : (isinf(got) && fabsl(want) > 0x1.fffffffffffff8p1023L &&
                  signbit(got) == signbit(w))
                   ? 0
                   : 1e9;
    }
    if (isinf(got) || isnan(got)) {
        return 1e9;
    }
    int e;
    frexpl(want, &e);
    int ulp_exponent = e - 53;
    if (ulp_exponent < -1074) {
        ulp_exponent = -1074;
    }
    return (double)(fabsl((long double)got - want) / ldexpl(1.0L, ulp_exponent));
}

static double ulp_error_float(float got, double want)
{
    if (isnan(want)) {
        return isnan(got) ? 0 : 1e9;
    }
    if (fabs(want) > FLT_MAX) {
        float w = (float)want;
        return (got == w || (isinf(got) && signbit(got) == signbit(want))) ? 0 : 1e9;
    }
    if (isinf(got) || isnan(got)) {
        return 1e9;
    }
    int e;
    frexp(want, &e);
    int ulp_exponent = e - 24;
    if (ulp_exponent < -149) {
        ulp_exponent = -149;
    }
    return fabs((double)got - want) / ldexp(1.0, ulp_exponent);
}

struct range {
    double lo, hi; /* uniform in [lo, hi]; or, if bits, exponents lo..hi */
    int bits;
};

struct unary {
    const char *name;
    double (*ours)(double);
    long double (*reference)(long double);
    float (*ours_float)(float);
    double (*reference_float)(double);
    long double (*ours_long)(long double);
    double bound;
    struct range ranges[4];
};

static double worst_overall;
static long sample_scale = 1;

static void check_unary(const struct unary *f, long samples)
{
    double worst = 0, worst_at = 0;
    double worst_float = 0, worst_float_at = 0;
    double worst_long = 0; /* long double results, in double ulps */
    int nranges = 0;
    while (nranges < 4 && (f->ranges[nranges].lo != 0 || f->ranges[nranges].hi != 0)) {
        nranges++;
    }
    for (long i = 0; i < samples; i++) {
        const struct range *r = &f->ranges[i % nranges];
        double x = r->bits ? random_bits((int)r->lo, (int)r->hi, 1) : uniform(r->lo, r->hi);
        double got = f->ours(x);
        double err = ulp_error(got, f->reference((long double)x));
        if (err > worst) {
            worst = err;
            worst_at = x;
        }
        if ((i & 7) == 4) {
            long double want_long = f->reference((long double)x);
            double el = ulp_error((double)f->ours_long((long double)x), want_long);
            if (el > worst_long) {
                worst_long = el;
            }
        }
        if ((i & 7) == 0) {
            float xf = (float)x;
            double want = f->reference_float((double)xf);
            if (fabs(want) <= FLT_MAX || isinf(want)) {
                double ef = ulp_error_float(f->ours_float(xf), want);
                if (ef > worst_float) {
                    worst_float = ef;
                    worst_float_at = xf;
                }
            }
        }
    }
    printf("%-8s worst %.3f ulp at %a; %sf worst %.3f ulp at %a; %sl worst %.3f double ulp\n",
           f->name, worst, worst_at, f->name, worst_float, worst_float_at, f->name, worst_long);
    CHECK(worst <= f->bound);
    CHECK(worst_float <= 1.0);
    CHECK(worst_long <= f->bound);
    if (worst > worst_overall) {
        worst_overall = worst;
    }
}

#define U(name, bound, ...)                                                                        \
    {                                                                                              \
#name, koito_test_##name, name##l, koito_test_##name##f, name, koito_test_##name##l,       \
            bound,                                                                                 \
        {                                                                                          \
            __VA_ARGS__                                                                            \
        }                                                                                          \
    }
#define UNIFORM(lo, hi)                                                                            \
    {                                                                                              \
        lo, hi, 0                                                                                  \
    }
#define BITS(lo, hi)                                                                               \
    {                                                                                              \
        lo, hi, 1                                                                                  \
    }

static const struct unary unary_functions[] = {
    U(sin, 1.0, UNIFORM(-10, 10), BITS(-30, 20), BITS(20, 1023), UNIFORM(-1e6, 1e6)),
    U(cos, 1.0, UNIFORM(-10, 10), BITS(-30, 20), BITS(20, 1023), UNIFORM(-1e6, 1e6)),
    U(tan, 1.0, UNIFORM(-10, 10), BITS(-30, 20), BITS(20, 1023), UNIFORM(-1.6, 1.6)),
    U(asin, 1.0, UNIFORM(-1, 1), BITS(-40, -1), UNIFORM(0.99, 1)),
    U(acos, 1.0, UNIFORM(-1, 1), BITS(-40, -1), UNIFORM(0.99, 1), UNIFORM(-1, -0.99)),
    U(atan, 1.0, UNIFORM(-4, 4), BITS(-40, 100)),
    U(sinh, 1.0, UNIFORM(-3, 3), BITS(-40, 9), UNIFORM(-711, 711)),
    U(cosh, 1.0, UNIFORM(-3, 3), BITS(-40, 9), UNIFORM(-711, 711)),
    U(tanh, 1.0, UNIFORM(-3, 3), BITS(-40, 5)),
    U(asinh, 1.0, UNIFORM(-3, 3), BITS(-40, 1023)),
    U(acosh, 1.0, UNIFORM(1, 3), BITS(0, 1023), UNIFORM(1, 1.001)),
    U(atanh, 1.0, UNIFORM(-1, 1), BITS(-40, -1)),
    U(exp, 1.0, UNIFORM(-745, 710), UNIFORM(-1, 1), BITS(-60, 9)),
    U(exp2, 1.0, UNIFORM(-1075, 1024), UNIFORM(-1, 1), BITS(-60, 10)),
    U(expm1, 1.0, UNIFORM(-40, 710), UNIFORM(-1, 1), BITS(-60, 5)),
    U(log, 1.0, BITS(-1074, 1023), UNIFORM(0.5, 2), UNIFORM(0, 1e6)),
    U(log2, 1.0, BITS(-1074, 1023), UNIFORM(0.5, 2), UNIFORM(0, 1e6)),
    U(log10, 1.0, BITS(-1074, 1023), UNIFORM(0.5, 2), UNIFORM(0, 1e6)),
    U(log1p, 1.0, UNIFORM(-1, 1), BITS(-60, 1023), UNIFORM(-1, -0.9)),
    U(cbrt, 1.0, BITS(-1074, 1023), UNIFORM(-10, 10)),
    U(erf, 1.0, UNIFORM(-6, 6), BITS(-60, 3)),
    U(erfc, 1.0, UNIFORM(-6, 28), BITS(-60, 4)),
    U(lgamma, 1.0, UNIFORM(0, 20), BITS(-60, 1000), UNIFORM(0.5, 3)),
    U(tgamma, 1.0, UNIFORM(0, 172), BITS(-60, 3), UNIFORM(-20, 0)),
};

static void check_lgamma_negative(long samples)
{
    /* Near lgamma's zeros on the negative axis the reflection formula
     * cancels: there the error is bounded in absolute terms (2^-52), and
     * in ulps only where |lgamma(x)| >= 1/4. */
    double worst = 0, worst_at = 0, worst_absolute = 0, worst_absolute_at = 0;
    for (long i = 0; i < samples; i++) {
        double x = uniform(-30, 0);
        long double want = lgammal((long double)x);
        double got = koito_test_lgamma(x);
        if (fabsl(want) >= 0.25L) {
            double err = ulp_error(got, want);
            if (err > worst) {
                worst = err;
                worst_at = x;
            }
        } else {
            double absolute = (double)fabsl((long double)got - want);
            if (absolute > worst_absolute) {
                worst_absolute = absolute;
                worst_absolute_at = x;
            }
        }
    }
    printf("lgamma(x<0) worst %.3f ulp at %a where |lgamma| >= 1/4; "
           "worst absolute error %a at %a near its zeros\n",
           worst, worst_at, worst_absolute, worst_absolute_at);
    CHECK(worst <= 1.0);
    CHECK(worst_absolute <= 0x1p-52);
}

struct binary {
    const char *name;
    double (*ours)(double, double);
    long double (*reference)(long double, long double);
    float (*ours_float)(float, float);
    double (*reference_float)(double, double);
    double bound;
};

static double random_any(void)
{
    switch (rng() % 4) {
    case 0:
        return uniform(-10, 10);
    case 1:
        return random_bits(-1074, 1023, 1);
    case 2:
        return random_bits(-20, 20, 1);
    default:
        return uniform(0, 2);
    }
}

static void check_binary(const struct binary *f, long samples)
{
    double worst = 0, worst_x = 0, worst_y = 0, worst_float = 0;
    for (long i = 0; i < samples; i++) {
        double x = random_any();
        double y = random_any();
        if (f->ours == koito_test_pow) {
            x = (i & 1) ? fabs(x) : uniform(0, 3);
            y = (i & 2) ? uniform(-800, 800) : random_any();
            if ((i & 7) == 7) {
                x = -x;
                y = (double)(int64_t)uniform(-60, 60);
            }
        }
        double err = ulp_error(f->ours(x, y), f->reference((long double)x, (long double)y));
        if (err > worst) {
            worst = err;
            worst_x = x;
            worst_y = y;
        }
        if ((i & 7) == 0) {
            float xf = (float)x, yf = (float)y;
            double want = f->reference_float((double)xf, (double)yf);
            if (fabs(want) <= FLT_MAX || isinf(want)) {
                double ef = ulp_error_float(f->ours_float(xf, yf), want);
                if (ef > worst_float) {
                    worst_float = ef;
                }
            }
        }
    }
    printf("%-8s worst %.3f ulp at (%a, %a); %sf worst %.3f ulp\n", f->name, worst, worst_x,
           worst_y, f->name, worst_float);
    CHECK(worst <= f->bound);
    CHECK(worst_float <= 1.0);
}

#define B(name)                                                                                    \
    {                                                                                              \
#name, koito_test_##name, name##l, koito_test_##name##f, name, 1.0                         \
    }

static const struct binary binary_functions[] = {B(atan2), B(pow), B(hypot)};

/* ---- exact functions: bit for bit against glibc ---------------------- */

static int same(double a, double b)
{
    if (isnan(a) && isnan(b)) {
        return 1;
    }
    uint64_t ua, ub;
    memcpy(&ua, &a, 8);
    memcpy(&ub, &b, 8);
    return ua == ub;
}

static int same_float(float a, float b)
{
    return (isnan(a) && isnan(b)) || (a == b && signbit(a) == signbit(b));
}

static int same_long(long double a, long double b)
{
    return (isnan(a) && isnan(b)) || (a == b && signbit(a) == signbit(b));
}

static long mismatches;

static void expect(int ok, const char *what, double x, double y)
{
    if (!ok) {
        if (mismatches < 20) {
            printf("mismatch: %s(%a, %a)\n", what, x, y);
        }
        mismatches++;
    }
}

static double random_special(void)
{
    static const double specials[] = {0.0,     -0.0,    1.0,      -1.0,      0.5,    -0.5,
                                      1.5,     2.5,     -2.5,     0x1p52,    0x1p53, 0x1p-1074,
                                      DBL_MAX, DBL_MIN, INFINITY, -INFINITY, NAN,    3.0};
    if (rng() % 8 == 0) {
        return specials[rng() % (sizeof specials / sizeof specials[0])];
    }
    switch (rng() % 3) {
    case 0:
        return uniform(-100, 100);
    case 1:
        return random_bits(-1074, 1023, 1);
    default:
        return (double)(int64_t)uniform(-50, 50) * 0.5;
    }
}

static void check_exact(long samples)
{
    for (long i = 0; i < samples; i++) {
        double x = random_special();
        double y = random_special();
        double z = random_special();
        float xf = (float)x, yf = (float)y;
        long double xl = (long double)x * (1.0L + 0x1p-60L), yl = y;
        expect(same(koito_test_ceil(x), ceil(x)), "ceil", x, 0);
        expect(same(koito_test_floor(x), floor(x)), "floor", x, 0);
        expect(same(koito_test_trunc(x), trunc(x)), "trunc", x, 0);
        expect(same(koito_test_round(x), round(x)), "round", x, 0);
        expect(same(koito_test_rint(x), rint(x)), "rint", x, 0);
        expect(same(koito_test_nearbyint(x), nearbyint(x)), "nearbyint", x, 0);
        expect(same(koito_test_sqrt(x), sqrt(x)), "sqrt", x, 0);
        expect(same(koito_test_fabs(x), fabs(x)), "fabs", x, 0);
        expect(same(koito_test_copysign(x, y), copysign(x, y)), "copysign", x, y);
        expect(same(koito_test_fmod(x, y), fmod(x, y)), "fmod", x, y);
        /* glibc gives some zero remainders the wrong sign (-0 for positive
         * x); IEEE 754 says a zero remainder has x's sign. */
        double want_remainder = remainder(x, y);
        if (want_remainder == 0) {
            want_remainder = copysign(0.0, x);
        }
        expect(same(koito_test_remainder(x, y), want_remainder), "remainder", x, y);
        int q1 = 0, q2 = 0;
        double r1 = koito_test_remquo(x, y, &q1), r2 = remquo(x, y, &q2);
        if (r2 == 0) {
            r2 = copysign(0.0, x);
        }
        expect(same(r1, r2) && (isnan(r2) || (q1 & 7) == (q2 & 7)), "remquo", x, y);
        expect(same(koito_test_fma(x, y, z), fma(x, y, z)), "fma", x, y);
        expect(same(koito_test_nextafter(x, y), nextafter(x, y)), "nextafter", x, y);
        expect(same(koito_test_nexttoward(x, yl), nexttoward(x, yl)), "nexttoward", x, y);
        expect(same(koito_test_fdim(x, y), fdim(x, y)), "fdim", x, y);
        if (x != y) {
            expect(same(koito_test_fmax(x, y), fmax(x, y)), "fmax", x, y);
            expect(same(koito_test_fmin(x, y), fmin(x, y)), "fmin", x, y);
        }
        int e1 = 0, e2 = 0;
        expect(same(koito_test_frexp(x, &e1), frexp(x, &e2)) && (isnan(x) || isinf(x) || e1 == e2),
               "frexp", x, 0);
        int n = (int)(rng() % 4400) - 2200;
        expect(same(koito_test_ldexp(x, n), ldexp(x, n)), "ldexp", x, n);
        expect(same(koito_test_scalbn(x, n), scalbn(x, n)), "scalbn", x, n);
        expect(same(koito_test_scalbln(x, n * 1000L), scalbln(x, n * 1000L)), "scalbln", x, n);
        expect(koito_test_ilogb(x) == ilogb(x), "ilogb", x, 0);
        expect(same(koito_test_logb(x), logb(x)), "logb", x, 0);
        double i1, i2;
        expect(same(koito_test_modf(x, &i1), modf(x, &i2)) && same(i1, i2), "modf", x, 0);
        if (fabs(x) < 0x1p62) {
            expect(koito_test_lrint(x) == lrint(x), "lrint", x, 0);
            expect(koito_test_llrint(x) == llrint(x), "llrint", x, 0);
            expect(koito_test_lround(x) == lround(x), "lround", x, 0);
            expect(koito_test_llround(x) == llround(x), "llround", x, 0);
        }
        /* float */
        expect(same_float(koito_test_fmaf(xf, yf, (float)z), fmaf(xf, yf, (float)z)), "fmaf", x, y);
        expect(same_float(koito_test_sqrtf(xf), sqrtf(xf)), "sqrtf", x, 0);
        expect(same_float(koito_test_fmodf(xf, yf), fmodf(xf, yf)), "fmodf", x, y);
        float want_remainderf = remainderf(xf, yf);
        if (want_remainderf == 0) {
            want_remainderf = copysignf(0.0f, xf); /* as for remainder above */
        }
        expect(same_float(koito_test_remainderf(xf, yf), want_remainderf), "remainderf", x, y);
        expect(same_float(koito_test_nextafterf(xf, yf), nextafterf(xf, yf)), "nextafterf", x, y);
        expect(same_float(koito_test_floorf(xf), floorf(xf)), "floorf", x, 0);
        expect(same_float(koito_test_roundf(xf), roundf(xf)), "roundf", x, 0);
        expect(same_float(koito_test_rintf(xf), rintf(xf)), "rintf", x, 0);
        expect(same_float(koito_test_fdimf(xf, yf), fdimf(xf, yf)), "fdimf", x, y);
        expect(same_float(koito_test_ldexpf(xf, n / 8), ldexpf(xf, n / 8)), "ldexpf", x, n);
        /* long double */
        expect(same_long(koito_test_sqrtl(xl), sqrtl(xl)), "sqrtl", x, 0);
        expect(same_long(koito_test_truncl(xl), truncl(xl)), "truncl", x, 0);
        expect(same_long(koito_test_floorl(xl), floorl(xl)), "floorl", x, 0);
        expect(same_long(koito_test_ceill(xl), ceill(xl)), "ceill", x, 0);
        expect(same_long(koito_test_roundl(xl), roundl(xl)), "roundl", x, 0);
        expect(same_long(koito_test_rintl(xl), rintl(xl)), "rintl", x, 0);
        expect(same_long(koito_test_nearbyintl(xl), nearbyintl(xl)), "nearbyintl", x, 0);
        expect(same_long(koito_test_fmodl(xl, yl), fmodl(xl, yl)), "fmodl", x, y);
        expect(same_long(koito_test_remainderl(xl, yl), remainderl(xl, yl)), "remainderl", x, y);
        int ql1 = 0, ql2 = 0;
        long double rl1 = koito_test_remquol(xl, yl, &ql1), rl2 = remquol(xl, yl, &ql2);
        expect(same_long(rl1, rl2) && (isnan(rl2) || (ql1 & 7) == (ql2 & 7)), "remquol", x, y);
        expect(same_long(koito_test_nextafterl(xl, yl), nextafterl(xl, yl)), "nextafterl", x, y);
        expect(same_long(koito_test_scalbnl(xl, n * 8), scalbnl(xl, n * 8)), "scalbnl", x, n);
        expect(koito_test_ilogbl(xl) == ilogbl(xl), "ilogbl", x, 0);
        expect(same_long(koito_test_logbl(xl), logbl(xl)), "logbl", x, 0);
        expect(same_long(koito_test_fabsl(xl), fabsl(xl)), "fabsl", x, 0);
        expect(same_long(koito_test_copysignl(xl, yl), copysignl(xl, yl)), "copysignl", x, y);
        long double il1, il2;
        expect(same_long(koito_test_modfl(xl, &il1), modfl(xl, &il2)) && same_long(il1, il2),
               "modfl", x, 0);
        int el1 = 0, el2 = 0;
        expect(same_long(koito_test_frexpl(xl, &el1), frexpl(xl, &el2)) && el1 == el2, "frexpl", x,
               0);
        if (fabs(x) < 0x1p62) {
            expect(koito_test_lrintl(xl) == lrintl(xl), "lrintl", x, 0);
            expect(koito_test_lroundl(xl) == lroundl(xl), "lroundl", x, 0);
        }
    }
    /* Cancellation down to fewer bits than a double keeps: the exact sum is
     * scaled back up without rounding (it once came out 2^31 too large). */
    const double a = 1.0 + 0x1p-52;
    CHECK(koito_test_fma(a, a, -(1.0 + 0x1p-51)) == 0x1p-104);
    CHECK(koito_test_fma(1.0 + 0x1p-30, 1.0 - 0x1p-30, -1.0) == -0x1p-60);
    CHECK(koito_test_fma(3.0, 1.0 / 3.0, -1.0) == fma(3.0, 1.0 / 3.0, -1.0));
    /* The extended bits count: through double this would be 0. */
    CHECK(koito_test_fmal(1.0L + 0x1p-60L, 1.0L - 0x1p-60L, -1.0L) == -0x1p-120L);
    printf("exact functions: %ld mismatches in %ld samples\n", mismatches, samples);
    CHECK(mismatches == 0);
}

/* ---- long double over its own range --------------------------------- */

/* Error of a long double result in ulps of the long double nearest want. */
static double ulp_error_long(long double got, long double want)
{
    if (isnan(want)) {
        return isnan(got) ? 0 : 1e9;
    }
    if (isinf(want) || isinf(got)) {
        return got == want ? 0 : 1e9;
    }
    int e;
    frexpl(want, &e);
    int ulp_exponent = e - 64 < -16445 ? -16445 : e - 64;
    return (double)(fabsl(got - want) / ldexpl(1.0L, ulp_exponent));
}

/* A long double with a full 64-bit significand and an exponent in
 * [emin, emax]. */
static long double random_long(int emin, int emax, int sign)
{
    int e = emin + (int)(rng() % (uint64_t)(emax - emin + 1));
    long double m = 1.0L + (long double)(rng() >> 1) * 0x1p-63L;
    long double v = ldexpl(m, e);
    return (sign && (rng() & 1)) ? -v : v;
}

struct long_unary {
    const char *name;
    long double (*ours)(long double);
    long double (*reference)(long double);
    int emin, emax, sign;
};

#define LU(name, emin, emax, sign)                                                                 \
    {                                                                                              \
#name, koito_test_##name, name, emin, emax, sign                                           \
    }

static void check_long_double(long samples)
{
    /* Arguments with all 64 bits and exponents beyond double's; each must
     * be within one double ulp (2048 long double ulps) of glibc's long
     * double result; the worst is reported in long double ulps. */
    static const struct long_unary functions[] = {
        LU(logl, -16445, 16383, 0), LU(log2l, -16400, 16383, 0), LU(log10l, -16400, 16383, 0),
        LU(log1pl, -70, 16383, 0),  LU(expl, -10, 13, 1),        LU(exp2l, -10, 13, 1),
        LU(expm1l, -70, 5, 1),      LU(cbrtl, -16445, 16383, 1), LU(coshl, -5, 13, 1),
        LU(sinhl, 4, 13, 1),        LU(asinhl, 28, 16383, 1),    LU(acoshl, 28, 16383, 0),
        LU(lgammal, -60, 16383, 0), LU(tgammal, -60, 10, 0),     LU(erfcl, 1, 6, 0),
    };
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++) {
        const struct long_unary *f = &functions[i];
        double worst = 0;
        long double worst_at = 0;
        for (long k = 0; k < samples; k++) {
            long double x = random_long(f->emin, f->emax, f->sign);
            double err = ulp_error_long(f->ours(x), f->reference(x));
            if (err > worst) {
                worst = err;
                worst_at = x;
            }
        }
        printf("%-8s worst %.1f long double ulp at %La\n", f->name, worst, worst_at);
        CHECK(worst <= 2048.0);
    }
    double worst = 0;
    for (long k = 0; k < samples; k++) {
        long double x = random_long(-3, 3, 0);
        long double y =
            (long double)(int64_t)(rng() % 20000) - 10000.0L + ((rng() & 1) ? 0.5L : 0.0L);
        double err = ulp_error_long(koito_test_powl(x, y), powl(x, y));
        worst = err > worst ? err : worst;
    }
    printf("powl     worst %.1f long double ulp\n", worst);
    CHECK(worst <= 2048.0);
    long double h = koito_test_hypotl(0x1p16000L, 0x1p16000L);
    CHECK(h == 0x1p16000L * sqrtl(2.0L));
}

/* C17 Annex F's special cases: every function on signed zeros,
 * infinities, NaN and the edges of the range, against glibc: NaN for NaN,
 * the same value (sign of zero included) for exact results, and within an
 * ulp otherwise. */
static int special_matches(double got, double want)
{
    if (isnan(want) || isnan(got)) {
        return isnan(want) && isnan(got);
    }
    if (want == 0 || isinf(want) || got == 0 || isinf(got)) {
        return same(got, want);
    }
    return ulp_error(got, (long double)want) <= 1.0;
}

static void check_specials(void)
{
    static const double values[] = {
        0.0,      -0.0,  INFINITY, -INFINITY, NAN,     1.0,      -1.0,      0.5,        -0.5,
        2.0,      -2.0,  3.0,      -3.0,      DBL_MIN, -DBL_MIN, 0x1p-1074, -0x1p-1074, DBL_MAX,
        -DBL_MAX, 710.0, -710.0,   746.0,     -746.0,  1e-310,   0x1p-30,   -0x1p-30,   1e300,
        -1e300,   0.75,  -0.75,    1.5,       -1.5,    171.0,    172.0,     -171.5};
    size_t count = sizeof values / sizeof values[0];
    long failures_before = mismatches;
    for (size_t i = 0; i < sizeof unary_functions / sizeof unary_functions[0]; i++) {
        const struct unary *f = &unary_functions[i];
        for (size_t a = 0; a < count; a++) {
            double want = (double)f->reference((long double)values[a]);
            expect(special_matches(f->ours(values[a]), want), f->name, values[a], 0);
        }
    }
    for (size_t i = 0; i < sizeof binary_functions / sizeof binary_functions[0]; i++) {
        const struct binary *f = &binary_functions[i];
        for (size_t a = 0; a < count; a++) {
            for (size_t b = 0; b < count; b++) {
                double want = (double)f->reference((long double)values[a], (long double)values[b]);
                expect(special_matches(f->ours(values[a], values[b]), want), f->name, values[a],
                       values[b]);
            }
        }
    }
    printf("special cases: %ld mismatches\n", mismatches - failures_before);
    CHECK(mismatches == failures_before);
}

/* ---- the directed rounding modes --------------------------------------- */

/* Results C's Annex F fixes in every rounding mode: an exact zero is +0 where the function's
 * value is zero at a point (log(1), acosh(1), lgamma(1) and lgamma(2)), 1 at 0 for exp and cos,
 * and the like; and exp2 of an integer, an exact power of two. */
static void check_fixed_results(void)
{
    expect(same(koito_test_log(1.0), 0.0), "log", 1.0, 0);
    expect(same(koito_test_log2(1.0), 0.0), "log2", 1.0, 0);
    expect(same(koito_test_log10(1.0), 0.0), "log10", 1.0, 0);
    expect(same(koito_test_acosh(1.0), 0.0), "acosh", 1.0, 0);
    expect(same(koito_test_lgamma(1.0), 0.0), "lgamma", 1.0, 0);
    expect(same(koito_test_lgamma(2.0), 0.0), "lgamma", 2.0, 0);
    expect(same(koito_test_acos(1.0), 0.0), "acos", 1.0, 0);
    expect(same(koito_test_exp(0.0), 1.0), "exp", 0.0, 0);
    expect(same(koito_test_exp2(0.0), 1.0), "exp2", 0.0, 0);
    expect(same(koito_test_exp2(1.0), 2.0), "exp2", 1.0, 0);
    expect(same(koito_test_exp2(-1074.0), 0x1p-1074), "exp2", -1074.0, 0);
    expect(same(koito_test_cos(0.0), 1.0), "cos", 0.0, 0);
    expect(same(koito_test_cosh(0.0), 1.0), "cosh", 0.0, 0);
    expect(same(koito_test_pow(1.0, 0.3), 1.0), "pow", 1.0, 0.3);
    expect(same(koito_test_pow(0.3, 0.0), 1.0), "pow", 0.3, 0.0);
    expect(same_float(koito_test_logf(1.0f), 0.0f), "logf", 1.0, 0);
    expect(same_float(koito_test_log2f(1.0f), 0.0f), "log2f", 1.0, 0);
    expect(same_float(koito_test_log10f(1.0f), 0.0f), "log10f", 1.0, 0);
    expect(same_float(koito_test_acoshf(1.0f), 0.0f), "acoshf", 1.0, 0);
    expect(same_float(koito_test_lgammaf(1.0f), 0.0f), "lgammaf", 1.0, 0);
    expect(same_float(koito_test_lgammaf(2.0f), 0.0f), "lgammaf", 2.0, 0);
    expect(same_long(koito_test_logl(1.0L), 0.0L), "logl", 1.0, 0);
    expect(same_long(koito_test_log2l(1.0L), 0.0L), "log2l", 1.0, 0);
    expect(same_long(koito_test_log10l(1.0L), 0.0L), "log10l", 1.0, 0);
    expect(same_long(koito_test_acoshl(1.0L), 0.0L), "acoshl", 1.0, 0);
    expect(same_long(koito_test_lgammal(1.0L), 0.0L), "lgammal", 1.0, 0);
    expect(same_long(koito_test_lgammal(2.0L), 0.0L), "lgammal", 2.0, 0);
}

/* An overflow of either sign as rounding mode `mode` gives it: infinity when the mode rounds
 * away from zero for that sign, else the largest finite double. */
static double overflowed(int mode, int negative)
{
    double r = mode == (negative ? FE_DOWNWARD : FE_UPWARD) ? INFINITY : DBL_MAX;
    return negative ? -r : r;
}

/* Overflow rounded in the mode, each sign its own way. */
static void check_overflows(int mode)
{
    expect(same(koito_test_exp(1000.0), overflowed(mode, 0)), "exp", 1000.0, 0);
    expect(same(koito_test_pow(-10.0, 1001.0), overflowed(mode, 1)), "pow", -10.0, 1001.0);
    expect(same(koito_test_pow(-10.0, 309.0), overflowed(mode, 1)), "pow", -10.0, 309.0);
    expect(same(koito_test_sinh(-1000.0), overflowed(mode, 1)), "sinh", -1000.0, 0);
    expect(same(koito_test_sinh(-710.6), overflowed(mode, 1)), "sinh", -710.6, 0);
    expect(same(koito_test_tgamma(-0x1p-1070), overflowed(mode, 1)), "tgamma", -0x1p-1070, 0);
    expect(same(koito_test_fma(-0x1p1023, 4.0, 0x1p1000), overflowed(mode, 1)), "fma", -0x1p1023,
           4.0);
}

/* The functions whose result is exact or correctly rounded (check_exact) round in the mode the
 * program set, as glibc's do; so do the fixed results and overflows. */
static void check_rounding_modes(long samples)
{
    static const int modes[] = {FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
    static const char *const names[] = {"downward", "upward", "toward zero"};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        printf("rounding %s:\n", names[i]);
        CHECK_EQ(fesetround(modes[i]), 0);
        check_fixed_results();
        check_overflows(modes[i]);
        check_exact(samples);
        CHECK_EQ(fesetround(FE_TONEAREST), 0);
    }
}

int main(int argc, char **argv)
{
    const char *scale = getenv("KOITO_MATH_SAMPLES");
    if (scale != NULL) {
        sample_scale = atol(scale);
    }
    /* argv[1] selects a part, so ctest can run the parts in parallel and
     * each stays under ~10 s: trig, hyperbolic, exp, erf, erfc, gamma, binary,
     * exact, rounding. Each function gets 10^6 arguments. */
    const char *part = argc > 1 ? argv[1] : "all";
    long n = 1000000 * sample_scale;
    size_t count = sizeof unary_functions / sizeof unary_functions[0];
    for (size_t i = 0; i < count; i++) {
        const struct unary *f = &unary_functions[i];
        const char *mine = i < 6     ? "trig"
                           : i < 12  ? "hyperbolic"
                           : i < 20  ? "exp"
                           : i == 20 ? "erf"
                           : i == 21 ? "erfc"
                                     : "gamma";
        if (!strcmp(part, "all") || !strcmp(part, mine)) {
            check_unary(f, n);
        }
    }
    if (!strcmp(part, "all") || !strcmp(part, "long")) {
        check_long_double(n / 20);
    }
    if (!strcmp(part, "all") || !strcmp(part, "gamma")) {
        check_lgamma_negative(n / 2);
    }
    if (!strcmp(part, "all") || !strcmp(part, "binary")) {
        for (size_t i = 0; i < sizeof binary_functions / sizeof binary_functions[0]; i++) {
            check_binary(&binary_functions[i], n);
        }
    }
    if (!strcmp(part, "all") || !strcmp(part, "exact")) {
        check_specials();
        check_exact(n * 2 / 5);
    }
    if (!strcmp(part, "all") || !strcmp(part, "rounding")) {
        check_rounding_modes(n / 10);
    }
    return check_summary();
}
