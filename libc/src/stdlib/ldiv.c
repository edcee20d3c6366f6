/* ldiv(): quotient and remainder of a long division, in one call (libc, stdlib). */
#include <stdlib.h>

ldiv_t ldiv(long numerator, long denominator)
{
    ldiv_t result = {numerator / denominator, numerator % denominator};
    return result;
}
