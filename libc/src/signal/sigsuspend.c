/*
 * sigsuspend() (libc, signal): replaces the mask with `mask` and waits until a handler has run,
 * then puts the old mask back and fails with EINTR, as it always does. The change of mask and the
 * wait are one step for signals: one pending when the mask opens runs before the wait, and one
 * that comes between the check and the wait wakes it (the signal thread unparks the main thread
 * after every delivery).
 */
#include "port.h"
#include "signal_impl.h"
#include <errno.h>

int sigsuspend(const sigset_t *mask)
{
    unsigned handled = __atomic_load_n(&__koito_signal_handled, __ATOMIC_ACQUIRE);
    __koito_signal_port_prepare_wait();
    sigset_t old;
    __koito_signal_set_mask(*mask, &old);
    while (__atomic_load_n(&__koito_signal_handled, __ATOMIC_ACQUIRE) == handled)
        __koito_signal_port_wait();
    __koito_signal_set_mask(old, NULL);
    errno = EINTR;
    return -1;
}
