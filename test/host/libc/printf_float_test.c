/*
 * printf's floating-point conversions against the host's glibc (host test,
 * libc stdio): every conversion (f F e E g G a A), every flag combination,
 * random widths and precisions, on random doubles (all exponents,
 * subnormals, specials, exact ties such as 0.5 and 2.5 at every position)
 * and long doubles; the output must be byte for byte glibc's, under each of
 * the four rounding modes (fesetround), which glibc honours.
 */
#include "check.h"
#include "under_test.h"
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t rng_state = 0x0123456789abcdefu;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static char ours[6000], theirs[6000];
static long failures;

static int ours_printf(const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int n = koito_test_vsnprintf(ours, sizeof ours, format, arguments);
    va_end(arguments);
    return n;
}

static void report(const char *format, int n_ours, int n_theirs)
{
    if (n_ours != n_theirs || strcmp(ours, theirs) != 0) {
        if (failures++ < 15) {
            printf("format \"%s\": ours [%.200s] (%d), glibc [%.200s] (%d)\n", format, ours, n_ours,
                   theirs, n_theirs);
        }
    }
}

static void check_double(const char *format, double value)
{
    int a = ours_printf(format, value);
    int b = snprintf(theirs, sizeof theirs, format, value);
    report(format, a, b);
}

static void check_long_double(const char *format, long double value)
{
    int a = ours_printf(format, value);
    int b = snprintf(theirs, sizeof theirs, format, value);
    report(format, a, b);
}

static double random_double(void)
{
    switch (rng() % 6) {
    case 0: { /* any bit pattern */
        uint64_t bits = rng();
        double d;
        memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 1: /* ties: k/2^j */
        return ldexp((double)(int64_t)(rng() % 20001) - 10000, -(int)(rng() % 12));
    case 2:
        return (double)(int64_t)(rng() >> 20) * 1e-3;
    case 3:
        return ldexp((double)(rng() >> 11), (int)(rng() % 200) - 100 - 53);
    case 4: { /* subnormal */
        double d = ldexp((double)(rng() >> 12), -1074);
        return (rng() & 1) ? -d : d;
    }
    default: {
        static const double specials[] = {
            0.0,      -0.0,      1.0,  0.5,         2.5,  9.5,     0.05,      0.15,
            9.999999, 999999.5,  1e21, 1e22,        1e23, DBL_MAX, DBL_MIN,   0x1p-1074,
            INFINITY, -INFINITY, NAN,  123456789.0, 1e-5, 1e-4,    0.0001234, 5e-324};
        return specials[rng() % (sizeof specials / sizeof specials[0])];
    }
    }
}

static long double random_long_double(void)
{
    switch (rng() % 4) {
    case 0: {
        union {
            long double value;
            struct {
                uint64_t mantissa;
                uint16_t sign_exponent;
            } parts;
        } u;
        memset(&u, 0, sizeof u);
        u.parts.mantissa = rng() | (UINT64_C(1) << 63);
        u.parts.sign_exponent = (uint16_t)(rng() % 0x7fff);
        if (u.parts.sign_exponent == 0) {
            u.parts.mantissa >>= 1; /* subnormal */
        }
        if (rng() & 1) {
            u.parts.sign_exponent |= 0x8000;
        }
        return u.value;
    }
    case 1:
        return ldexpl((long double)rng(), (int)(rng() % 400) - 200 - 64);
    case 2:
        return ldexpl((long double)(int64_t)(rng() % 20001) - 10000, -(int)(rng() % 12));
    default:
        return (long double)random_double();
    }
}

/* A random format: flags, width and precision (or none) for conversion c. */
static void random_format(char *format, char c, int long_double)
{
    static const char flag_set[] = "-+ 0#";
    char *p = format;
    *p++ = '%';
    for (int i = 0; i < 5; i++) {
        if (rng() % 4 == 0) {
            *p++ = flag_set[i];
        }
    }
    if (rng() % 3 == 0) {
        p += sprintf(p, "%d", (int)(rng() % 40));
    }
    int r = (int)(rng() % 8);
    if (r < 5) {
        p += sprintf(p, ".%d", (int)(rng() % (r == 0 ? 60 : 20)));
    } else if (r == 5) {
        p += sprintf(p, ".%d", (int)(rng() % 1100));
    } else if (r == 6) {
        *p++ = '.';
    }
    if (long_double) {
        *p++ = 'L';
    }
    *p++ = c;
    *p = '\0';
}

static const char conversions[] = "fFeEgGaA";

/* Random formats of random values, and every precision of a few hard values
 * of both signs, in the current rounding mode. */
static void check_mode(long doubles, long long_doubles)
{
    char format[64];
    for (long i = 0; i < doubles; i++) {
        char c = conversions[rng() % 8];
        random_format(format, c, 0);
        check_double(format, random_double());
    }
    for (long i = 0; i < long_doubles; i++) {
        char c = conversions[rng() % 8];
        random_format(format, c, 1);
        check_long_double(format, random_long_double());
    }
    /* every precision of a few hard values */
    static const double hard[] = {0.5,
                                  1.5,
                                  2.5,
                                  0.125,
                                  0.375,
                                  1e-300,
                                  5e-324,
                                  1.7976931348623157e308,
                                  0.1,
                                  2.0 / 3.0,
                                  1e23,
                                  9.5e-5,
                                  999.5,
                                  0.95,
                                  0x1.fffffffffffffp-1,
                                  0.0};
    for (size_t h = 0; h < sizeof hard / sizeof hard[0]; h++) {
        for (int precision = 0; precision < 1100; precision += (precision < 40 ? 1 : 37)) {
            for (const char *c = conversions; *c; c++) {
                snprintf(format, sizeof format, "%%.%d%c", precision, *c);
                check_double(format, hard[h]);
                check_double(format, -hard[h]);
            }
        }
    }
}

/* The same text as `expected` in `mode`. */
static void check_in_mode(int mode, const char *format, double value, const char *expected)
{
    CHECK(fesetround(mode) == 0);
    ours_printf(format, value);
    fesetround(FE_TONEAREST);
    if (strcmp(ours, expected) != 0) {
        printf("mode %d, \"%s\": ours [%s], expected [%s]\n", mode, format, ours, expected);
        failures++;
    }
}

/* A few results known by hand: each mode moves them differently. */
static void check_known(void)
{
    check_in_mode(FE_UPWARD, "%.0f", 0.25, "1");
    check_in_mode(FE_UPWARD, "%.0f", -0.75, "-0");
    check_in_mode(FE_DOWNWARD, "%.1f", -0.25, "-0.3");
    check_in_mode(FE_DOWNWARD, "%.1f", 0.99, "0.9");
    check_in_mode(FE_TOWARDZERO, "%.2e", -9.999, "-9.99e+00");
    check_in_mode(FE_TONEAREST, "%.2e", -9.999, "-1.00e+01");
    check_in_mode(FE_UPWARD, "%.3g", 999.01, "1e+03");
    check_in_mode(FE_UPWARD, "%.1a", 1.03125, "0x1.1p+0");
    check_in_mode(FE_TOWARDZERO, "%.1a", 1.96875, "0x1.fp+0");
    check_in_mode(FE_DOWNWARD, "%.0a", -1.0000001, "-0x2p+0");
}

int main(void)
{
    check_known();
    check_mode(150000, 30000);
    static const int directed[] = {FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    for (size_t m = 0; m < sizeof directed / sizeof directed[0]; m++) {
        CHECK(fesetround(directed[m]) == 0);
        check_mode(50000, 10000);
    }
    fesetround(FE_TONEAREST);
    printf("%ld mismatches against glibc\n", failures);
    CHECK(failures == 0);
    CHECK(ours_printf("%5.1f|%-8.3e|%+g|%#a", 2.25, 1e10, 0.0001, 1.0) == 31);
    CHECK(strcmp(ours, "  2.2|1.000e+10|+0.0001|0x1.p+0") == 0);
    return check_summary();
}
