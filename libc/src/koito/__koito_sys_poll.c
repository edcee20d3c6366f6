/*
 * __koito_sys_poll(): readiness of a set of descriptors, waited for (libc, OS port; see port.h).
 *  1. The POSIX server's poll request answers what is ready now; with `wait`, when nothing is,
 *     it keeps the set and signals the events notification when a pipe among them changes.
 *  2. Descriptors that are the console come back in `console`: the console server says whether
 *     input waits (__koito_console_ready).
 *  3. Nothing ready: wait on the events notification, until the deadline through the timer
 *     service (__koito_timed_wait), and ask again. The console cannot signal the notification,
 *     so while it is asked about each wait ends after __KOITO_CONSOLE_POLL_NS at the latest.
 *  4. A signal handler that runs on the main thread cancels its wait (the signal thread suspends
 *     it): the handler counter has moved, and the call ends with EINTR. It is checked before each
 *     wait too, so a handler that ran while the server was asked is not missed.
 * A wake-up that finds nothing ready (another pipe's change, a timer that fired late) only
 * costs another question.
 */
#include "port.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/protocol/posix.h>

static int poll_once(const struct __koito_poll_set *set, int wait, struct __koito_poll_ready *ready)
{
    uint64_t console = 0;
    int error = __koito_os_error(
        koito_posix_poll(__koito_os_port(), set->descriptors, set->read_set, set->write_set,
                         (uint64_t)wait, &ready->readable, &ready->writable, &ready->hangup,
                         &ready->failed, &ready->invalid, &console));
    if (error < 0)
        return error;
    if (console != 0 && __koito_console_ready())
        ready->readable |= console;
    if ((ready->readable | ready->writable | ready->hangup | ready->failed | ready->invalid) != 0)
        return 1;
    return console != 0 ? 2 : 0;
}

/* Wait on the events notification until deadline (nanoseconds of the monotonic clock; negative:
 * none); 0 when woken (a handler's suspension too), -ETIMEDOUT at the deadline, or a negated
 * errno. */
static int poll_wait(long long deadline)
{
    uint64_t events = 0;
    int error = __koito_os_events(&events);
    if (error < 0)
        return error;
    if (deadline < 0) {
        enum a9n_error waited = a9n_notification_port_wait(events, NULL);
        return waited == A9N_OK || waited == A9N_ERROR_CANCELLED ? 0 : -EIO;
    }
    return __koito_timed_wait(events, (unsigned long long)deadline);
}

int __koito_sys_poll(const struct __koito_poll_set *set, long long timeout, unsigned handled,
                     struct __koito_poll_ready *ready)
{
    unsigned long long now = 0;
    long long deadline = -1;
    if (timeout > 0) {
        if (__koito_monotonic_now(&now) != 0)
            return -ENOSYS;
        deadline = (long long)now + timeout;
    }
    for (;;) {
        int found = poll_once(set, timeout != 0, ready);
        if (found < 0 || found == 1 || timeout == 0)
            return found < 0 ? found : found == 1;
        if (__koito_signal_interrupted(&__koito_signal_handled, handled))
            return -EINTR;
        long long until = deadline;
        if (found == 2 && __koito_monotonic_now(&now) == 0) {
            long long tick = (long long)now + __KOITO_CONSOLE_POLL_NS;
            until = until < 0 || tick < until ? tick : until;
        }
        int error = poll_wait(until);
        if (__koito_signal_interrupted(&__koito_signal_handled, handled))
            return -EINTR;
        if (error == -ETIMEDOUT && until == deadline) {
            int last = poll_once(set, 0, ready);
            return last < 0 ? last : last == 1;
        }
        if (error < 0 && error != -ETIMEDOUT)
            return error;
    }
}
