/*
 * The libc numerics suite: KOITO-libc's <math.h>, <fenv.h>, strtod, printf's
 * and sscanf's floating-point conversions as the cross-compiled library runs
 * them in the guest (the host tests measure them in depth; this suite shows
 * the target build agrees: SSE and x87 state, long double layout, the
 * stack the conversions need).
 */
#define _XOPEN_SOURCE 700 /* for M_PI */
#include <fenv.h>
#include <guest_test.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

/* Opaque to the optimiser, so the library computes at run time. */
static volatile double one = 1.0, ten = 10.0, two = 2.0, half = 0.5, big = 1e22, three = 3.0;

static void test_math_correctly_rounded_values(void)
{
    /* Expected bits: the correctly rounded results (mpmath). */
    GUEST_CHECK_EQ(bits(sin(one)), 0x3feaed548f090ceeu);
    GUEST_CHECK_EQ(bits(exp(one)), 0x4005bf0a8b145769u);
    GUEST_CHECK_EQ(bits(log(ten)), 0x40026bb1bbb55516u);
    GUEST_CHECK_EQ(bits(pow(two, half)), 0x3ff6a09e667f3bcdu);
    GUEST_CHECK_EQ(bits(sqrt(two)), 0x3ff6a09e667f3bcdu);
    GUEST_CHECK_EQ(bits(lgamma(half)), 0x3fe250d048e7a1bdu);
    GUEST_CHECK_EQ(bits(erf(one)), 0x3feaf767a741088bu);
    GUEST_CHECK_EQ(bits(sin(big)), 0xbfeb453ab76bf397u); /* Payne-Hanek reduction */
    GUEST_CHECK_EQ(bits(M_PI), 0x400921fb54442d18u);
    GUEST_CHECK_EQ(bits(atan(one) * 4), 0x400921fb54442d18u);
    GUEST_CHECK(tgamma(5.0 * one) == 24.0);
    GUEST_CHECK(cbrt(27.0 * one) == 3.0);
    GUEST_CHECK(fma(0x1p-30 * one + 1.0, 1.0 - 0x1p-30, -1.0) ==
                -0x1p-60); /* x*y alone rounds to 1 */
    GUEST_CHECK(sinf((float)one) == 0x1.aed548p-1f);
    GUEST_CHECK((double)sinl((long double)one) == sin(one));
    GUEST_CHECK(fmodl(10.5L * one, 3.0L) == 1.5L);
    /* The x87 runs at 64-bit precision and fmal keeps the extended bits. */
    long double third = (long double)one / 3.0L;
    GUEST_CHECK(third != (long double)(double)third);
    GUEST_CHECK(fmal(1.0L + 0x1p-60L * one, 1.0L - 0x1p-60L, -1.0L) == -0x1p-120L);
}

static void test_fenv_rounding_and_flags(void)
{
    GUEST_CHECK_EQ(fesetround(FE_UPWARD), 0);
    double up = one / three;
    long double up_l = (long double)one / 3.0L;
    GUEST_CHECK(rint(2.5 * one) == 3.0);
    GUEST_CHECK_EQ(fesetround(FE_DOWNWARD), 0);
    double down = one / three;
    long double down_l = (long double)one / 3.0L;
    GUEST_CHECK_EQ(fegetround(), FE_DOWNWARD);
    GUEST_CHECK_EQ(fesetround(FE_TONEAREST), 0);
    GUEST_CHECK(up > down);
    GUEST_CHECK(up_l > down_l);
    feclearexcept(FE_ALL_EXCEPT);
    volatile double huge = 0x1p1023;
    volatile double r = huge * huge;
    (void)r;
    GUEST_CHECK_EQ(fetestexcept(FE_OVERFLOW | FE_INVALID), FE_OVERFLOW);
    feclearexcept(FE_ALL_EXCEPT);
    GUEST_CHECK_EQ(fetestexcept(FE_ALL_EXCEPT), 0);
}

static void test_printf_floating_point(void)
{
    char buffer[128];
    snprintf(buffer, sizeof buffer, "%.17g|%a|%.0f|%.3e|%g", 0.1 * one, one, 2.5 * one, 1e300 * one,
             1e-5 * one);
    GUEST_CHECK(strcmp(buffer, "0.10000000000000001|0x1p+0|2|1.000e+300|1e-05") == 0);
    snprintf(buffer, sizeof buffer, "%Le|%La|%.30Lf", (long double)one / 3.0L, (long double)one,
             (long double)one / 1024.0L);
    GUEST_CHECK(strcmp(buffer, "3.333333e-01|0x8p-3|0.000976562500000000000000000000") == 0);
}

static void test_strtod_and_sscanf(void)
{
    char *end;
    GUEST_CHECK_EQ(bits(strtod("0.1", &end)), 0x3fb999999999999au);
    GUEST_CHECK(*end == '\0');
    GUEST_CHECK_EQ(bits(strtod("2.2250738585072011e-308", NULL)), 0x000fffffffffffffu);
    GUEST_CHECK(strtof("3.4028235e38", NULL) == 0x1.fffffep127f);
    GUEST_CHECK(strtold("0x8p-3", NULL) == 1.0L);
    GUEST_CHECK(atof("-inf") == -HUGE_VAL);
    int n = 0;
    double d = 0;
    char word[8];
    GUEST_CHECK_EQ(sscanf("42 3.5 abc", "%d %lf %7s", &n, &d, word), 3);
    GUEST_CHECK(n == 42 && d == 3.5 && strcmp(word, "abc") == 0);
}

static const struct guest_test tests[] = {
    {"math: correctly rounded values", test_math_correctly_rounded_values},
    {"fenv: rounding modes and flags in both units", test_fenv_rounding_and_flags},
    {"printf: floating-point conversions", test_printf_floating_point},
    {"strtod and sscanf", test_strtod_and_sscanf},
};

int main(void)
{
    return guest_test_run("libc-numerics", tests, sizeof(tests) / sizeof(tests[0]));
}
