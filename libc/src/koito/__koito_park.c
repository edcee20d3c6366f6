/*
 * Parking the calling thread (libc, OS port): a wait on its notification
 * port, which blocks in the kernel until a waker signals it; with a deadline,
 * until the timer service signals it then (__koito_timed_wait).
 */
#include "port.h"
#include "thread_control.h"
#include <a9n/a9n.h>

int __koito_park(unsigned long long deadline)
{
    a9n_descriptor_t notification = __koito_thread_control()->wait_notification;
    if (deadline == 0) {
        a9n_notification_port_wait(notification, NULL);
        return 0;
    }
    return __koito_timed_wait(notification, deadline);
}
