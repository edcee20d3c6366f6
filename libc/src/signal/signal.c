/*
 * signal() and the handler table (libc, signal). Handlers keep their place
 * after they run (the BSD and glibc meaning of signal()). SIGKILL and
 * SIGSTOP cannot be caught or ignored.
 */
#include "signal_impl.h"
#include <errno.h>

static void (*handlers[NSIG])(int);

void (*__koito_signal_handler(int number))(int)
{
    return __atomic_load_n(&handlers[number], __ATOMIC_ACQUIRE);
}

void (*signal(int number, void (*handler)(int)))(int)
{
    if (number <= 0 || number >= NSIG || number == SIGKILL || number == SIGSTOP ||
        handler == SIG_ERR) {
        errno = EINVAL;
        return SIG_ERR;
    }
    return __atomic_exchange_n(&handlers[number], handler, __ATOMIC_ACQ_REL);
}
