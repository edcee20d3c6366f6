/* getitimer() (libc, time): the real-time interval timer's setting (ITIMER_REAL only; EINVAL for
 * another): the time until it fires (rounded up) and its interval, zeros when disarmed. */
#include "port.h"
#include <errno.h>
#include <sys/time.h>

#define MICROSECONDS 1000000ull

static struct timeval getitimer_timeval(unsigned long long nanoseconds)
{
    unsigned long long microseconds = (nanoseconds + 999) / 1000;
    return (struct timeval){(time_t)(microseconds / MICROSECONDS),
                            (suseconds_t)(microseconds % MICROSECONDS)};
}

int getitimer(int which, struct itimerval *value)
{
    unsigned long long now = 0, deadline = 0, interval = 0;
    int error = which != ITIMER_REAL ? -EINVAL : __koito_monotonic_now(&now);
    if (error == 0)
        error = __koito_signal_port_alarm(__KOITO_ALARM_READ, 0, &deadline, &interval);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    value->it_interval = getitimer_timeval(interval);
    value->it_value = getitimer_timeval(deadline > now ? deadline - now : 0);
    return 0;
}
