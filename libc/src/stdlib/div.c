/* div(): quotient and remainder of a int division, in one call (libc, stdlib). */
#include <stdlib.h>

div_t div(int numerator, int denominator)
{
    div_t result = {numerator / denominator, numerator % denominator};
    return result;
}
