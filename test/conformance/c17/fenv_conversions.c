/*
 * ISO C17 Annex F.5 with 7.21.6 and 7.22.1.3: binary-decimal conversions honour the current
 * rounding direction (fesetround). printf's %f, %e, %g and %a round the exact value once, at the
 * last digit shown, upward, downward, toward zero or to nearest; strtod, strtof, strtold and
 * scanf's %f round the decimal or hexadecimal text the same way, and a value past the largest
 * finite one becomes an infinity or the largest finite value as the direction says (ERANGE
 * either way), one below the smallest subnormal zero or the smallest subnormal. glibc and
 * KOITO-libc both do this; the expected texts below are glibc's.
 */
#pragma STDC FENV_ACCESS ON
#include "check.h"
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};

/* printf of `value` in each of the four modes (nearest, upward, downward, toward zero). */
static void check_printf(const char *format, double value, const char *const expected[4])
{
    char text[64];
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        snprintf(text, sizeof text, format, value);
        fesetround(FE_TONEAREST);
        if (strcmp(text, expected[m]) != 0) {
            fprintf(stderr, "mode %d: \"%s\" gave [%s], expected [%s]\n", modes[m], format, text,
                    expected[m]);
        }
        CHECK(strcmp(text, expected[m]) == 0);
    }
}

static void printf_conversions(void)
{
    check_printf("%.0f", 0.5, (const char *const[]){"0", "1", "0", "0"});
    check_printf("%.0f", 2.5, (const char *const[]){"2", "3", "2", "2"});
    check_printf("%.0f", -0.25, (const char *const[]){"-0", "-0", "-1", "-0"});
    check_printf("%.2f", 1.005, (const char *const[]){"1.00", "1.01", "1.00", "1.00"});
    check_printf("%.3e", -2.0 / 3.0,
                 (const char *const[]){"-6.667e-01", "-6.666e-01", "-6.667e-01", "-6.666e-01"});
    check_printf("%.3g", 999.9, (const char *const[]){"1e+03", "1e+03", "999", "999"});
    check_printf("%.3g", 999.01, (const char *const[]){"999", "1e+03", "999", "999"});
    check_printf("%.1a", 1.03125,
                 (const char *const[]){"0x1.0p+0", "0x1.1p+0", "0x1.0p+0", "0x1.0p+0"});
    check_printf("%.1a", -1.96875,
                 (const char *const[]){"-0x2.0p+0", "-0x1.fp+0", "-0x2.0p+0", "-0x1.fp+0"});
    check_printf("%.17g", 0.1,
                 (const char *const[]){"0.10000000000000001", "0.10000000000000001", "0.1", "0.1"});
    check_printf("%.1e", DBL_MAX,
                 (const char *const[]){"1.8e+308", "1.8e+308", "1.7e+308", "1.7e+308"});
    check_printf("%.2f", 0.0, (const char *const[]){"0.00", "0.00", "0.00", "0.00"});
}

/* strtod of `text` in each mode: the expected values and whether ERANGE is set. */
static void check_strtod(const char *text, const double expected[4], int range_error)
{
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        errno = 0;
        double value = strtod(text, NULL);
        int error = errno;
        fesetround(FE_TONEAREST);
        if (memcmp(&value, &expected[m], sizeof value) != 0) {
            fprintf(stderr, "mode %d: strtod(\"%s\") gave %a, expected %a\n", modes[m], text, value,
                    expected[m]);
        }
        CHECK(memcmp(&value, &expected[m], sizeof value) == 0);
        CHECK_EQ(error, range_error ? ERANGE : 0);
    }
}

static void strtod_conversions(void)
{
    const double tenth_down = 0x1.9999999999999p-4, tenth_up = 0x1.999999999999ap-4;
    check_strtod("0.1", (const double[]){tenth_up, tenth_up, tenth_down, tenth_down}, 0);
    check_strtod("-0.1", (const double[]){-tenth_up, -tenth_down, -tenth_up, -tenth_down}, 0);
    /* Overflow: an infinity, or DBL_MAX when the direction is toward zero from there. */
    check_strtod("1e400", (const double[]){HUGE_VAL, HUGE_VAL, DBL_MAX, DBL_MAX}, 1);
    check_strtod("-1e400", (const double[]){-HUGE_VAL, -DBL_MAX, -HUGE_VAL, -DBL_MAX}, 1);
    /* Underflow: zero, or the smallest subnormal when the direction is away from zero. */
    const double least = 0x1p-1074;
    check_strtod("1e-400", (const double[]){0.0, least, 0.0, 0.0}, 1);
    check_strtod("-1e-400", (const double[]){-0.0, -0.0, -least, -0.0}, 1);
    /* Halfway between 1 and the next double, and just above it. */
    const double next = 0x1.0000000000001p0;
    check_strtod("1.00000000000000011102230246251565404236316680908203125",
                 (const double[]){1.0, next, 1.0, 1.0}, 0);
    check_strtod("0x1.00000000000008000001p0", (const double[]){next, next, 1.0, 1.0}, 0);
    /* Nothing to convert is +0 in every mode. */
    check_strtod("", (const double[]){0.0, 0.0, 0.0, 0.0}, 0);
}

static void other_types(void)
{
    fesetround(FE_UPWARD);
    CHECK(strtof("0.1", NULL) == 0x1.99999ap-4f);
    CHECK(strtof("1e39", NULL) == HUGE_VALF);
    CHECK(strtold("0.1", NULL) == 0xc.ccccccccccccccdp-7L);
    double d = 0;
    CHECK(sscanf("-0.1", "%lf", &d) == 1 && d == -0x1.9999999999999p-4);
    fesetround(FE_TOWARDZERO);
    float f = 0;
    CHECK(sscanf("3.5e38", "%f", &f) == 1 && f == FLT_MAX);
    CHECK(strtold("0.1", NULL) == 0xc.cccccccccccccccp-7L);
    fesetround(FE_TONEAREST);
}

int main(void)
{
    printf_conversions();
    strtod_conversions();
    other_types();
    return check_summary();
}
