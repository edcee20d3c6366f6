/* abs(): absolute value of a int (libc, stdlib); undefined for the minimum. */
#include <stdlib.h>

int abs(int value)
{
    return value < 0 ? -value : value;
}
