/* imaxabs(): absolute value of an intmax_t (libc, inttypes); undefined for the minimum. */
#include <inttypes.h>

intmax_t imaxabs(intmax_t value)
{
    return value < 0 ? -value : value;
}
