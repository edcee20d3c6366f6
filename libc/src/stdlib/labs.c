/* labs(): absolute value of a long (libc, stdlib); undefined for the minimum. */
#include <stdlib.h>

long labs(long value)
{
    return value < 0 ? -value : value;
}
