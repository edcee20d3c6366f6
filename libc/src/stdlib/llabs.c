/* llabs(): absolute value of a long long (libc, stdlib); undefined for the minimum. */
#include <stdlib.h>

long long llabs(long long value)
{
    return value < 0 ? -value : value;
}
