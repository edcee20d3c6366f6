/* setitimer() (libc, time): only ITIMER_REAL, the timer alarm() uses: SIGALRM after it_value,
 * then every it_interval (0: once); it_value 0 disarms it. The previous setting in *old. EINVAL
 * for another timer or microseconds outside 0..999999. */
#include "port.h"
#include <errno.h>
#include <sys/time.h>

#define MICROSECONDS 1000000ll

static int setitimer_nanoseconds(const struct timeval *time, unsigned long long *nanoseconds)
{
    if (time->tv_sec < 0 || time->tv_usec < 0 || time->tv_usec >= MICROSECONDS)
        return -EINVAL;
    *nanoseconds = (unsigned long long)time->tv_sec * 1000000000ull +
                   (unsigned long long)time->tv_usec * 1000ull;
    return 0;
}

static struct timeval setitimer_timeval(unsigned long long nanoseconds)
{
    /* Rounded up, so a pending timer never reads as disarmed. */
    unsigned long long microseconds = (nanoseconds + 999) / 1000;
    return (struct timeval){(time_t)(microseconds / MICROSECONDS),
                            (suseconds_t)(microseconds % MICROSECONDS)};
}

int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old)
{
    unsigned long long delay = 0, interval = 0, now = 0;
    int error = which != ITIMER_REAL ? -EINVAL : setitimer_nanoseconds(&value->it_value, &delay);
    if (error == 0)
        error = setitimer_nanoseconds(&value->it_interval, &interval);
    if (error == 0)
        error = __koito_monotonic_now(&now);
    unsigned long long old_deadline = 0, old_interval = 0;
    if (error == 0)
        error = __koito_signal_port_alarm(delay == 0 ? 0 : now + delay, delay == 0 ? 0 : interval,
                                          &old_deadline, &old_interval);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    if (old != NULL) {
        old->it_interval = setitimer_timeval(old_interval);
        old->it_value = setitimer_timeval(old_deadline > now ? old_deadline - now : 0);
    }
    return 0;
}
