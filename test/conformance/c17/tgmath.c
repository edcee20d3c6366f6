/*
 * ISO C17 7.25 <tgmath.h>: each type-generic macro chooses the float, double or long double
 * function by its arguments' types (an integer argument counts as double; with two arguments
 * the wider type wins), seen in the result's type (through _Generic) and value.
 */
#include "check.h"
#include <float.h>
#include <tgmath.h>

#define TYPE_OF(x) _Generic((x), float : 'f', double : 'd', long double : 'l', default : '?')

int main(void)
{
    volatile float f = 2.0f;
    volatile double d = 2.0;
    volatile long double l = 2.0L;
    volatile int i = 2;

    CHECK_EQ(TYPE_OF(sqrt(f)), 'f');
    CHECK_EQ(TYPE_OF(sqrt(d)), 'd');
    CHECK_EQ(TYPE_OF(sqrt(l)), 'l');
    CHECK_EQ(TYPE_OF(sqrt(i)), 'd'); /* an integer argument: double */
    CHECK(sqrt(f) == sqrtf(2.0f));
    CHECK(sqrt(d) == sqrt(2.0));
    CHECK(sqrt(i) == sqrt(2.0));

    /* Two arguments: the wider of the two. */
    CHECK_EQ(TYPE_OF(pow(f, f)), 'f');
    CHECK_EQ(TYPE_OF(pow(f, d)), 'd');
    CHECK_EQ(TYPE_OF(pow(d, l)), 'l');
    CHECK_EQ(TYPE_OF(pow(f, i)), 'd');
    CHECK_EQ(TYPE_OF(atan2(f, f)), 'f');
    CHECK_EQ(TYPE_OF(fmax(f, l)), 'l');
    CHECK_EQ(TYPE_OF(fma(f, f, f)), 'f');
    CHECK_EQ(TYPE_OF(fma(f, f, d)), 'd');
    CHECK_EQ(TYPE_OF(nextafter(f, f)), 'f');
    CHECK_EQ(TYPE_OF(copysign(f, f)), 'f');
    CHECK_EQ(TYPE_OF(hypot(d, d)), 'd');
    CHECK_EQ(TYPE_OF(remainder(l, l)), 'l');
    CHECK_EQ(TYPE_OF(fdim(f, f)), 'f');
    CHECK_EQ(TYPE_OF(fmod(f, f)), 'f');

    /* One argument, each kind of function. */
    CHECK_EQ(TYPE_OF(exp(f)), 'f');
    CHECK_EQ(TYPE_OF(log(l)), 'l');
    CHECK_EQ(TYPE_OF(sin(f)), 'f');
    CHECK_EQ(TYPE_OF(cos(d)), 'd');
    CHECK_EQ(TYPE_OF(tan(l)), 'l');
    CHECK_EQ(TYPE_OF(fabs(f)), 'f');
    CHECK_EQ(TYPE_OF(ceil(f)), 'f');
    CHECK_EQ(TYPE_OF(floor(l)), 'l');
    CHECK_EQ(TYPE_OF(round(f)), 'f');
    CHECK_EQ(TYPE_OF(trunc(i)), 'd');
    CHECK_EQ(TYPE_OF(cbrt(f)), 'f');
    CHECK_EQ(TYPE_OF(erf(f)), 'f');
    CHECK_EQ(TYPE_OF(tgamma(l)), 'l');
    CHECK_EQ(TYPE_OF(log2(f)), 'f');
    CHECK_EQ(TYPE_OF(expm1(f)), 'f');
    CHECK_EQ(TYPE_OF(ldexp(f, 3)), 'f');
    CHECK_EQ(TYPE_OF(scalbn(l, 3)), 'l');
    CHECK_EQ(TYPE_OF(nexttoward(f, l)), 'f'); /* the second argument is always long double */
    int exponent;
    CHECK_EQ(TYPE_OF(frexp(f, &exponent)), 'f');
    int quotient;
    CHECK_EQ(TYPE_OF(remquo(f, f, &quotient)), 'f');
    /* Functions with an integer result keep it whatever the argument. */
    CHECK(_Generic(lrint(f), long : 1, default : 0));
    CHECK(_Generic(llround(l), long long : 1, default : 0));
    CHECK(_Generic(ilogb(f), int : 1, default : 0));

    /* Values: the float version is really the float one (rounded to float). */
    volatile float third = 1.0f / 3.0f;
    CHECK(TYPE_OF(third * third) == 'f' && sqrt(third) == sqrtf(third));
    CHECK(ldexp(f, 3) == 16.0f);
    CHECK(fmax(f, 3.0L) == 3.0L);
    CHECK(pow(i, 10) == 1024.0);
    CHECK(fabs(-l) == 2.0L);
    CHECK(frexp(f, &exponent) == 0.5f && exponent == 2);
    return check_summary();
}
