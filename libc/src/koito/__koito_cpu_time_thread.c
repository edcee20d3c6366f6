/*
 * The calling thread's processor time (libc, OS port): the kernel's count for the thread's own
 * capability, named in its control block, in nanoseconds. libkoito reuses an ended thread's
 * kernel object for a new thread, whose count thus goes on from the old one's: the count at its
 * start (the control block's cpu_time_start) is taken off. -ENOSYS when the kernel will not say.
 */
#include "port.h"
#include "thread_control.h"
#include <errno.h>
#include <koito/slots.h>

int __koito_cpu_time_thread(unsigned long long *nanoseconds)
{
    const struct koito_thread_control *control = __koito_thread_control();
    uint64_t value = 0;
    if (a9n_thread_get_cpu_time(koito_slot(control->thread_slot), &value) != A9N_OK)
        return -ENOSYS;
    *nanoseconds = value - control->cpu_time_start;
    return 0;
}
