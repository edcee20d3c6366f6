/*
 * Compile-time checks of KOITO-libc's <tgmath.h> (host test, libc math).
 *
 * Compiled against KOITO-libc's own headers: every assertion states which
 * type a type-generic call yields, so a wrong pick fails the build.
 */
#include <tgmath.h>

#define TYPE_IS(expression, type) _Generic((expression), type : 1, default : 0)

_Static_assert(TYPE_IS(sin(1.0f), float), "sin(float) is sinf");
_Static_assert(TYPE_IS(sin(1.0), double), "sin(double) is sin");
_Static_assert(TYPE_IS(sin(1.0L), long double), "sin(long double) is sinl");
_Static_assert(TYPE_IS(sin(1), double), "an integer counts as double");
_Static_assert(TYPE_IS(pow(2.0f, 3.0f), float), "pow(float, float) is powf");
_Static_assert(TYPE_IS(pow(2.0f, 3), double), "an integer argument makes it double");
_Static_assert(TYPE_IS(pow(2.0f, 3.0L), long double), "a long double argument wins");
_Static_assert(TYPE_IS(fma(1.0f, 2.0f, 3.0), double), "fma(float, float, double) is fma");
_Static_assert(TYPE_IS(ldexp(1.0f, 3), float), "ldexp's int argument is not generic");
_Static_assert(TYPE_IS(lrint(1.0L), long), "lrint returns long");
_Static_assert(TYPE_IS(remquo(1.0f, 2.0f, (int *)0), float), "remquo(float, float) is remquof");
_Static_assert(TYPE_IS(nexttoward(1.0f, 2.0L), float),
               "nexttoward's second argument is not generic");

/* A use at run time, so the test links the right functions too. */
float tgmath_check_sqrt(float x)
{
    return sqrt(x);
}
