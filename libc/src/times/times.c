/* times() (libc, times): the process's and its waited-for children's processor time in clock
 * ticks, and the monotonic clock as the elapsed real time. A process without a POSIX server has
 * no children: their time is 0. */
#include "port.h"
#include <errno.h>
#include <sys/times.h>
#include <unistd.h>

#define NANOSECONDS_PER_TICK (1000000000ull / 100u) /* sysconf(_SC_CLK_TCK) is 100 */

clock_t times(struct tms *buffer)
{
    unsigned long long now = 0, own = 0, children = 0;
    int error = __koito_monotonic_now(&now);
    if (error == 0)
        error = __koito_cpu_time_process(&own);
    if (error < 0) {
        errno = -error;
        return (clock_t)-1;
    }
    if (__koito_cpu_time_children(&children) < 0)
        children = 0;
    *buffer = (struct tms){
        .tms_utime = (clock_t)(own / NANOSECONDS_PER_TICK),
        .tms_cutime = (clock_t)(children / NANOSECONDS_PER_TICK),
    };
    return (clock_t)(now / NANOSECONDS_PER_TICK);
}
