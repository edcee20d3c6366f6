/* alarm() (libc, unistd): SIGALRM in `seconds` (0: cancel), through the real-time interval
 * timer setitimer() sets too; returns the seconds the previous alarm had left, rounded to the
 * nearest (at least 1 for one still pending), 0 if none. */
#include "port.h"
#include <unistd.h>

#define NANOSECONDS 1000000000ull

unsigned alarm(unsigned seconds)
{
    unsigned long long now = 0;
    if (__koito_monotonic_now(&now) < 0)
        return 0;
    unsigned long long deadline = seconds == 0 ? 0 : now + seconds * NANOSECONDS;
    unsigned long long old_deadline = 0, old_interval = 0;
    if (__koito_signal_port_alarm(deadline, 0, &old_deadline, &old_interval) < 0 ||
        old_deadline == 0)
        return 0;
    if (old_deadline <= now)
        return 1;
    unsigned long long left = (old_deadline - now + NANOSECONDS / 2) / NANOSECONDS;
    return left == 0 ? 1 : (unsigned)left;
}
