/*
 * __koito_sys_sleep(): suspends the calling thread for at least `nanoseconds` of the monotonic
 * clock (libc, OS port): a timed wait on the thread's own notification port
 * (__koito_timed_wait), repeated after any early wake-up until the deadline has passed. The
 * main thread gets its notification port here if it has none yet. -ENOSYS without clocks,
 * -ENOMEM when no notification port can be made, -EINTR (with the time left in *left) when a
 * signal handler ran meanwhile, whatever its SA_RESTART: sleeps are never restarted, as on Linux.
 */
#include "port.h"
#include "signal_call.h"
#include "signal_impl.h"
#include <errno.h>
#include <koito/thread.h>

int __koito_sys_sleep(long long nanoseconds, long long *left)
{
    unsigned handled = __koito_signal_since(&__koito_signal_handled);
    unsigned long long now = 0;
    int error = __koito_monotonic_now(&now);
    if (error < 0)
        return error;
    if (nanoseconds <= 0)
        return 0;
    unsigned long long deadline = now + (unsigned long long)nanoseconds;
    if (deadline < now)
        deadline = ~0ull; /* past the end of time: as good as forever */
    a9n_descriptor_t notification = koito_thread_wait_notification();
    if (notification == 0)
        return -ENOMEM;
    while (__koito_timed_wait(notification, deadline) != -ETIMEDOUT) {
        if (!__koito_signal_interrupted(&__koito_signal_handled, handled))
            continue;
        if (left != NULL) {
            __koito_monotonic_now(&now);
            *left = now < deadline ? (long long)(deadline - now) : 0;
        }
        return -EINTR;
    }
    return 0;
}
