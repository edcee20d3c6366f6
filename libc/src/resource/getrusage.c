/* getrusage() (libc, resource): RUSAGE_SELF is the process's processor time (every thread's,
 * ended ones too), RUSAGE_CHILDREN its waited-for children's with theirs (0 without a POSIX
 * server: no children), as the kernel counts it. KOITO does not split user from system time:
 * ru_stime is 0, as are the counts it does not keep (ru_maxrss, faults, switches). EINVAL for
 * any other `who`, ENOSYS when the kernel will not say. */
#include "port.h"
#include <errno.h>
#include <sys/resource.h>

int getrusage(int who, struct rusage *usage)
{
    if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
        errno = EINVAL;
        return -1;
    }
    unsigned long long used = 0;
    if (who == RUSAGE_SELF) {
        int error = __koito_cpu_time_process(&used);
        if (error < 0) {
            errno = -error;
            return -1;
        }
    } else if (__koito_cpu_time_children(&used) < 0) {
        used = 0;
    }
    *usage = (struct rusage){
        .ru_utime = {.tv_sec = (time_t)(used / 1000000000u),
                     .tv_usec = (suseconds_t)(used % 1000000000u / 1000u)},
    };
    return 0;
}
