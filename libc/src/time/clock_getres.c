/* clock_getres() (libc, time): every clock steps with the time-stamp counter
 * (the OS port's resolution), the processor-time clocks too (the kernel
 * counts its cycles); EINVAL for other clocks, ENOSYS where there is no
 * calibration. A NULL result only checks the clock, as POSIX allows. */
#include "port.h"
#include <errno.h>
#include <time.h>

int clock_getres(clockid_t clock, struct timespec *result)
{
    if (clock != CLOCK_MONOTONIC && clock != CLOCK_REALTIME && clock != CLOCK_PROCESS_CPUTIME_ID &&
        clock != CLOCK_THREAD_CPUTIME_ID) {
        errno = EINVAL;
        return -1;
    }
    unsigned long long resolution = 0;
    int error = __koito_clock_resolution(&resolution);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    if (result != NULL)
        *result = (struct timespec){.tv_sec = 0, .tv_nsec = (long)resolution};
    return 0;
}
