/*
 * Parking the calling thread (libc, OS port): a wait on its notification
 * port, which blocks in the kernel until a waker signals it.
 *
 * A9N's notification wait has no timeout, so a park with a deadline polls
 * the notification and yields until it is signalled or the monotonic clock
 * passes the deadline: timed waits cost CPU time while they wait (the thread
 * gives up every time slice it gets), untimed ones none.
 */
#include "port.h"
#include "thread_control.h"
#include <a9n/a9n.h>
#include <errno.h>

int __koito_park(unsigned long long deadline)
{
    a9n_descriptor_t notification = __koito_thread_control()->wait_notification;
    if (deadline == 0) {
        a9n_notification_port_wait(notification, NULL);
        return 0;
    }
    for (;;) {
        uint64_t bits = 0;
        if (a9n_notification_port_poll(notification, &bits) != A9N_OK || bits != 0)
            return 0;
        unsigned long long now = 0;
        if (__koito_monotonic_now(&now) != 0 || now >= deadline)
            return -ETIMEDOUT;
        a9n_yield();
    }
}
