/*
 * ISO C17 7.12 <math.h> and Annex F (IEC 60559): the special cases every conforming IEEE
 * implementation must give exactly (NaN, ±infinity, ±0 in and out of sqrt, pow, the
 * exponentials and logarithms, the trigonometric functions), results C requires to be exact
 * (sqrt of perfect squares, fma's single rounding, the rounding functions, fmod, remainder,
 * remquo, frexp/ldexp/scalbn/ilogb/logb/modf, nextafter, copysign, fdim/fmax/fmin), the
 * classification macros, and errno (EDOM, ERANGE) when math_errhandling has MATH_ERRNO.
 */
#include "check.h"
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>

/* The same value, telling +0 from -0 and any NaN equal to any NaN. */
static int same(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return a == b && signbit(a) == signbit(b);
}

static void expect_at(int line, const char *what, double got, double expected)
{
    int ok = same(got, expected);
    CHECK(ok);
    if (!ok)
        fprintf(stderr, "line %d: %s = %a, expected %a\n", line, what, got, expected);
}
#define EXPECT(expression, expected) expect_at(__LINE__, #expression, expression, expected)

/* volatile keeps the compiler from folding the calls at translation time. */
static volatile double zero = 0.0, one = 1.0, two = 2.0, half = 0.5, inf = INFINITY, nan_ = NAN;

static void classification(void)
{
    CHECK_EQ(fpclassify(zero), FP_ZERO);
    CHECK_EQ(fpclassify(-zero), FP_ZERO);
    CHECK_EQ(fpclassify(one), FP_NORMAL);
    CHECK_EQ(fpclassify(DBL_MIN / 2), FP_SUBNORMAL);
    CHECK_EQ(fpclassify(inf), FP_INFINITE);
    CHECK_EQ(fpclassify(nan_), FP_NAN);
    CHECK_EQ(fpclassify(FLT_MIN / 2.0f), FP_SUBNORMAL);
    CHECK_EQ(fpclassify(1.0L), FP_NORMAL);
    CHECK(isfinite(one) && !isfinite(inf) && !isfinite(nan_));
    CHECK(isinf(inf) && isinf(-inf) && !isinf(one));
    CHECK(isnan(nan_) && !isnan(inf));
    CHECK(isnormal(one) && !isnormal(zero) && !isnormal(DBL_MIN / 2));
    CHECK(signbit(-zero) && !signbit(zero) && signbit(-inf) && signbit(-one));
    CHECK(isgreater(two, one) && !isgreater(nan_, one));
    CHECK(isgreaterequal(one, one) && isless(one, two) && islessequal(two, two));
    CHECK(islessgreater(one, two) && !islessgreater(one, one));
    CHECK(isunordered(nan_, one) && !isunordered(one, two));
    CHECK(HUGE_VAL == INFINITY && HUGE_VALF == INFINITY && HUGE_VALL == INFINITY);
    CHECK(FP_ILOGB0 == INT_MIN || FP_ILOGB0 == -INT_MAX);
}

static void square_roots_and_powers(void)
{
    EXPECT(sqrt(4.0 * one), 2.0);
    EXPECT(sqrt(zero), 0.0);
    EXPECT(sqrt(-zero), -0.0);
    EXPECT(sqrt(inf), INFINITY);
    EXPECT(sqrt(-one), NAN);
    EXPECT(sqrt(two * two * 1e200), 2e100);
    EXPECT(sqrtf(9.0f * (float)one), 3.0f);
    EXPECT(sqrt(two), 0x1.6a09e667f3bcdp+0); /* correctly rounded */
    /* cbrt need not be exact (glibc's cbrt(27) is not), only its special cases are. */
    EXPECT(cbrt(-zero), -0.0);
    EXPECT(cbrt(-inf), -INFINITY);
    EXPECT(hypot(3.0 * one, 4.0), 5.0);
    EXPECT(hypot(inf, nan_), INFINITY);
    EXPECT(hypot(nan_, -inf), INFINITY);

    EXPECT(pow(two, 10.0), 1024.0);
    EXPECT(pow(-two, 3.0), -8.0);
    EXPECT(pow(nan_, zero), 1.0);
    EXPECT(pow(one, nan_), 1.0);
    EXPECT(pow(-one, inf), 1.0);
    EXPECT(pow(zero, -one), INFINITY);
    EXPECT(pow(-zero, -3.0), -INFINITY);
    EXPECT(pow(-zero, 3.0), -0.0);
    EXPECT(pow(zero, 3.0), 0.0);
    EXPECT(pow(half, inf), 0.0);
    EXPECT(pow(two, -inf), 0.0);
    EXPECT(pow(-inf, -3.0), -0.0);
    EXPECT(pow(-inf, 3.0), -INFINITY);
    EXPECT(pow(-inf, 2.0), INFINITY);
    EXPECT(pow(-two, half), NAN);
    EXPECT(pow(4.0 * one, half), 2.0);
}

static void exponentials_and_logarithms(void)
{
    EXPECT(exp(zero), 1.0);
    EXPECT(exp(-inf), 0.0);
    EXPECT(exp(inf), INFINITY);
    EXPECT(exp2(10.0 * one), 1024.0);
    EXPECT(exp2(-one), 0.5);
    EXPECT(expm1(-zero), -0.0);
    EXPECT(expm1(-inf), -1.0);
    EXPECT(log(one), 0.0);
    EXPECT(log(zero), -INFINITY);
    EXPECT(log(-one), NAN);
    EXPECT(log(inf), INFINITY);
    EXPECT(log2(1024.0 * one), 10.0);
    EXPECT(log10(1000.0 * one), 3.0);
    EXPECT(log1p(-zero), -0.0);
    EXPECT(log1p(-one), -INFINITY);
    EXPECT(logb(8.0 * one), 3.0);
    EXPECT(logb(zero), -INFINITY);
    CHECK_EQ(ilogb(8.0 * one), 3);
    CHECK_EQ(ilogb(zero), FP_ILOGB0);
    CHECK_EQ(ilogb(nan_), FP_ILOGBNAN);
    CHECK_EQ(ilogb(inf), INT_MAX);
}

static void trigonometry(void)
{
    EXPECT(sin(-zero), -0.0);
    EXPECT(cos(zero), 1.0);
    EXPECT(tan(-zero), -0.0);
    EXPECT(sin(inf), NAN);
    EXPECT(cos(-inf), NAN);
    EXPECT(asin(one), 0x1.921fb54442d18p+0);
    EXPECT(acos(one), 0.0);
    EXPECT(atan(inf), 0x1.921fb54442d18p+0);
    EXPECT(atan2(zero, -zero), 0x1.921fb54442d18p+1);
    EXPECT(atan2(-zero, -zero), -0x1.921fb54442d18p+1);
    EXPECT(atan2(zero, zero), 0.0);
    EXPECT(atan2(one, inf), 0.0);
    EXPECT(atan2(inf, inf), 0x1.921fb54442d18p-1);
    EXPECT(sinh(-zero), -0.0);
    EXPECT(cosh(-inf), INFINITY);
    EXPECT(tanh(inf), 1.0);
    EXPECT(asinh(-inf), -INFINITY);
    EXPECT(acosh(one), 0.0);
    EXPECT(atanh(one), INFINITY);
    EXPECT(erf(inf), 1.0);
    EXPECT(erfc(inf), 0.0);
    EXPECT(tgamma(zero), INFINITY);
    EXPECT(tgamma(-zero), -INFINITY);
    EXPECT(tgamma(-inf), NAN);
    EXPECT(lgamma(one), 0.0);
    EXPECT(tgamma(inf), INFINITY);
}

static void rounding(void)
{
    EXPECT(ceil(-half), -0.0);
    EXPECT(ceil(1.1 * one), 2.0);
    EXPECT(floor(-half), -1.0);
    EXPECT(floor(-zero), -0.0);
    EXPECT(trunc(-1.7 * one), -1.0);
    EXPECT(trunc(-half), -0.0);
    EXPECT(round(half), 1.0); /* halfway away from zero */
    EXPECT(round(-2.5 * one), -3.0);
    EXPECT(round(-0.4 * one), -0.0);
    CHECK_EQ(lround(2.5 * one), 3);
    CHECK_EQ(llround(-2.5 * one), -3);
    EXPECT(rint(2.5 * one), 2.0); /* the current mode: to nearest, ties to even */
    EXPECT(rint(3.5 * one), 4.0);
    EXPECT(nearbyint(-2.5 * one), -2.0);
    CHECK_EQ(lrint(2.5 * one), 2);
    CHECK_EQ(llrint(-3.5 * one), -4);
    EXPECT(ceil(inf), INFINITY);
    EXPECT(floor(nan_), NAN);
    EXPECT(round(1e300 * one), 1e300);
    EXPECT(roundf(2.5f * (float)one), 3.0f);
}

static void exact_operations(void)
{
    /* fma rounds once: 1+2^-52 squared minus 1-... is exactly what a double can hold. */
    double a = 1.0 + 0x1p-52;
    EXPECT(fma(a, a, -(1.0 + 0x1p-51)), 0x1p-104);
    EXPECT(fma(two, 3.0, 4.0), 10.0);
    EXPECT(fma(inf, zero, one), NAN);

    EXPECT(fmod(7.0 * one, 3.0), 1.0);
    EXPECT(fmod(-7.0 * one, 3.0), -1.0);
    EXPECT(fmod(-zero, 3.0), -0.0);
    EXPECT(fmod(one, zero), NAN);
    EXPECT(fmod(inf, one), NAN);
    EXPECT(fmod(5.0 * one, inf), 5.0);
    EXPECT(remainder(7.0 * one, 2.0), -1.0); /* 3.5 rounds to 4, ties to even */
    EXPECT(remainder(5.0 * one, 2.0), 1.0);
    EXPECT(remainder(one, zero), NAN);
    int quotient = 0;
    EXPECT(remquo(7.0 * one, 2.0, &quotient), -1.0);
    CHECK_EQ(quotient & 7, 4);
    EXPECT(remquo(-10.0 * one, 3.0, &quotient), -1.0);
    CHECK_EQ(quotient, -3);

    int exponent = 0;
    EXPECT(frexp(8.0 * one, &exponent), 0.5);
    CHECK_EQ(exponent, 4);
    EXPECT(frexp(-zero, &exponent), -0.0);
    CHECK_EQ(exponent, 0);
    EXPECT(frexp(DBL_MIN / 4, &exponent), 0.5);
    CHECK_EQ(exponent, -1023);
    EXPECT(frexp(inf, &exponent), INFINITY);
    EXPECT(ldexp(0.5 * one, 4), 8.0);
    EXPECT(ldexp(one, -1074), 0x1p-1074);
    EXPECT(ldexp(one, 1024), INFINITY);
    EXPECT(scalbn(3.0 * one, 2), 12.0);
    EXPECT(scalbln(3.0 * one, -1L), 1.5);
    double integral = 0;
    EXPECT(modf(-3.25 * one, &integral), -0.25);
    EXPECT(integral, -3.0);
    EXPECT(modf(inf, &integral), 0.0);
    EXPECT(integral, INFINITY);

    EXPECT(nextafter(one, two), 1.0 + DBL_EPSILON);
    EXPECT(nextafter(one, zero), 1.0 - DBL_EPSILON / 2);
    EXPECT(nextafter(zero, one), 0x1p-1074);
    EXPECT(nextafter(0x1p-1074 * one, -one), 0.0);
    EXPECT(nextafter(one, one), 1.0);
    EXPECT(nextafter(nan_, one), NAN);
    EXPECT(nextafter(DBL_MAX * one, inf), INFINITY);
    EXPECT(nexttoward(one, 2.0L), 1.0 + DBL_EPSILON);
    EXPECT(nextafterf(1.0f, 2.0f), 1.0f + FLT_EPSILON);

    EXPECT(copysign(two, -zero), -2.0);
    EXPECT(copysign(inf, -one), -INFINITY);
    EXPECT(fabs(-zero), 0.0);
    EXPECT(fabs(-inf), INFINITY);
    EXPECT(fdim(5.0 * one, 3.0), 2.0);
    EXPECT(fdim(3.0 * one, 5.0), 0.0);
    EXPECT(fmax(one, nan_), 1.0); /* a NaN argument is treated as missing */
    EXPECT(fmin(nan_, -one), -1.0);
    EXPECT(fmax(-zero, -one), -0.0);
    EXPECT(fmin(two, one), 1.0);
    CHECK(isnan(nan("")) && isnan(nanf("1")) && isnan(nanl("")));
}

static void errors(void)
{
    CHECK((math_errhandling & (MATH_ERRNO | MATH_ERREXCEPT)) != 0);
    if (!(math_errhandling & MATH_ERRNO))
        return;
    /* Domain errors: EDOM; pole errors and overflow: ERANGE. */
    errno = 0;
    (void)sqrt(-one);
    CHECK_EQ(errno, EDOM);
    errno = 0;
    (void)log(-one);
    CHECK_EQ(errno, EDOM);
    errno = 0;
    (void)acos(two);
    CHECK_EQ(errno, EDOM);
    errno = 0;
    (void)fmod(one, zero);
    CHECK_EQ(errno, EDOM);
    errno = 0;
    (void)log(zero);
    CHECK_EQ(errno, ERANGE);
    errno = 0;
    (void)pow(zero, -one);
    CHECK_EQ(errno, ERANGE);
    errno = 0;
    (void)exp(1000.0 * one);
    CHECK_EQ(errno, ERANGE);
    errno = 0;
    (void)ldexp(one, 5000);
    CHECK_EQ(errno, ERANGE);
    /* No error for exact special cases. */
    errno = 0;
    (void)sqrt(inf);
    (void)exp(-inf);
    (void)log(inf);
    (void)pow(one, nan_);
    CHECK_EQ(errno, 0);
}

int main(void)
{
    classification();
    square_roots_and_powers();
    exponentials_and_logarithms();
    trigonometry();
    rounding();
    exact_operations();
    errors();
    return check_summary();
}
