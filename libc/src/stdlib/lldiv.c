/* lldiv(): quotient and remainder of a long long division, in one call (libc, stdlib). */
#include <stdlib.h>

lldiv_t lldiv(long long numerator, long long denominator)
{
    lldiv_t result = {numerator / denominator, numerator % denominator};
    return result;
}
