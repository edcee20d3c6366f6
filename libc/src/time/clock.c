/* clock() (libc, time): the processor time the process has used, every thread's (ended ones
 * too), in CLOCKS_PER_SEC units (microseconds); (clock_t)-1 where the kernel will not say. */
#include "port.h"
#include <time.h>

#define NANOSECONDS_PER_CLOCK (1000000000ull / CLOCKS_PER_SEC)

clock_t clock(void)
{
    unsigned long long used = 0;
    if (__koito_cpu_time_process(&used) < 0)
        return (clock_t)-1;
    return (clock_t)(used / NANOSECONDS_PER_CLOCK);
}
