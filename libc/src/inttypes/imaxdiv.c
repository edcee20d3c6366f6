/* imaxdiv(): quotient and remainder of a intmax_t division, in one call (libc, inttypes). */
#include <inttypes.h>

imaxdiv_t imaxdiv(intmax_t numerator, intmax_t denominator)
{
    imaxdiv_t result = {numerator / denominator, numerator % denominator};
    return result;
}
