/* clock() (libc, time): processor time used. KOITO does not account CPU
 * time per process yet, so this is C's "not available" answer, (clock_t)-1. */
#include <time.h>

clock_t clock(void)
{
    return (clock_t)-1;
}
