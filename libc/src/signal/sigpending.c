/*
 * sigpending() (libc, signal): the signals pending for the process and blocked by its mask. The
 * ones still waiting in the POSIX server are brought in first (__koito_signal_port_fetch).
 */
#include "port.h"
#include "signal_impl.h"

int sigpending(sigset_t *set)
{
    __koito_signal_port_fetch();
    *set = __atomic_load_n(&__koito_signal_pending, __ATOMIC_ACQUIRE) &
           __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
    return 0;
}
